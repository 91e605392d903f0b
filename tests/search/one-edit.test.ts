// One-typo matching: whole words, word beginnings, and the variants that find them in the index.

import { oneEditVariants, prefixWithinOneEdit, withinOneEdit } from "../../server/search/one-edit.js";

test.each([
  ["peskow", "peskov", true], // substitution
  ["atlantsi", "atlantis", true], // neighbours swapped
  ["lavrv", "lavrov", true], // a letter missing
  ["lavroov", "lavrov", true], // a letter too many
  ["lavrov", "lavrov", true],
  ["lvarvo", "lavrov", false], // two swaps
  ["peskow", "peskovo", false], // substitution and insertion
  ["abc", "abcde", false],
])("withinOneEdit(%s, %s) is %s", (q, t, expected) => {
  expect(withinOneEdit(q, t)).toBe(expected);
});

test.each([
  ["alesan", "aleksandr", true], // a letter missing, then the word goes on
  ["aleksx", "aleksandr", true], // substitution at the end of the query
  ["alkesa", "aleksandr", true], // neighbours swapped
  ["aleksan", "aleksandr", true], // a plain prefix
  ["alexxa", "aleksandr", false],
  ["aleksandrr", "aleksandr", true], // one letter too many at the end
  ["zzzzz", "aleksandr", false],
])("prefixWithinOneEdit(%s, %s) is %s", (q, t, expected) => {
  expect(prefixWithinOneEdit(q, t)).toBe(expected);
});

test("prefixWithinOneEdit agrees with trying every prefix, over all short words", () => {
  const alphabet = ["a", "b", "c"];
  const all = [""];
  for (let n = 0; n < 5; n++) for (const s of [...all]) for (const c of alphabet) all.push(s + c);
  const words = [...new Set(all)];
  const disagreements: string[] = [];
  for (const q of words.filter((w) => w.length >= 2 && w.length <= 3))
    for (const t of words) {
      const byPrefixes = Array.from({ length: t.length + 1 }, (_, n) => t.slice(0, n)).some((p) => withinOneEdit(q, p));
      if (prefixWithinOneEdit(q, t) !== byPrefixes) disagreements.push(`${q} ${t}`);
    }
  expect(disagreements).toEqual([]);
});

test("the variants of a word are exactly the strings one edit away over the alphabet", () => {
  const alphabet = ["a", "b", "c"];
  const variants = oneEditVariants("ab", alphabet);
  expect(variants.has("ab")).toBe(false);
  for (const v of ["b", "a", "ba", "cb", "ac", "cab", "abc", "aab"]) expect(variants.has(v)).toBe(true);
  // Brute force: every string over the alphabet up to length 3 is a variant iff it is one edit away.
  const all = [""];
  for (let n = 0; n < 3; n++) for (const s of [...all]) for (const c of alphabet) all.push(s + c);
  for (const s of new Set(all)) expect(variants.has(s)).toBe(s !== "ab" && withinOneEdit("ab", s));
});
