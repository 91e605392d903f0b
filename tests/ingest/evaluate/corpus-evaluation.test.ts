// The corpus evaluation end to end with extractors made from the gold answers: perfect scores 1,
// empty scores 0 recall, and known damage (a type dropped, directions reversed, a type swapped
// for a compatible one) costs exactly what it should.

import type { Dataset } from "../../../server/dataset/dataset.js";
import { loadCuratedDataset } from "../../../server/dataset/curated.js";
import { relationTypeDef } from "../../../graph-schema/index.js";
import { evaluateCorpus } from "../../../server/ingest/evaluate/corpus.js";
import { goldFor } from "../../../server/ingest/evaluate/leave-one-out.js";
import { formatReport } from "../../../server/ingest/evaluate/command.js";
import { runEvaluation } from "../../../server/ingest/evaluate/run-evaluation.js";
import { emptyExtractor, goldExtractor } from "./gold-extractor.js";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadCuratedDataset();
});

/** Gold relations summed over the articles (a relation with evidence in two articles counts twice). */
const goldCount = (keep: (type: string) => boolean): number =>
  dataset.articles.reduce((n, a) => n + goldFor(dataset, a.id).relations.filter((r) => keep(r.type)).length, 0);

test("the gold answers score 1 on entities and relations, with exact dates and shared sentences", async () => {
  const { overall, articles } = await evaluateCorpus(dataset, goldExtractor(dataset));
  expect(articles).toHaveLength(dataset.articles.length);
  expect(overall.entities.overall).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  for (const mode of ["strict", "lenient"] as const) {
    const r = overall.relations[mode];
    expect(r.scores.overall).toMatchObject({ precision: 1, recall: 1, f1: 1, tp: goldCount(() => true) });
    expect(r.dates.exact).toBe(r.matched);
    expect(r.sharedSentence).toBe(r.matched);
  }
  // Held-out entities were proposed under new ids, so some hits came through the name path.
  expect(articles.some((a) => a.heldOut.entities.length > 0)).toBe(true);
});

test("an extractor that finds nothing has recall 0 and no precision to speak of", async () => {
  const { overall } = await evaluateCorpus(dataset, emptyExtractor);
  expect(overall.entities.overall).toMatchObject({ recall: 0, precision: null, tp: 0, fp: 0 });
  expect(overall.relations.lenient.scores.overall).toMatchObject({ recall: 0, f1: 0, fn: goldCount(() => true) });
});

test("dropping one type costs exactly its gold relations, and nothing else", async () => {
  const { overall } = await evaluateCorpus(
    dataset,
    goldExtractor(dataset, { keepRelation: (r) => r.type !== "SANCTIONS" }),
  );
  const s = overall.relations.strict.scores;
  expect(s.byType.SANCTIONS).toMatchObject({ tp: 0, fp: 0, fn: goldCount((t) => t === "SANCTIONS") });
  expect(s.overall).toMatchObject({ fp: 0, fn: goldCount((t) => t === "SANCTIONS"), precision: 1 });
});

test("reversed directions lose the directed relations and keep the mutual ones", async () => {
  const reverse = goldExtractor(dataset, { alter: (r) => ({ ...r, source: r.target, target: r.source }) });
  const { overall } = await evaluateCorpus(dataset, reverse);
  const mutual = goldCount((t) => !relationTypeDef(t as never).directed);
  // A directed relation still matches when the article also states its converse (A urges B, B urges A).
  const withConverse = dataset.articles.reduce((n, a) => {
    const gold = goldFor(dataset, a.id).relations.filter((r) => relationTypeDef(r.type).directed);
    return (
      n +
      gold.filter((g) => gold.some((c) => c.type === g.type && c.source === g.target && c.target === g.source)).length
    );
  }, 0);
  expect(mutual).toBeGreaterThan(0);
  expect(overall.relations.strict.scores.overall.tp).toBe(mutual + withConverse);
  expect(overall.relations.strict.scores.overall.fn).toBe(goldCount(() => true) - mutual - withConverse);
  expect(overall.relations.strict.scores.byType.MET).toMatchObject({ tp: goldCount((t) => t === "MET"), fn: 0 });
});

test("a compatible type is a strict miss and a lenient hit", async () => {
  const swap = goldExtractor(dataset, { alter: (r) => (r.type === "MET" ? { ...r, type: "CALLED" } : r) });
  const { overall } = await evaluateCorpus(dataset, swap);
  const met = goldCount((t) => t === "MET");
  expect(overall.relations.strict.scores.byType.MET).toMatchObject({ tp: 0, fn: met });
  expect(overall.relations.lenient.scores.byType.MET).toMatchObject({ tp: met, fn: 0 });
  expect(overall.relations.lenient.typeSubstitutions["MET→CALLED"]).toBe(met);
});

test("--article limits the corpus part; an unknown article is refused with the known ids", async () => {
  const one = await evaluateCorpus(dataset, emptyExtractor, { articles: ["004_3082130f9483ea17"] });
  expect(one.articles.map((a) => a.article)).toEqual(["004_3082130f9483ea17"]);
  await expect(evaluateCorpus(dataset, emptyExtractor, { articles: ["nope"] })).rejects.toThrow(
    /no article "nope".*000_/,
  );
});

test("runEvaluation without PLOVER data says so and still scores the corpus; the text report shows both", async () => {
  const report = await runEvaluation({
    extractor: goldExtractor(dataset),
    ploverDir: "tests/ingest/evaluate/no-such-folder",
  });
  expect(report.ploverMissing).toMatch(/no PLOVER data in .*no-such-folder/);
  expect(report.corpus?.overall.relations.strict.scores.overall.f1).toBe(1);
  const text = formatReport(report, true);
  expect(text).toMatch(/^ {2}overall \(micro\)\s+\d+\s+0\s+0\s+1\.000\s+1\.000\s+1\.000/m);
  expect(text).toContain("PLOVER part skipped");
  expect(text).toContain("held out of the knowledge: abbas-araghchi");
});

test("per rule: a rule that reverses its relations owns their false positives and misses, grouped under it by --verbose", async () => {
  const provenance = { extractor: "gold-answers", version: "1", rule: "test.reversed" };
  const reversed = goldExtractor(dataset, {
    alter: (r) => (r.type === "SANCTIONS" ? { ...r, source: r.target, target: r.source, provenance } : r),
  });
  const corpus = await evaluateCorpus(dataset, reversed);
  const sanctions = goldCount((t) => t === "SANCTIONS");
  expect(sanctions).toBeGreaterThan(0);
  expect(corpus.overall.relations.lenient.rules.byType["test.reversed"]).toMatchObject({
    tp: 0,
    fp: sanctions,
    fn: sanctions,
  });
  expect(corpus.overall.relations.lenient.rules.byType.gold).toMatchObject({ fp: 0, fn: 0 });
  const text = formatReport(
    {
      extractor: reversed.name,
      corpus,
      plover: null,
      gold: null,
      reviews: null,
      ploverMissing: null,
      lenientGroups: [],
    },
    true,
  );
  const section = text.slice(text.indexOf("Errors by rule"), text.indexOf("Errors by relation type"));
  const underRule = section.slice(section.indexOf("  test.reversed"));
  expect(underRule.match(/^ {4}extra {3}SANCTIONS\(/gm)).toHaveLength(sanctions);
  expect(underRule.match(/^ {4}missed {2}SANCTIONS\(/gm)).toHaveLength(sanctions);
  expect(text).toMatch(/^ {2}test\.reversed +0 +\d+ +0\.000 +\d+$/m);
});
