// The oracle for "the best-connected entities", read from the Dataset the server loaded: how many
// relations touch each entity, and whether a kept set is a top set (ties at the cut allowed).

import type { RelationType } from "../../../graph-schema/index.js";
import type { Dataset } from "../../../server/dataset/dataset.js";

/** Relations touching each entity of the corpus (a self-loop once), only those of `types` when given. */
export function relationCounts(dataset: Dataset, types?: readonly RelationType[]): Map<string, number> {
  const counts = new Map(dataset.entities.map((e) => [e.id, 0]));
  for (const r of dataset.relations) {
    if (types && !types.includes(r.type)) continue;
    for (const id of new Set([r.source, r.target])) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The fewest relations of a kept entity and the most of one left out: a top set has first >= second. */
export function cutOf(
  kept: readonly string[],
  counts: ReadonlyMap<string, number>,
): {
  fewestKept: number;
  mostLeftOut: number;
} {
  const keptSet = new Set(kept);
  return {
    fewestKept: Math.min(...kept.map((id) => counts.get(id) ?? 0)),
    mostLeftOut: Math.max(0, ...[...counts].filter(([id]) => !keptSet.has(id)).map(([, n]) => n)),
  };
}
