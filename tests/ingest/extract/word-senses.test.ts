// The token layer's readings (compromise lemmas and parts of speech) and the trigger patterns over
// them: the forms of a verb share a lemma, and a verb pattern does not match a noun or adjective.

import { compilePattern, matchAt } from "../../../server/ingest/extract/pattern.js";
import { tokenize } from "../../../server/ingest/extract/text.js";
import { lemmasOf, sensesOf } from "../../../server/ingest/extract/word-senses.js";

test("the forms of a verb share a lemma", () => {
  for (const group of [
    ["agree", "agreed", "agrees", "agreeing"],
    ["urge", "urged", "urging", "urges"],
    ["supply", "supplied", "supplies"],
    ["meet", "met", "meeting"],
    ["sanction", "sanctioned", "sanctions"],
    ["state", "stated", "states", "stating"],
    ["tell", "told", "tells"],
  ]) {
    const shared = group.map(lemmasOf).reduce((a, b) => a.filter((l) => b.includes(l)));
    expect({ group, shared }).toEqual({ group, shared: [group[0]] });
  }
});

test("words that merely begin like a verb do not take its lemma", () => {
  for (const [word, lemma] of [
    ["statement", "state"],
    ["stressful", "stress"],
    ["news", "new"],
    ["station", "state"],
  ] as const)
    expect(lemmasOf(word)).not.toContain(lemma);
});

test("a form is read as a verb and as a noun where it can be both", () => {
  expect(sensesOf("talks")).toEqual(
    expect.arrayContaining([
      { lemma: "talk", pos: "verb" },
      { lemma: "talk", pos: "noun" },
    ]),
  );
  expect(sensesOf("met")).toEqual([{ lemma: "meet", pos: "verb" }]);
  expect(sensesOf("u.s.")).toEqual([{ lemma: "u.s.", pos: "other" }]);
});

test("tokens keep their offsets and carry their readings", () => {
  const text = "Peskov stated that Iran's envoy met him.";
  const tokens = tokenize(text, 7);
  expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(tokens.map((t) => t.text));
  expect(tokens[0]).toMatchObject({ text: "stated", start: 7, lemma: "state" });
  expect(tokens.find((t) => t.text === "met")?.lemma).toBe("meet");
});

test("a pattern word with a part of speech matches only that reading", () => {
  const pattern = compilePattern("state/verb that");
  const at = (text: string): number => matchAt(pattern, tokenize(text), 1, () => false);
  expect(at("Iran stated that talks were over.")).toBe(3);
  expect(at("Iran states that talks are over.")).toBe(3);
  expect(at("A statement that talks were over.")).toBe(-1);
  expect(() => compilePattern("state/verbal")).toThrow(/part of speech/);
});
