// Sentence spans of an article: lines (headlines, bullets, paragraphs) split at sentence ends,
// with exact offsets so that text.slice(start, end) is the sentence.

import type { TextSpan } from "../../../graph-schema/index.js";
import { ABBREVIATIONS, SENTENCE_STARTERS } from "./lexicon.js";

/** Markup before a line's text: markdown heading hashes, quote marks, list bullets and numbers ("1. ", "2) "). */
const LINE_MARKUP =
  /^\s*(?:#{1,6}(?=\s)|>|\d{1,2}[.)](?=\s)|[•·*\-–—▪●◦]+)(?:\s*(?:>|[•·*\-–—▪●◦]+|\d{1,2}[.)](?=\s)))*\s*/u;
const HEADING = /^\s*#{1,6}\s/;
const BULLET = /^[\s•·*\-–—▪●◦]+/u;

export interface SentenceSpan extends TextSpan {
  /** Index of the line (paragraph) it came from; sentences of one line share it. */
  paragraph: number;
  /** A line with no sentence-final punctuation: a headline, a heading or a bullet fragment. */
  headingLike: boolean;
  /** A markdown heading line ("## Talks in Muscat"): a headline wherever it stands. */
  heading: boolean;
}

export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let paragraph = 0;
  for (const line of text.matchAll(/[^\n]+/g)) {
    const markup = LINE_MARKUP.exec(line[0])?.[0].length ?? 0;
    const lineStart = (line.index ?? 0) + markup;
    const heading = HEADING.test(line[0]);
    const before = sentences.length;
    for (const [s, e] of splitLine(line[0].slice(markup)))
      push(sentences, text, lineStart + s, lineStart + e, paragraph, heading);
    if (sentences.length > before) paragraph++;
  }
  return sentences;
}

function push(
  out: SentenceSpan[],
  text: string,
  start: number,
  end: number,
  paragraph: number,
  heading: boolean,
): void {
  let s = start;
  let e = end;
  const lead = BULLET.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  if (e <= s || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) return;
  const sentence = text.slice(s, e);
  out.push({ start: s, end: e, text: sentence, paragraph, headingLike: !/[.!?]["”’)]*$/.test(sentence), heading });
}

/** [start, end) pairs within one line. */
function splitLine(line: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const end = /[.!?]["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
  for (const m of line.matchAll(end)) {
    const at = m.index ?? 0;
    if (m[0].startsWith(".") && !endsSentence(line, at)) continue;
    const stop = at + m[0].length;
    spans.push([start, stop]);
    start = stop;
  }
  spans.push([start, line.length]);
  return spans;
}

/** The dot at `at` ends a sentence unless it closes an abbreviation or an initial. */
function endsSentence(line: string, at: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(line.slice(0, at))?.[1] ?? "";
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "George W. Bush"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // A dotted abbreviation (U.S.): ends the sentence only before a word that usually starts one.
    const next = /^\s+(\S+)/.exec(line.slice(at + 1))?.[1] ?? "";
    return /^\p{Lu}\p{Ll}*$/u.test(next) && SENTENCE_STARTERS.has(next.toLowerCase());
  }
  return !ABBREVIATIONS.has(word.toLowerCase());
}
