// When an extracted relation type counts as the gold one: strict (the same type) or lenient
// (the same CAMEO root, e.g. STATED/REPORTED or MET/CALLED, or a structural pair listed here).
// The one place this is decided; the report prints the lenient groups it implies.

import { RELATION_TYPE_DEFS, relationTypeDef, type RelationType } from "../../../graph-schema/index.js";

export const MATCH_MODES = ["strict", "lenient"] as const;
export type MatchMode = (typeof MATCH_MODES)[number];

/** Structural types have no CAMEO code; these pairs name the same standing fact from two angles. */
const LENIENT_STRUCTURAL_PAIRS: readonly (readonly [RelationType, RelationType])[] = [["HOLDS_ROLE", "LEADS"]];

function cameoRoot(type: RelationType): string | null {
  return relationTypeDef(type).cameo?.slice(0, 2) ?? null;
}

export function typesCompatible(gold: RelationType, extracted: RelationType, mode: MatchMode): boolean {
  if (gold === extracted) return true;
  if (mode === "strict") return false;
  const root = cameoRoot(gold);
  if (root !== null && root === cameoRoot(extracted)) return true;
  return LENIENT_STRUCTURAL_PAIRS.some(([a, b]) => (a === gold && b === extracted) || (a === extracted && b === gold));
}

/** Direction is compared only when both types are directed: a mutual relation holds either way round. */
export function directionMatters(gold: RelationType, extracted: RelationType): boolean {
  return relationTypeDef(gold).directed && relationTypeDef(extracted).directed;
}

/** The lenient groups of more than one type, for the report's legend. */
export function lenientGroups(): RelationType[][] {
  const types = RELATION_TYPE_DEFS.map((d) => d.type as RelationType);
  const groups: RelationType[][] = [];
  for (const type of types) {
    if (groups.some((g) => g.includes(type))) continue;
    const group = types.filter((other) => typesCompatible(type, other, "lenient"));
    if (group.length > 1) groups.push(group);
  }
  return groups;
}
