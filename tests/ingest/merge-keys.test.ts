// When two relations can be the same fact: slugs, order-free pairs for mutual types, and dates
// that fit (prefixes; a publication-date fallback means "on or before").

import { datesCompatible, pairKey, slugify } from "../../server/ingest/merge-keys.js";

test("slugs drop accents and punctuation", () => {
  expect(slugify("Dmitri Peskow")).toBe("dmitri-peskow");
  expect(slugify("  Abbās Araghchī, Jr. ")).toBe("abbas-araghchi-jr");
});

test("a mutual relation is the same pair either way round; a directed one is not", () => {
  expect(pairKey("MET", "a", "b")).toBe(pairKey("MET", "b", "a"));
  expect(pairKey("SUPPLIES", "a", "b")).not.toBe(pairKey("SUPPLIES", "b", "a"));
});

test.each([
  [null, "2025-02-12", {}, true],
  ["2025-02", "2025-02-12", {}, true],
  ["2025-02-12", "2025-02", {}, true],
  ["2025-02-12", "2025-02-13", {}, false],
  ["2025-02-12", "2025-03-01", { candidate: true }, true],
  ["2025-03-01", "2025-02-12", { candidate: true }, false],
  ["2025-03-01", "2025-02-12", { known: true }, true],
  ["2025-02-12", "2025-03-01", { known: true }, false],
] as const)("known %s, candidate %s, fallback %j → %s", (known, candidate, fallback, expected) => {
  expect(datesCompatible(known, candidate, fallback)).toBe(expected);
});
