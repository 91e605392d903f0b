// Subgraph filter semantics every engine shares: partial-date overlap, types, sources, confidence.

import { dateInRange, relationPasses } from "../../server/store/relation-filter.js";
import { relations } from "../fixtures/mini-dataset.js";

test.each([
  ["2025-02-18", "2025-02-01", "2025-02-28", true],
  ["2025-02", "2025-02-28", "2025-03-05", true],
  ["2025-02", "2025-03-01", undefined, false],
  ["2025-02-18", "2025-02-19", undefined, false],
  ["2025-02", "2025-02-15", "2025-02-15", true],
  ["2025", "2025-06", "2025-06", true],
  ["2024", "2025-01-01", undefined, false],
  [null, "2025-01-01", undefined, false],
  [null, undefined, undefined, true],
] as const)("date %s within [%s, %s] → %s", (date, from, to, expected) => {
  expect(dateInRange(date, from, to)).toBe(expected);
});

test("every given filter must hold", () => {
  expect(relationPasses(relations.met, {})).toBe(true);
  expect(relationPasses(relations.met, { relationTypes: ["CALLED"] })).toBe(false);
  expect(relationPasses(relations.met, { sources: ["a2"] })).toBe(true);
  expect(relationPasses(relations.called, { sources: ["a2"] })).toBe(false);
  expect(relationPasses(relations.met, { minConfidence: 0.85 })).toBe(false);
  expect(relationPasses(relations.holdsRole, { from: "2025" })).toBe(false);
});
