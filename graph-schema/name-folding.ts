// Name folding: the one rule for when two spellings of a name count as the same text, used by
// search, merging, extraction, evaluation, dataset checks and the explorer.

/**
 * Case and accents only: compatibility decomposition (NFKD, so "ﬁ" is "fi"), combining marks
 * dropped, lower-case. Punctuation and spacing stay, for callers that keep word boundaries.
 * Letters with no decomposition (ø, ł, ß) stay as they are; transliteration is not folding.
 */
export function foldCaseAndAccents(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** Apostrophes join a word rather than split it: "Peskow’s" is "peskows", "O'Neill" is "oneill". */
const APOSTROPHES = /['’‘ʼ`]/g;

/**
 * The comparable form of a name: case and accents folded, apostrophes dropped, and every other
 * run of characters that are not letters or digits one space, trimmed.
 * "Sergueï Lavrov" → "serguei lavrov"; "ALICÉ, Example!" → "alice example".
 */
export function foldName(text: string): string {
  return foldCaseAndAccents(text)
    .replace(APOSTROPHES, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The folded words of a name: "Dmitri Peskow’s" → ["dmitri", "peskows"]. */
export function nameTokens(text: string): string[] {
  const folded = foldName(text);
  return folded === "" ? [] : folded.split(" ");
}

/**
 * Folded words without an inner "the": "democratic republic of the congo" and "democratic republic of
 * congo" name the same state. A leading "the" stays ("the hague"); words are separated by single spaces.
 */
export function withoutInnerThe(words: string): string {
  return words.replace(/ the(?= )/g, "");
}
