// The token layer's folding and token facts: the same answers however often a text is seen and
// however long it is.

import { fold, tokenize } from "../../../server/ingest/extract/text.js";

test("folding makes case, accents, curly quotes and dashes plain, for words and for long texts", () => {
  const word = "Peskow’s";
  const sentence = `“Sergueï Lavrov” — the Kremlin’s envoy — met ${"Peskow’s ".repeat(12)}aides.`;
  expect(fold(word)).toBe("peskow's");
  expect(fold(word)).toBe("peskow's");
  expect(fold(sentence)).toBe(`"serguei lavrov" - the kremlin's envoy - met ${"peskow's ".repeat(12)}aides.`);
  expect(fold(sentence)).toBe(fold(sentence.slice(0)));
});

test("tokens say whether they are capitalised words, the same the second time a text is seen", () => {
  const text = "Élysée officials met U.S. envoys; élysée, again.";
  const facts = (): string[] => tokenize(text).map((t) => `${t.norm}:${t.capital ? "C" : "-"}${t.word ? "W" : "-"}`);
  const first = facts();
  expect(first).toEqual([
    "elysee:CW",
    "officials:-W",
    "met:-W",
    "u.s.:CW",
    "envoys:-W",
    ";:--",
    "elysee:-W",
    ",:--",
    "again:-W",
    ".:--",
  ]);
  expect(facts()).toEqual(first);
  const long = `A${"b".repeat(100)}`;
  expect(tokenize(long)[0]).toMatchObject({ norm: long.toLowerCase(), capital: true, word: true });
});
