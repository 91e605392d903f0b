// The review of an extraction: what it refuses (names the extraction did not produce, types the
// ends do not allow, conflicts), what applying it leaves, merging two reviews, and the labelled
// examples a kept review gives.

import { extractedRelationKey, type IngestReview } from "../../graph-schema/index.js";
import type { Extraction } from "../../server/ingest/extractor.js";
import { indexKnowledge } from "../../server/ingest/knowledge-index.js";
import { examplesOf } from "../../server/ingest/review-examples.js";
import { applyReview, EMPTY_REVIEW, mergeReviews, reviewProblems } from "../../server/ingest/review.js";
import { scriptedExtractor } from "./scripted-extractor.js";

const TEXT = "Anna Berg met Omar Said in Oslo. Omar Said criticised Norway. Anna Berg called Norway.";
const SCRIPT: Parameters<typeof scriptedExtractor>[0] = {
  entities: [
    { id: "anna-berg", name: "Anna Berg", type: "Person", status: "new" },
    { id: "omar-said", name: "Omar Said", type: "Person", status: "new" },
    { id: "norway", name: "Norway", type: "State", status: "existing" },
  ],
  relations: [
    {
      type: "MET",
      source: "anna-berg",
      target: "omar-said",
      sentence: "Anna Berg met Omar Said in Oslo.",
      trigger: "met",
    },
    {
      type: "OPPOSES",
      source: "omar-said",
      target: "norway",
      sentence: "Omar Said criticised Norway.",
      trigger: "criticised",
    },
    { type: "CALLED", source: "anna-berg", target: "norway", sentence: "Anna Berg called Norway.", trigger: "called" },
  ],
};
const [MET, OPPOSES, CALLED] = SCRIPT.relations.map((r) => {
  const start = TEXT.indexOf(r.sentence);
  return extractedRelationKey({ ...r, sentence: { start, end: start + r.sentence.length } });
}) as [string, string, string];

let extraction: Extraction;
beforeAll(async () => {
  const article = { id: "t", title: "", text: TEXT, published: null };
  extraction = await scriptedExtractor(SCRIPT).extract(article, indexKnowledge({ entities: [], relations: [] }));
});
const review = (parts: Partial<IngestReview>): IngestReview => ({ ...EMPTY_REVIEW, ...parts });

test("keys name the type, the ends and the sentence's span, as extracted", () => {
  expect(MET).toBe("MET:anna-berg>omar-said@0-32");
  expect(extraction.relations.map(extractedRelationKey)).toEqual([MET, OPPOSES, CALLED]);
});

test("a review that fits has no problems", () => {
  const fits = review({
    rejectedEntities: ["anna-berg"],
    rejectedRelations: [MET],
    corrections: [{ relation: OPPOSES, type: "DEMANDED" }],
  });
  expect(reviewProblems(fits, extraction)).toEqual([]);
});

test.each<[string, Partial<IngestReview>, RegExp]>([
  ["an unknown entity", { rejectedEntities: ["x"] }, /no entity "x" was extracted/],
  ["an unknown relation", { rejectedRelations: [`${MET}1`] }, /no relation .* was extracted/],
  ["a correction of an unknown relation", { corrections: [{ relation: "y", type: "MET" }] }, /no such relation/],
  [
    "a relation corrected twice",
    {
      corrections: [
        { relation: MET, type: "CALLED" },
        { relation: MET, type: "DISCUSSED" },
      ],
    },
    /corrected twice/,
  ],
  [
    "a relation rejected and corrected",
    { rejectedRelations: [MET], corrections: [{ relation: MET, type: "CALLED" }] },
    /also rejected/,
  ],
  ["a relation onto itself", { corrections: [{ relation: MET, target: "anna-berg" }] }, /the same entity/],
  [
    "a type the ends do not allow",
    { corrections: [{ relation: MET, type: "LEADS" }] },
    /LEADS does not go from a Person to a Person/,
  ],
])("refuses %s", (_what, parts, message) => {
  const problems = reviewProblems(review(parts), extraction);
  expect(problems.join("; ")).toMatch(message);
});

test("applying leaves out what was rejected and what needs a rejected entity, and corrects the rest", () => {
  const result = applyReview(
    extraction,
    review({ rejectedEntities: ["anna-berg"], corrections: [{ relation: OPPOSES, type: "DEMANDED" }] }),
  );
  expect(result.entities.map((e) => e.id)).toEqual(["omar-said", "norway"]);
  expect(result.relations.map((r) => [r.key, r.relation.type, r.original.type, r.corrected])).toEqual([
    [OPPOSES, "DEMANDED", "OPPOSES", true],
  ]);
  expect(result.applied).toEqual({
    rejectedEntities: ["anna-berg"],
    rejectedRelations: [],
    corrected: [OPPOSES],
    dropped: [MET, CALLED],
  });
});

test("a corrected end that was rejected drops the relation; an uncorrected one keeps it", () => {
  const moved = applyReview(
    extraction,
    review({ rejectedEntities: ["norway"], corrections: [{ relation: CALLED, target: "omar-said" }] }),
  );
  expect(moved.relations.map((r) => [r.key, r.relation.target])).toEqual([
    [MET, "omar-said"],
    [CALLED, "omar-said"],
  ]);
  expect(moved.applied.dropped).toEqual([OPPOSES]);
});

test("a later review adds to an earlier one and its correction of a relation wins", () => {
  const merged = mergeReviews(
    review({ rejectedRelations: [MET], corrections: [{ relation: OPPOSES, type: "DEMANDED" }] }),
    review({ rejectedRelations: [MET, CALLED], corrections: [{ relation: OPPOSES, type: "THREATENED" }] }),
  );
  expect(merged).toEqual({
    rejectedEntities: [],
    rejectedRelations: [MET, CALLED],
    corrections: [{ relation: OPPOSES, type: "THREATENED" }],
  });
});

test("a kept review gives negative examples for rejections and gold ones for corrections", () => {
  const entry = {
    article: { id: "art-1" } as never,
    extractor: "scripted",
    ingestedAt: "2026-01-01T00:00:00Z",
    extraction,
    review: {
      article: "art-1",
      reviewedAt: "2026-01-01T00:00:00Z",
      review: review({ rejectedEntities: ["norway"], rejectedRelations: [MET] }),
    },
  };
  expect(examplesOf(entry).map((e) => [e.label, e.kind, "key" in e ? e.key : e.entity.id])).toEqual([
    ["rejected", "entity", "norway"],
    ["rejected", "relation", MET],
    ["rejected", "relation", OPPOSES],
    ["rejected", "relation", CALLED],
  ]);
  const corrected = examplesOf({
    ...entry,
    review: { ...entry.review, review: review({ corrections: [{ relation: OPPOSES, type: "DEMANDED" }] }) },
  });
  expect(corrected).toEqual([
    expect.objectContaining({
      label: "corrected",
      key: OPPOSES,
      extracted: expect.objectContaining({ type: "OPPOSES", sourceName: "Omar Said" }),
      gold: expect.objectContaining({ type: "DEMANDED", target: "norway", targetName: "Norway" }),
      sentence: expect.objectContaining({ text: "Omar Said criticised Norway." }),
    }),
  ]);
});
