// How well one folded query word matches one folded name word, and what that is worth: the
// ranking rules of name search as data (kind, weight, example), applied in one place.

import { prefixWithinOneEdit, withinOneEdit } from "./one-edit.js";

export interface MatchKind {
  id: "exact" | "prefix" | "typo" | "typo-prefix";
  /** Score of a match of this kind in an alias; a name counts NAME_BOOST times as much. */
  weight: number;
  /** Shortest query word this kind applies to: shorter words match too much by typo. */
  minLength: number;
  example: { query: string; word: string };
}

export const MATCH_KINDS: readonly MatchKind[] = [
  { id: "exact", weight: 1, minLength: 1, example: { query: "lavrov", word: "lavrov" } },
  { id: "prefix", weight: 0.5, minLength: 1, example: { query: "riya", word: "riyadh" } },
  { id: "typo", weight: 0.45, minLength: 3, example: { query: "peskow", word: "peskov" } },
  { id: "typo-prefix", weight: 0.25, minLength: 5, example: { query: "alesan", word: "aleksandr" } },
];

export const NAME_BOOST = 2;

const kind = (id: MatchKind["id"]): MatchKind => MATCH_KINDS.find((k) => k.id === id)!;
export const [EXACT, PREFIX, TYPO, TYPO_PREFIX] = [kind("exact"), kind("prefix"), kind("typo"), kind("typo-prefix")];

/**
 * The score of `word` for `term`, 0 when it does not match. A prefix or typo-prefix is worth more
 * the more of the word it covers, so "riya" ranks "riyadh" above "riyadhville". `typos: false`
 * keeps to exact and prefix matches.
 */
export function termWeight(term: string, word: string, typos: boolean): number {
  if (word === term) return EXACT.weight;
  const cover = Math.min(1, term.length / word.length);
  if (word.startsWith(term)) return PREFIX.weight * (0.5 + 0.5 * cover);
  if (!typos) return 0;
  if (term.length >= TYPO.minLength && withinOneEdit(term, word)) return TYPO.weight;
  if (term.length >= TYPO_PREFIX.minLength && prefixWithinOneEdit(term, word))
    return TYPO_PREFIX.weight * (0.5 + 0.5 * cover);
  return 0;
}
