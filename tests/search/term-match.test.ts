// The ranking rules of name search: every match kind's example scores as that kind, and better
// matches score higher.

import { MATCH_KINDS, termWeight } from "../../server/search/term-match.js";

test.each(MATCH_KINDS.map((k) => [k.id, k] as const))("the %s example matches as its kind", (_id, kind) => {
  const weight = termWeight(kind.example.query, kind.example.word, true);
  expect(weight).toBeGreaterThan(0);
  expect(weight).toBeLessThanOrEqual(kind.weight);
});

test("an exact word beats every other kind's example, a typo inside a beginning scores lowest", () => {
  const weights = new Map(MATCH_KINDS.map((k) => [k.id, termWeight(k.example.query, k.example.word, true)]));
  for (const [id, w] of weights) {
    if (id !== "exact") expect(w).toBeLessThan(weights.get("exact")!);
    if (id !== "typo-prefix") expect(w).toBeGreaterThan(weights.get("typo-prefix")!);
  }
});

test("a prefix covering more of the word scores higher; no typo below the minimum length", () => {
  expect(termWeight("riya", "riyadh", true)).toBeGreaterThan(termWeight("riya", "riyadhville", true));
  expect(termWeight("ab", "ac", true)).toBe(0);
  expect(termWeight("peskow", "peskov", false)).toBe(0);
  expect(termWeight("zzzz", "peskov", true)).toBe(0);
});
