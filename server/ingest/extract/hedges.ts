// Hedges: words and phrasings that say a claim is unconfirmed ("reportedly", "according to
// sources", "is said to", "reports that"); a hedged sentence's relations get lower confidence.

import { HEDGE_WORDS } from "./lexicon.js";
import { fold, type Token } from "./text.js";

/** A hedge's words: token range and the words themselves. */
export interface HedgeSpan {
  first: number;
  end: number;
  text: string;
}

/** Phrasings over the folded sentence text. */
const HEDGE_PHRASES: readonly RegExp[] = [
  /\baccording to (?:\w+ )?(?:sources?|people|officials|diplomats|reports?)\b/,
  /\bsources?\b[^.]*\b(?:said|say|says|familiar|told)\b/,
  /\b(?:is|are|was|were|been) (?:said|believed|thought|understood|alleged|rumou?red|reported) to\b/,
  /\b(?:reports?|claims?|allegations?|rumou?rs?|speculation) (?:that|of)\b/,
  /\bit is (?:said|believed|understood|thought|reported) that\b/,
];

/** The hedges of a sentence (its tokens and text): hedge words, then each phrasing's first match. */
export function findHedges(tokens: readonly Token[], sentence: { start: number; text: string }): HedgeSpan[] {
  const spans: HedgeSpan[] = [];
  tokens.forEach((t, k) => {
    if (HEDGE_WORDS.has(t.norm)) spans.push({ first: k, end: k + 1, text: t.text });
  });
  const folded = fold(sentence.text);
  for (const re of HEDGE_PHRASES) {
    const m = re.exec(folded);
    if (m) spans.push(phraseSpan(tokens, sentence.start, m.index, m.index + m[0].length, m[0]));
  }
  return spans;
}

/** The tokens a match on the folded text covers (folding may shift offsets: then the whole sentence). */
function phraseSpan(tokens: readonly Token[], base: number, from: number, to: number, text: string): HedgeSpan {
  const first = tokens.findIndex((t) => t.start - base >= from);
  const end = tokens.findIndex((t) => t.end - base > to);
  if (first < 0) return { first: 0, end: tokens.length, text };
  return { first, end: end < 0 ? tokens.length : Math.max(end, first + 1), text };
}
