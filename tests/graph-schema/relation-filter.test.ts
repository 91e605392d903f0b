// The one relation filter the server (both engines) and the explorer's toggles share: every given
// filter must hold; empty lists and undated relations as the API reads them unless told otherwise.

import { entityPasses, relationPasses, type FilteredRelation } from "../../graph-schema/index.js";
import { relations } from "../fixtures/mini-dataset.js";

function relation(over: Partial<FilteredRelation> = {}): FilteredRelation {
  return { type: "MET", confidence: 0.9, sources: ["a1"], date: "2025-02-18", disputed: false, ...over };
}

describe("relationPasses", () => {
  it("lets everything through without a filter, undated and unconfident relations too", () => {
    expect(relationPasses(relation({ date: null, confidence: 0 }), {})).toBe(true);
    expect(relationPasses(relation(), { relationTypes: null, sources: null, from: null, to: null })).toBe(true);
  });

  it("requires every given filter to hold (the curated fixture)", () => {
    expect(relationPasses(relations.met, { relationTypes: ["CALLED"] })).toBe(false);
    expect(relationPasses(relations.met, { sources: ["a2"] })).toBe(true);
    expect(relationPasses(relations.called, { sources: ["a2"] })).toBe(false);
    expect(relationPasses(relations.met, { minConfidence: 0.85 })).toBe(false);
    expect(relationPasses(relations.holdsRole, { from: "2025" })).toBe(false);
  });

  it("applies type, confidence and any-of-sources", () => {
    const r = relation();
    expect(relationPasses(r, { relationTypes: ["CALLED", "MET"] })).toBe(true);
    expect(relationPasses(r, { relationTypes: ["CALLED"] })).toBe(false);
    expect(relationPasses(r, { minConfidence: 0.9 })).toBe(true);
    expect(relationPasses(r, { minConfidence: 0.95 })).toBe(false);
    expect(relationPasses(r, { sources: ["b2", "a1"] })).toBe(true);
    expect(relationPasses(r, { sources: ["b2"] })).toBe(false);
  });

  it("keeps only disputed relations when disputed is true, and restricts nothing otherwise", () => {
    expect(relationPasses(relation({ disputed: true }), { disputed: true })).toBe(true);
    expect(relationPasses(relation({ disputed: false }), { disputed: true })).toBe(false);
    expect(relationPasses(relation({ disputed: undefined }), { disputed: true })).toBe(false);
    expect(relationPasses(relation({ disputed: true }), { disputed: false })).toBe(true);
  });

  it("reads an empty list as no restriction (the API's `relationTypes=`), or as nothing when asked", () => {
    const r = relation();
    expect(relationPasses(r, { relationTypes: [], sources: [] })).toBe(true);
    expect(relationPasses(r, { relationTypes: [] }, { emptyList: "none" })).toBe(false);
    expect(relationPasses(r, { sources: [] }, { emptyList: "none" })).toBe(false);
    expect(relationPasses(r, { relationTypes: null, sources: null }, { emptyList: "none" })).toBe(true);
  });

  it.each([
    ["2025-02-18", "2025-02-01", "2025-02-28", true],
    ["2025-02", "2025-02-28", "2025-03-05", true],
    ["2025-02", "2025-03-01", null, false],
    ["2025", "2025-06", "2025-06", true],
    ["2024", "2025-01-01", null, false],
    [null, "2025-01-01", null, false],
    ["not a date", "2025-01-01", null, false],
  ] as const)("date %s within [%s, %s] → %s", (date, from, to, expected) => {
    expect(relationPasses(relation({ date }), { from, to })).toBe(expected);
  });

  it("lets includeUndated decide for undated relations, with or without a range", () => {
    const undated = relation({ date: null });
    expect(relationPasses(undated, { from: "2025-02", to: "2025-02", includeUndated: true })).toBe(true);
    expect(relationPasses(undated, { from: "2025-02", includeUndated: false })).toBe(false);
    expect(relationPasses(undated, { includeUndated: false })).toBe(false);
    expect(relationPasses(undated, { includeUndated: true })).toBe(true);
    expect(relationPasses(relation({ date: "2022" }), { from: "2025", includeUndated: true })).toBe(false);
    expect(relationPasses(relation({ date: "2025" }), { includeUndated: false })).toBe(true);
  });
});

describe("entityPasses", () => {
  it("keeps the listed entity types; absent restricts nothing; empty as the option says", () => {
    expect(entityPasses("Person", {})).toBe(true);
    expect(entityPasses("Person", { entityTypes: ["Person", "State"] })).toBe(true);
    expect(entityPasses("Place", { entityTypes: ["Person", "State"] })).toBe(false);
    expect(entityPasses("Place", { entityTypes: [] })).toBe(true);
    expect(entityPasses("Place", { entityTypes: [] }, { emptyList: "none" })).toBe(false);
  });
});
