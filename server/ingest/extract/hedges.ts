// Hedges: words and phrasings that say a claim is unconfirmed ("reportedly", "according to
// sources", "is said to", "reports that"); a hedged sentence's relations get lower confidence.

import type { Token } from "./text.js";
import { HEDGE_WORDS } from "./lexicon.js";

/** Phrasings over the folded sentence text. */
const HEDGE_PHRASES: readonly RegExp[] = [
  /\baccording to (?:\w+ )?(?:sources?|people|officials|diplomats|reports?)\b/,
  /\bsources?\b[^.]*\b(?:said|say|says|familiar|told)\b/,
  /\b(?:is|are|was|were|been) (?:said|believed|thought|understood|alleged|rumou?red|reported) to\b/,
  /\b(?:reports?|claims?|allegations?|rumou?rs?|speculation) (?:that|of)\b/,
  /\bit is (?:said|believed|understood|thought|reported) that\b/,
];

/** True when the sentence (its tokens and folded text) hedges its claims. */
export function isHedged(tokens: readonly Token[], foldedText: string): boolean {
  return tokens.some((t) => HEDGE_WORDS.has(t.norm)) || HEDGE_PHRASES.some((re) => re.test(foldedText));
}
