// Small keys merging relies on: entity slugs and the pair a relation joins (order-free for
// mutual types). Whether two dates can name the same day is graph-schema's datesCompatible.

import { foldCaseAndAccents, relationTypeDef, type RelationType } from "../../graph-schema/index.js";

/**
 * "Dmitri Peskow" → "dmitri-peskow": case and accents folded as names are, anything else not a-z
 * or 0-9 a dash. Apostrophes split here ("Cote D'Ivoire" → "cote-d-ivoire") so stored ids keep.
 */
export function slugify(name: string): string {
  return foldCaseAndAccents(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

export function pairKey(type: RelationType, source: string, target: string): string {
  const [a, b] = relationTypeDef(type).directed || source <= target ? [source, target] : [target, source];
  return `${type}\u001f${a}\u001f${b}`;
}
