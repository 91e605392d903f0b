// Small keys merging relies on: entity slugs, the pair a relation joins (order-free for mutual
// types), and whether two partial dates can name the same day.

import { relationTypeDef, type RelationType } from "../../graph-schema/index.js";

/** "Dmitri Peskow" → "dmitri-peskow"; accents dropped, anything else non-alphanumeric is a dash. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

export function pairKey(type: RelationType, source: string, target: string): string {
  const [a, b] = relationTypeDef(type).directed || source <= target ? [source, target] : [target, source];
  return `${type}\u001f${a}\u001f${b}`;
}

/**
 * Unknown matches anything; otherwise one must be a prefix of the other (2025-02 and 2025-02-12).
 * A date that fell back to the publication date only says "on or before", so any earlier date fits.
 */
export function datesCompatible(
  known: string | null,
  candidate: string | null,
  fallback: { known?: boolean; candidate?: boolean } = {},
): boolean {
  if (!known || !candidate) return true;
  if (known.startsWith(candidate) || candidate.startsWith(known)) return true;
  return (fallback.candidate === true && known < candidate) || (fallback.known === true && candidate < known);
}
