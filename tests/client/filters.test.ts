// Filter predicates: relation type, confidence, disputed, sources, and the time window where
// partial dates (2025, 2025-02) count as the whole span they cover.

import type { EntityType, EntityNodeAttributes, RelationEdgeAttributes } from "../../graph-schema/index.js";
import { entityPredicate, relationPredicate, toggleShown } from "../../client/src/filters/predicates.js";
import { OVERVIEW_FILTER_FIELDS } from "../../graph-schema/index.js";
import { defaultViewState, FILTER_KEYS, type FilterState } from "../../client/src/state/view-state.js";

function relation(over: Partial<RelationEdgeAttributes>): RelationEdgeAttributes {
  return {
    label: "met",
    relationType: "MET",
    family: "verbal-cooperation",
    directed: false,
    date: "2025-02-18",
    dateBasis: "stated",
    dateNote: null,
    place: null,
    topic: null,
    role: null,
    cameo: "044",
    goldstein: 2.5,
    confidence: 0.9,
    sources: ["a1"],
    independentSources: 1,
    evidence: [],
    disputed: false,
    disputes: [],
    ...over,
  };
}

function entity(entityType: EntityType): EntityNodeAttributes {
  return { label: "x", entityType, aliases: [], description: "" };
}

const noFilter: FilterState = defaultViewState();

describe("relationPredicate", () => {
  it("passes everything without filters", () => {
    expect(relationPredicate(noFilter)(relation({ date: null, confidence: 0 }))).toBe(true);
  });

  it("applies type, confidence, disputed and source filters", () => {
    const r = relation({});
    expect(relationPredicate({ ...noFilter, relationTypes: ["CALLED"] })(r)).toBe(false);
    expect(relationPredicate({ ...noFilter, relationTypes: ["MET"] })(r)).toBe(true);
    expect(relationPredicate({ ...noFilter, minConfidence: 0.95 })(r)).toBe(false);
    expect(relationPredicate({ ...noFilter, disputed: true })(r)).toBe(false);
    expect(relationPredicate({ ...noFilter, disputed: true })(relation({ disputed: true }))).toBe(true);
    expect(relationPredicate({ ...noFilter, sources: ["b2"] })(r)).toBe(false);
    expect(relationPredicate({ ...noFilter, sources: ["b2", "a1"] })(r)).toBe(true);
  });

  it("filters by time window with partial dates", () => {
    const feb = relationPredicate({ ...noFilter, from: "2025-02", to: "2025-02" });
    expect(feb(relation({ date: "2025-02-18" }))).toBe(true);
    expect(feb(relation({ date: "2025" }))).toBe(true);
    expect(feb(relation({ date: "2022" }))).toBe(false);
    expect(feb(relation({ date: null }))).toBe(true);
    const febDated = relationPredicate({ ...noFilter, from: "2025-02", to: "2025-02", includeUndated: false });
    expect(febDated(relation({ date: null }))).toBe(false);
    const march = relationPredicate({ ...noFilter, from: "2025-03", to: "2025-03" });
    expect(march(relation({ date: "2025-02" }))).toBe(false);
    expect(march(relation({ date: "2025" }))).toBe(true);
    const fromLastOfFeb = relationPredicate({ ...noFilter, from: "2025-02-28", to: null });
    expect(fromLastOfFeb(relation({ date: "2025-02" }))).toBe(true);
    expect(fromLastOfFeb(relation({ date: "2024" }))).toBe(false);
  });

  it("hides undated relations without a window when undated are excluded", () => {
    const p = relationPredicate({ ...noFilter, includeUndated: false });
    expect(p(relation({ date: null }))).toBe(false);
    expect(p(relation({ date: "2025" }))).toBe(true);
  });
});

describe("toggleShown", () => {
  const all = ["a", "b", "c"] as const;
  it("restricts, extends and returns to 'all' (null)", () => {
    const one = toggleShown<"a" | "b" | "c">(null, all, "b");
    expect(one).toEqual(["a", "c"]);
    expect(toggleShown(one, all, "b")).toBeNull();
    expect(toggleShown(["a"], all, "a")).toEqual([]);
  });
});

describe("entityPredicate and the toggles' empty lists", () => {
  it("shows nothing of a list whose values are all unticked, where the API would restrict nothing", () => {
    expect(relationPredicate({ ...noFilter, relationTypes: [] })(relation({}))).toBe(false);
    expect(relationPredicate({ ...noFilter, sources: [] })(relation({}))).toBe(false);
    expect(entityPredicate({ ...noFilter, entityTypes: [] })(entity("Person"))).toBe(false);
    expect(entityPredicate({ ...noFilter, entityTypes: ["State"] })(entity("Person"))).toBe(false);
    expect(entityPredicate({ ...noFilter, entityTypes: ["State", "Person"] })(entity("Person"))).toBe(true);
    expect(entityPredicate(noFilter)(entity("Place"))).toBe(true);
  });
});

describe("the overview's server-side filters", () => {
  it("are view-state filter keys, so a change to any of them reloads the overview", () => {
    expect(OVERVIEW_FILTER_FIELDS.length).toBeGreaterThan(0);
    const keys: readonly string[] = FILTER_KEYS;
    expect(OVERVIEW_FILTER_FIELDS.filter((f) => !keys.includes(f))).toEqual([]);
    expect(OVERVIEW_FILTER_FIELDS).not.toContain("limit");
  });
});
