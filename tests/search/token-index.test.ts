// The sorted word index: the words it hands to the scorer must be those a full scan finds with
// the query's one-edit variants, each once, in every typo mode, also after words are added later.

import { seededRandom } from "../../graph-schema/seeded-random.js";
import { oneEditVariants } from "../../server/search/one-edit.js";
import { TokenIndex, type TypoMode } from "../../server/search/token-index.js";

const LETTERS = ["a", "b", "c", "é", "𝔞"]; // an accented letter and one outside the 16-bit range

function randomWords(count: number, seed: number): string[] {
  const rng = seededRandom(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(rng() * 6) }, () => LETTERS[Math.floor(rng() * LETTERS.length)]!).join(""),
  );
}

function indexOf(words: readonly string[], batches: number): TokenIndex {
  const index = new TokenIndex();
  const size = Math.ceil(words.length / batches);
  for (let b = 0; b < batches; b++) {
    const added: string[] = [];
    words.slice(b * size, (b + 1) * size).forEach((w, i) => index.add(b * size + i, [w], i % 2 === 0, added));
    index.commit(added);
  }
  return index;
}

const visited = (index: TokenIndex, term: string, mode: TypoMode): string[] => {
  const seen: string[] = [];
  index.forEachCandidate(term, mode, (word) => seen.push(word));
  return seen;
};

/** What each mode must find: words starting with the term, or equal to or starting with a variant. */
const MODES: [TypoMode, (word: string, term: string, variants: readonly string[]) => boolean][] = [
  ["none", (word, term) => word.startsWith(term)],
  ["whole-word", (word, term, variants) => word.startsWith(term) || variants.includes(word)],
  ["prefix", (word, term, variants) => word.startsWith(term) || variants.some((v) => word.startsWith(v))],
];

test.each([1, 7])("visits each matching word once, as a full scan finds them (%i commits)", (batches) => {
  const words = randomWords(1_500, 5);
  const index = indexOf(words, batches);
  const distinct = [...new Set(words)];
  const terms = [...randomWords(300, 9), "", "𝔞𝔞b", "ab𝔞"];
  const failures: string[] = [];
  for (const term of terms) {
    const variants = [...oneEditVariants(term, LETTERS)];
    for (const [mode, matches] of MODES) {
      const seen = visited(index, term, mode);
      if (new Set(seen).size !== seen.length) failures.push(`${mode} ${term}: a word visited twice`);
      const expected = distinct.filter((w) => matches(w, term, variants)).sort();
      if (JSON.stringify([...seen].sort()) !== JSON.stringify(expected)) failures.push(`${mode} ${term}`);
    }
  }
  expect(failures).toEqual([]);
});

test("exact postings mark name words and forget a removed entity", () => {
  const index = indexOf(["abc", "abc", "cab"], 1);
  expect(index.exact("abc")).toEqual([0 * 2 + 1, 1 * 2]);
  index.remove(0, ["abc"]);
  expect(index.exact("abc")).toEqual([1 * 2]);
  expect(index.exact("zzz")).toEqual([]);
});

test("words committed after a search are found by the same search again", () => {
  const index = indexOf(["abcd", "abce"], 1);
  expect(visited(index, "abcx", "prefix").sort()).toEqual(["abcd", "abce"]);
  const added: string[] = [];
  index.add(2, ["abcxyz", "abzd"], true, added);
  index.commit(added);
  expect(visited(index, "abcx", "prefix").sort()).toEqual(["abcd", "abce", "abcxyz"]);
  expect(visited(index, "abcx", "none")).toEqual(["abcxyz"]);
});
