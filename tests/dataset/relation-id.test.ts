// Relation ids are the MERGE key of every load: they must not change between runs, must not
// depend on which end of a mutual relation is written first, and must tell facts apart.

import { relationId, type RelationKey } from "../../server/dataset/relation-id.js";
import { toRelation } from "../../server/dataset/to-relation.js";

const call: RelationKey = {
  type: "CALLED",
  source: "donald-trump",
  target: "vladimir-putin",
  date: "2025-02-12",
  place: null,
};

test("the id is a fixed-length hash that does not change between calls", () => {
  const id = relationId(call);
  expect(id).toMatch(/^r-[0-9a-f]{16}$/);
  expect(relationId({ ...call })).toBe(id);
});

test("the id is pinned: changing the hash input would orphan every edge already stored", () => {
  // First 16 hex digits of sha256("donald-trump␟CALLED␟vladimir-putin␟2025-02-12␟").
  expect(relationId(call)).toBe("r-e9821f157525b37f");
});

test("undirected relations normalise their ends; directed ones do not", () => {
  expect(relationId({ ...call, source: "vladimir-putin", target: "donald-trump" })).toBe(relationId(call));
  const met: RelationKey = {
    type: "MET",
    source: "sergei-lavrov",
    target: "marco-rubio",
    date: "2025-02-18",
    place: "riyadh",
  };
  expect(relationId({ ...met, source: "marco-rubio", target: "sergei-lavrov" })).toBe(relationId(met));

  const sanctions: RelationKey = {
    type: "SANCTIONS",
    source: "united-states",
    target: "russia",
    date: null,
    place: null,
  };
  expect(relationId({ ...sanctions, source: "russia", target: "united-states" })).not.toBe(relationId(sanctions));
});

test("type, date and place each tell facts apart", () => {
  const ids = new Set([
    relationId(call),
    relationId({ ...call, type: "MET" }),
    relationId({ ...call, date: "2025-02" }),
    relationId({ ...call, date: null }),
    relationId({ ...call, place: "riyadh" }),
  ]);
  expect(ids.size).toBe(5);
});

test("toRelation derives id, CAMEO, Goldstein, distinct sources in order, and the dispute flag", () => {
  const ev = (article: string, start: number) => ({ article, sentence: "x".repeat(5), start, end: start + 5 });
  const relation = toRelation({
    ...call,
    dateBasis: "stated",
    dateNote: null,
    topic: null,
    role: null,
    confidence: 0.9,
    evidence: [ev("b", 0), ev("a", 10), ev("b", 20)],
    disputes: ["d"],
  });
  expect(relation).toMatchObject({
    id: relationId(call),
    cameo: "041",
    goldstein: 1,
    sources: ["b", "a"],
    disputed: true,
  });
});
