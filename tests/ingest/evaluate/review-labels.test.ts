// The analysts' reviews as labelled data: a ledger built by real ingestion with reviews, then scored
// from its reviews. Ticked relations are hits, rejected ones (and those of a rejected entity) false
// positives, a corrected one a false positive plus a gold relation; output no review judged is counted
// apart; each article is extracted again with the knowledge the graph had when it was ingested.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IngestReport, IngestReview, RelationType } from "../../../graph-schema/index.js";
import { formatReport } from "../../../server/ingest/evaluate/command.js";
import { NoReviewsError } from "../../../server/ingest/evaluate/review-scoring.js";
import { runEvaluation } from "../../../server/ingest/evaluate/run-evaluation.js";
import type { Extractor } from "../../../server/ingest/extractor.js";
import { ingestArticles, type IngestInput } from "../../../server/ingest/ingest.js";
import { IngestLedger } from "../../../server/ingest/ledger.js";
import { DEFAULT_DATA_DIR } from "../../../server/paths.js";
import { scriptedExtractor, type ScriptedEntity, type ScriptedRelation } from "../scripted-extractor.js";

const A = {
  met: "Lena Vogel met Sergei Lavrov in Geneva.",
  criticised: "Lena Vogel criticised Russia over the strikes.",
  called: "Kaja Brandt called Sergei Lavrov on Tuesday.",
  urged: "Lena Vogel urged Russia to return to talks.",
  briefed: "Sergei Lavrov later briefed Lena Vogel.",
};
const B = {
  met: "Lena Vogel met Omar Said in Oslo.",
  threatened: "Omar Said threatened Russia.",
  denied: "Russia denied supplying Omar Said with arms.",
};
const C = { called: "Omar Said called Sergei Lavrov." };

const article = (title: string, sentences: Record<string, string>): IngestInput => ({
  meta: { title, outlet: "Test Wire", published: "2025-03-04", url: null, language: "en" },
  text: Object.values(sentences).join(" "),
});
const ARTICLES = { A: article("Vogel in Geneva", A), B: article("Vogel in Oslo", B), C: article("Said calls", C) };

const person = (id: string, name: string, status: ScriptedEntity["status"]): ScriptedEntity => ({
  id,
  name,
  type: "Person",
  status,
});
const VOGEL_NEW = person("lena-vogel", "Lena Vogel", "new");
const VOGEL = person("lena-vogel", "Lena Vogel", "existing");
const LAVROV = person("sergei-lavrov", "Sergei Lavrov", "existing");
const KAJA = person("kaja-brandt", "Kaja Brandt", "new");
const SAID_NEW = person("omar-said", "Omar Said", "new");
const SAID = person("omar-said", "Omar Said", "existing");
const RUSSIA: ScriptedEntity = { id: "russia", name: "Russia", type: "State", status: "existing" };

const rel = (type: RelationType, source: string, target: string, sentence: string, trigger: string) =>
  ({ type, source, target, sentence, trigger }) satisfies ScriptedRelation;

/** What the extractor produced when the articles were ingested and reviewed. */
const THEN = {
  A: scriptedExtractor({
    entities: [VOGEL_NEW, LAVROV, RUSSIA, KAJA],
    relations: [
      rel("MET", "lena-vogel", "sergei-lavrov", A.met, "met"),
      rel("OPPOSES", "lena-vogel", "russia", A.criticised, "criticised"),
      rel("CALLED", "kaja-brandt", "sergei-lavrov", A.called, "called"),
      rel("URGED", "lena-vogel", "russia", A.urged, "urged"),
    ],
  }),
  B: scriptedExtractor({
    entities: [VOGEL, SAID_NEW, RUSSIA],
    relations: [
      rel("MET", "lena-vogel", "omar-said", B.met, "met"),
      rel("THREATENED", "omar-said", "russia", B.threatened, "threatened"),
      rel("SUPPLIES", "russia", "omar-said", B.denied, "supplying"),
    ],
    cues: [{ kind: "denial", sentence: B.denied, trigger: "denied", about: null, position: "Russia denies it" }],
  }),
  C: scriptedExtractor({
    entities: [SAID, LAVROV],
    relations: [rel("CALLED", "omar-said", "sergei-lavrov", C.called, "called")],
  }),
};

/** An extractor that learnt from the reviews: it reads A as corrected and finds one relation nobody judged. */
const NOW_A = scriptedExtractor({
  entities: [VOGEL_NEW, LAVROV, RUSSIA],
  relations: [
    rel("DEMANDED", "lena-vogel", "russia", A.criticised, "criticised"),
    rel("URGED", "lena-vogel", "russia", A.urged, "urged"),
    rel("BRIEFED", "sergei-lavrov", "lena-vogel", A.briefed, "briefed"),
  ],
});

type Routes = Record<keyof typeof ARTICLES, Extractor>;

/** One extractor per article (by title); it records what the graph knew at each call. */
function routed(routes: Routes): Extractor & { knew: Map<string, string[]> } {
  const titles = new Map(Object.entries(ARTICLES).map(([k, a]) => [a.meta.title, k as keyof Routes]));
  const knew = new Map<string, string[]>();
  return {
    name: "routed-test-extractor",
    knew,
    extract(input, knowledge) {
      const key = titles.get(input.title)!;
      knew.set(
        key,
        ["lena-vogel", "omar-said"].filter((id) => knowledge.byId.has(id)),
      );
      return routes[key].extract(input, knowledge);
    },
  };
}

let dir: string;
let ledgerDir: string;
let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++));

/** Ingests an article as the explorer does: a dry run, then the add with the analyst's review. */
async function ingestReviewed(
  input: IngestInput,
  extractor: Extractor,
  decide: (keyOf: (type: RelationType) => string) => Partial<IngestReview>,
): Promise<IngestReport> {
  const options = { dataDir: DEFAULT_DATA_DIR, ledger: new IngestLedger(ledgerDir), extractor, now };
  const [preview] = (await ingestArticles([input], { ...options, dryRun: true })).reports;
  const keyOf = (type: RelationType): string => preview!.relations.find((r) => r.type === type)!.extracted.key;
  const review = { rejectedEntities: [], rejectedRelations: [], corrections: [], ...decide(keyOf) };
  return (await ingestArticles([{ ...input, review }], options)).reports[0]!;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "actorgraph-review-labels-"));
  ledgerDir = join(dir, "ingested");
  const a = await ingestReviewed(ARTICLES.A, THEN.A, (key) => ({
    rejectedEntities: ["kaja-brandt"],
    rejectedRelations: [key("MET")],
    corrections: [{ relation: key("OPPOSES"), type: "DEMANDED" }],
  }));
  expect(a.appliedReview).toMatchObject({ corrected: [expect.any(String)], dropped: [expect.any(String)] });
  await ingestReviewed(ARTICLES.B, THEN.B, (key) => ({ rejectedRelations: [key("THREATENED")] }));
  const options = { dataDir: DEFAULT_DATA_DIR, ledger: new IngestLedger(ledgerDir), extractor: THEN.C, now };
  await ingestArticles([ARTICLES.C], options);
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

const evaluate = (extractor: Extractor) => runEvaluation({ parts: ["reviews"], reviewsDir: ledgerDir, extractor });

test("the extractor that was reviewed scores what the reviews imply, overall and per rule", async () => {
  const extractor = routed(THEN);
  const { reviews } = await evaluate(extractor);
  expect(reviews!.articles.map((a) => a.title)).toEqual(["Vogel in Geneva", "Vogel in Oslo"]);
  expect(reviews!.ledgerArticles).toBe(3);
  expect(reviews!.overall.labels).toEqual({
    accepted: 2, // URGED in A, MET in B
    rejected: 3, // MET in A, CALLED in A (with Kaja Brandt), THREATENED in B
    withRejectedEntity: 1,
    corrected: 1, // OPPOSES → DEMANDED in A
    disputed: 1, // SUPPLIES in B, which a denial bears on: not asserted, so not judged
    entities: 7,
    rejectedEntities: 1,
  });
  const strict = reviews!.overall.relations.strict;
  // Hits: the two ticked; false positives: the three rejected and the corrected one as extracted; missed: its correction.
  expect(strict.scores.overall).toMatchObject({ tp: 2, fp: 4, fn: 1, precision: 2 / 6, recall: 2 / 3, f1: 4 / 9 });
  expect(strict.scores.byType.DEMANDED).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  expect(strict.scores.byType.OPPOSES).toMatchObject({ tp: 0, fp: 1, fn: 0 });
  expect(strict.rules.byType.scripted).toMatchObject({ tp: 2, fp: 4, fn: 1 });
  // Kaja Brandt was rejected: her extraction is a false positive, the other entities hits.
  expect(reviews!.overall.entities.overall).toMatchObject({ tp: 6, fp: 1, fn: 0 });
  expect(reviews!.articles[1]!.unjudged.relations).toEqual([expect.objectContaining({ type: "SUPPLIES" })]);
  expect(reviews!.overall.unjudged).toEqual({ entities: 0, relations: 1 });
  expect(reviews!.overall.extractedBy).toEqual(["scripted-test-extractor"]);
});

test("each article is extracted with what the graph knew when it was ingested", async () => {
  const extractor = routed(THEN);
  await evaluate(extractor);
  expect(Object.fromEntries(extractor.knew)).toEqual({ A: [], B: ["lena-vogel"] });
});

test("an extractor that learnt from the reviews scores full marks; what nobody judged is counted, not scored", async () => {
  const { reviews } = await evaluate(routed({ ...THEN, A: NOW_A }));
  const [a, b] = reviews!.articles;
  expect(a!.relations.strict.scores.overall).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  expect(a!.unjudged.relations).toEqual([
    expect.objectContaining({ type: "BRIEFED", source: "sergei-lavrov", target: "lena-vogel", sentence: A.briefed }),
  ]);
  expect(b!.relations.strict.scores.overall).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  expect(reviews!.overall.unjudged).toEqual({ entities: 0, relations: 2 });
});

test("the report says what the labels cover and scores per rule", async () => {
  const report = await evaluate(routed(THEN));
  const text = formatReport(report, true);
  expect(text).toContain("2 reviewed articles of 3 ingested");
  expect(text).toMatch(
    /6 extracted relations judged — 2 accepted, 3 rejected \(1 with a rejected entity\), 1 corrected \(1 more kept as a denial's claim, not judged\)/,
  );
  expect(text).toContain("not judged by any review, left out of the scores: 1 relation and 0 entities");
  expect(text).toMatch(/^ {2}scripted +2 +4 +0\.333 +1$/m);
  expect(text).toContain("missed relation  DEMANDED(lena-vogel → russia)");
});

test("a ledger without reviews says so", async () => {
  const plain = join(dir, "plain");
  const options = { dataDir: DEFAULT_DATA_DIR, ledger: new IngestLedger(plain), extractor: THEN.C, now };
  await ingestArticles([ARTICLES.C], options);
  await expect(runEvaluation({ parts: ["reviews"], reviewsDir: plain, extractor: THEN.C })).rejects.toThrow(
    NoReviewsError,
  );
});
