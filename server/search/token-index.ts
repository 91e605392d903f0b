// The words of every name and alias, folded, with the entities that use them: exact words by
// hash, prefixes by binary search over the sorted words, and one-typo variants through both.

import { oneEditVariants } from "./one-edit.js";

/** Above this many new words an upsert sorts the whole list again instead of inserting each. */
const RESORT_ABOVE = 1_000;

export class TokenIndex {
  /** word → postings: entity ordinal × 2, plus 1 when the word is in the entity's name. */
  private readonly postings = new Map<string, number[]>();
  private readonly sorted: string[] = [];
  /** Letters seen in any word: the only ones a one-typo variant can usefully insert or substitute. */
  private readonly alphabet = new Set<string>();

  /** How many different letters the words use. */
  get letters(): number {
    return this.alphabet.size;
  }

  /** Records the words of one entity; `inName` marks words of its name (aliases otherwise). */
  add(ordinal: number, words: Iterable<string>, inName: boolean, added: string[]): void {
    for (const word of words) {
      let list = this.postings.get(word);
      if (!list) {
        list = [];
        this.postings.set(word, list);
        added.push(word);
        for (const ch of word) this.alphabet.add(ch);
      }
      list.push(ordinal * 2 + (inName ? 1 : 0));
    }
  }

  /** Forgets an entity under these words (before it is indexed again with its new spellings). */
  remove(ordinal: number, words: Iterable<string>): void {
    for (const word of new Set(words)) {
      const list = this.postings.get(word);
      if (list)
        this.postings.set(
          word,
          list.filter((p) => p >> 1 !== ordinal),
        );
    }
  }

  /** Puts words returned by `add` into the sorted list. */
  commit(added: readonly string[]): void {
    if (added.length > RESORT_ABOVE) {
      this.sorted.push(...added);
      this.sorted.sort();
      return;
    }
    for (const word of added) this.sorted.splice(lowerBound(this.sorted, word), 0, word);
  }

  /** Postings of words starting with `prefix` (the word itself included), word by word. */
  *withPrefix(prefix: string): Generator<[string, number[]]> {
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i++) {
      const word = this.sorted[i]!;
      if (!word.startsWith(prefix)) return;
      yield [word, this.postings.get(word)!];
    }
  }

  /** Postings of `word` exactly. */
  exact(word: string): number[] {
    return this.postings.get(word) ?? [];
  }

  /** Words that may match `term` with one typo: whole words, or (with `asPrefix`) word beginnings. */
  *typoCandidates(term: string, asPrefix: boolean): Generator<[string, number[]]> {
    for (const variant of oneEditVariants(term, this.alphabet)) {
      if (asPrefix) yield* this.withPrefix(variant);
      else if (this.postings.has(variant)) yield [variant, this.postings.get(variant)!];
    }
  }
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
