// The words of every name and alias, folded, with the entities that use them: one sorted array,
// so a prefix is a range found by binary search and one-typo variants are ranges inside it.

import { LRUCache } from "lru-cache";
import { forEachVariantAt } from "./one-edit.js";

/** Above this many new words an upsert sorts the whole list again instead of inserting each. */
const RESORT_ABOVE = 1_000;

/** lettersAt for beginnings this short is kept until the next commit: their ranges are the widest. */
const KEEP_LETTERS_UP_TO = 1;

/**
 * Query words whose candidate ranges are kept until the next commit: names share few words
 * (first names, surnames, "ministry"), and a search box sends the same beginnings again.
 */
const KEEP_CANDIDATES_OF = 2_000;

/** How a query word may match an index word besides by prefix. */
export type TypoMode = "none" | "whole-word" | "prefix";

interface Word {
  text: string;
  /** Entity ordinal × 2, plus 1 when the word is in the entity's name. */
  postings: number[];
}

export class TokenIndex {
  private readonly byText = new Map<string, Word>();
  private readonly sorted: Word[] = [];
  /** Letters seen in any word: the only ones a one-typo variant can usefully insert or substitute. */
  private readonly alphabet = new Set<string>();
  /** lettersAt of short beginnings (key: position and range), valid until the next commit. */
  private readonly lettersKept = new Map<string, { letters: string[]; ranges: number[] }>();
  /** Merged candidate ranges by typo mode and query word, valid until the next commit. */
  private readonly candidatesKept = new LRUCache<string, [number, number][]>({ max: KEEP_CANDIDATES_OF });

  /** How many different letters the words use. */
  get letters(): number {
    return this.alphabet.size;
  }

  /** Records the words of one entity; `inName` marks words of its name (aliases otherwise). */
  add(ordinal: number, words: Iterable<string>, inName: boolean, added: string[]): void {
    for (const text of words) {
      let word = this.byText.get(text);
      if (!word) {
        word = { text, postings: [] };
        this.byText.set(text, word);
        added.push(text);
        for (const ch of text) this.alphabet.add(ch);
      }
      word.postings.push(ordinal * 2 + (inName ? 1 : 0));
    }
  }

  /** Forgets an entity under these words (before it is indexed again with its new spellings). */
  remove(ordinal: number, words: Iterable<string>): void {
    for (const text of new Set(words)) {
      const word = this.byText.get(text);
      if (word) word.postings = word.postings.filter((p) => p >> 1 !== ordinal);
    }
  }

  /** Puts words returned by `add` into the sorted list. */
  commit(added: readonly string[]): void {
    this.lettersKept.clear();
    this.candidatesKept.clear();
    const words = added.map((text) => this.byText.get(text)!);
    if (added.length > RESORT_ABOVE) {
      this.sorted.push(...words);
      this.sorted.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
      return;
    }
    for (const word of words) this.sorted.splice(this.lowerBound(word.text, 0, this.sorted.length), 0, word);
  }

  /** Postings of `text` exactly. */
  exact(text: string): number[] {
    return this.byText.get(text)?.postings ?? [];
  }

  /**
   * Calls `visit` once for each word that starts with `term` or, per `typos`, is one edit from it
   * (whole word) or starts with a string one edit from it (prefix). Each word once, however many
   * variants lead to it: their ranges in the sorted list are merged before the walk.
   */
  forEachCandidate(term: string, typos: TypoMode, visit: (word: string, postings: number[]) => void): void {
    const key = `${typos} ${term}`;
    let ranges = this.candidatesKept.get(key);
    if (!ranges) this.candidatesKept.set(key, (ranges = this.candidateRanges(term, typos)));
    for (const [from, to] of ranges)
      for (let i = from; i < to; i++) visit(this.sorted[i]!.text, this.sorted[i]!.postings);
  }

  private candidateRanges(term: string, typos: TypoMode): [number, number][] {
    const ranges: number[] = [];
    const [lo, hi] = this.prefixRange(term, 0, this.sorted.length);
    if (lo < hi) ranges.push(lo, hi);
    if (typos !== "none") this.typoRanges(term, typos === "prefix", ranges);
    return mergedRanges(ranges);
  }

  /**
   * Ranges of the words matching a one-edit variant of `term`. A variant editing position i keeps
   * term's first i letters, so it lies among the words starting with them, and one that inserts
   * or substitutes a letter there among those that go on with that letter: each search runs
   * inside that range, only letters some word has there are tried, and once no word starts with
   * term's first i letters no later position can match.
   */
  private typoRanges(term: string, asPrefix: boolean, out: number[]): void {
    let [lo, hi] = [0, this.sorted.length];
    for (let i = 0; i <= term.length && lo < hi; i++) {
      const { letters, ranges } = this.lettersAt(i, lo, hi);
      forEachVariantAt(term, i, letters, (variant, letter) => {
        const [from, to] = letter < 0 ? [lo, hi] : [ranges[2 * letter]!, ranges[2 * letter + 1]!];
        if (asPrefix) {
          const [start, end] = this.prefixRange(variant, from, to);
          if (start < end) out.push(start, end);
          return;
        }
        const at = this.lowerBound(variant, from, to);
        if (at < to && this.sorted[at]!.text === variant) out.push(at, at + 1);
      });
      if (i < term.length) [lo, hi] = this.prefixRange(term.slice(0, i + 1), lo, hi);
    }
  }

  /**
   * The letters found at position i in the words of [lo, hi), which all share their first i
   * letters, with the range of each letter's words: one binary search per letter.
   */
  private lettersAt(i: number, lo: number, hi: number): { letters: string[]; ranges: number[] } {
    if (i > KEEP_LETTERS_UP_TO) return this.findLettersAt(i, lo, hi);
    const key = `${i} ${lo} ${hi}`;
    let found = this.lettersKept.get(key);
    if (!found) this.lettersKept.set(key, (found = this.findLettersAt(i, lo, hi)));
    return found;
  }

  private findLettersAt(i: number, lo: number, hi: number): { letters: string[]; ranges: number[] } {
    const letters: string[] = [];
    const ranges: number[] = [];
    let j = lo;
    while (j < hi && this.sorted[j]!.text.length <= i) j++; // the shared beginning itself sorts first
    while (j < hi) {
      const text = this.sorted[j]!.text;
      const letter = String.fromCodePoint(text.codePointAt(i)!);
      const end = this.prefixRange(text.slice(0, i) + letter, j, hi)[1];
      // A lone half of a surrogate pair is no letter a variant would insert.
      if (this.alphabet.has(letter)) {
        letters.push(letter);
        ranges.push(j, end);
      }
      j = end;
    }
    return { letters, ranges };
  }

  /** The range of words starting with `prefix`, searched within [lo, hi). */
  private prefixRange(prefix: string, lo: number, hi: number): [number, number] {
    const from = this.lowerBound(prefix, lo, hi);
    // From `from` on, the words starting with `prefix` come first: the end is a binary search too.
    let [a, b] = [from, hi];
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (this.sorted[mid]!.text.startsWith(prefix)) a = mid + 1;
      else b = mid;
    }
    return [from, a];
  }

  private lowerBound(key: string, lo: number, hi: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]!.text < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Flat [from, to, from, to, …] ranges as disjoint ranges in order. */
function mergedRanges(flat: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) ranges.push([flat[i]!, flat[i + 1]!]);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}
