// The annotation pipeline: annotators run after the writers of the layers they read, a layer nobody
// writes (or two write) is an error, and an annotator sees only the layers it declared.

import {
  AnnotatedSentence,
  type AnyAnnotator,
  type SentenceContext,
} from "../../../server/ingest/extract/annotated-sentence.js";
import { annotate, orderAnnotators } from "../../../server/ingest/extract/annotation-pipeline.js";
import { SENTENCE_PIPELINE } from "../../../server/ingest/extract/sentence-annotators.js";
import { tokenize } from "../../../server/ingest/extract/text.js";

/** These annotators read no context: a sentence with tokens only. */
function bareSentence(text: string): AnnotatedSentence {
  const context = { sentence: { start: 0, end: text.length, text }, tokens: tokenize(text) };
  return new AnnotatedSentence(context as unknown as SentenceContext);
}

const dates: AnyAnnotator = { id: "dates", reads: [], writes: "dates", annotate: () => [] };
const hedges: AnyAnnotator = {
  id: "hedges",
  reads: ["dates"],
  writes: "hedges",
  annotate: (s) => [{ first: 0, end: 1, text: `after ${s.layer("dates").length} dates` }],
};
const negation: AnyAnnotator = {
  id: "negation",
  reads: ["hedges", "dates"],
  writes: "negation",
  annotate: (s) => s.layer("hedges").map((h) => ({ kind: "negated" as const, first: h.first, end: h.end })),
};

test("annotators are ordered after the writers of the layers they read", () => {
  expect(orderAnnotators([negation, hedges, dates]).map((a) => a.id)).toEqual(["dates", "hedges", "negation"]);
  expect(orderAnnotators([dates, hedges, negation]).map((a) => a.id)).toEqual(["dates", "hedges", "negation"]);
});

test("independent annotators keep the order they were given", () => {
  const cues: AnyAnnotator = { id: "cues", reads: [], writes: "cues", annotate: () => [] };
  expect(orderAnnotators([cues, dates]).map((a) => a.id)).toEqual(["cues", "dates"]);
  expect(orderAnnotators([dates, cues]).map((a) => a.id)).toEqual(["dates", "cues"]);
});

test("a layer read that no annotator writes is an error", () => {
  expect(() => orderAnnotators([hedges, negation])).toThrow(/reads layer "dates", which no annotator writes/);
});

test("two writers of one layer, or layers read in a circle, are errors", () => {
  expect(() => orderAnnotators([dates, { ...dates, id: "other dates" }])).toThrow(/written by both/);
  const circular: AnyAnnotator = { ...dates, reads: ["negation"] };
  expect(() => orderAnnotators([circular, hedges, negation])).toThrow(/in a circle: dates, hedges, negation/);
});

test("running the pipeline adds each layer from the layers before it", () => {
  const sentence = annotate(orderAnnotators([negation, hedges, dates]), bareSentence("Iran reportedly agreed."));
  expect(sentence.layer("hedges")).toEqual([{ first: 0, end: 1, text: "after 0 dates" }]);
  expect(sentence.layer("negation")).toEqual([{ kind: "negated", first: 0, end: 1 }]);
  expect(() => sentence.layer("speech")).toThrow(/layer "speech" has not been written/);
});

test("an annotator reading a layer it did not declare fails, as does writing a layer twice", () => {
  const sneaky: AnyAnnotator = { id: "sneaky", reads: [], writes: "cues", annotate: (s) => (s.layer("dates"), []) };
  expect(() => annotate(orderAnnotators([dates, sneaky]), bareSentence("Talks."))).toThrow(
    /sneaky reads undeclared layer "dates"/,
  );
  const sentence = annotate([dates], bareSentence("Talks."));
  expect(() => annotate([dates], sentence)).toThrow(/layer "dates" is already written/);
});

test("the extractor's pipeline writes every layer once, each after what it reads", () => {
  const written = SENTENCE_PIPELINE.map((a) => a.writes);
  expect([...written].sort()).toEqual(
    ["cues", "dates", "groups", "hedges", "mentions", "negation", "speech", "titles"].sort(),
  );
  SENTENCE_PIPELINE.forEach((a, i) => {
    for (const read of a.reads) expect(written.indexOf(read)).toBeLessThan(i);
  });
});
