// POST /api/articles with a review: rejected entities and relations are not merged (a rejected
// entity takes its relations with it), a corrected relation is merged as corrected, the review
// is kept with the article so a rebuild or a re-ingest does not bring a rejection back, and a
// review naming what the extraction did not produce is a 400 that writes nothing.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import request from "supertest";
import type { Express } from "express";
import {
  extractedRelationKey,
  MAX_REVIEW_ITEMS,
  type IngestReport,
  type IngestReview,
} from "../../graph-schema/index.js";
import { createApp } from "../../server/api/app.js";
import { readConfig } from "../../server/config.js";
import { loadCuratedDataset } from "../../server/dataset/curated.js";
import { createLogger } from "../../server/logger.js";
import { loadGraphDataset } from "../../server/ingest/graph-dataset.js";
import { EntityIndex } from "../../server/search/entity-index.js";
import type { GraphStore } from "../../server/store/graph-store.js";
import { scriptedExtractor } from "../ingest/scripted-extractor.js";
import { openTestStore, testEngineEnv } from "../support/test-engine.js";

// A first ingestion builds the merged graph from the corpus; on Neo4j under load that is slow.
jest.setTimeout(120_000);

const KEY = "test-key-0123456789abcdef";
const MEETING = "Ambassador Lena Vogel met Sergei Lavrov in Geneva on Monday.";
const CRITICISM = "Lena Vogel criticised Russia over the strikes.";
const CALL = "Kaja Brandt called Lavrov on Tuesday.";
const TEXT = `${MEETING} ${CRITICISM} ${CALL}`;
const body = { title: "Vogel meets Lavrov", outlet: "Test Wire", published: "2025-03-04", text: TEXT };

const extractor = scriptedExtractor({
  entities: [
    { id: "lena-vogel", name: "Lena Vogel", type: "Person", status: "new" },
    { id: "sergei-lavrov", name: "Sergei Lavrov", type: "Person", status: "existing" },
    { id: "russia", name: "Russia", type: "State", status: "existing" },
    { id: "kaja-brandt", name: "Kaja Brandt", type: "Person", status: "new" },
  ],
  relations: [
    { type: "MET", source: "lena-vogel", target: "sergei-lavrov", sentence: MEETING, trigger: "met" },
    { type: "OPPOSES", source: "lena-vogel", target: "russia", sentence: CRITICISM, trigger: "criticised" },
    { type: "CALLED", source: "kaja-brandt", target: "sergei-lavrov", sentence: CALL, trigger: "called" },
  ],
});

const span = (sentence: string) => ({ start: TEXT.indexOf(sentence), end: TEXT.indexOf(sentence) + sentence.length });
const MET_KEY = extractedRelationKey({
  type: "MET",
  source: "lena-vogel",
  target: "sergei-lavrov",
  sentence: span(MEETING),
});
const OPPOSES_KEY = extractedRelationKey({
  type: "OPPOSES",
  source: "lena-vogel",
  target: "russia",
  sentence: span(CRITICISM),
});
const CALLED_KEY = extractedRelationKey({
  type: "CALLED",
  source: "kaja-brandt",
  target: "sergei-lavrov",
  sentence: span(CALL),
});

const REVIEW: IngestReview = {
  rejectedEntities: ["kaja-brandt"],
  rejectedRelations: [MET_KEY],
  corrections: [{ relation: OPPOSES_KEY, type: "DEMANDED" }],
};

let dir: string;
let store: GraphStore;
let app: Express;

async function appOn(ingestDir: string): Promise<Express> {
  const config = readConfig({
    ACTORGRAPH_DB: ":memory:",
    RATE_LIMIT_PER_MINUTE: "0",
    ACTORGRAPH_INGEST_DIR: ingestDir,
    ACTORGRAPH_API_KEY: KEY,
    ...testEngineEnv(),
  });
  const index = new EntityIndex(await store.entities());
  return createApp({ store, index, config, logger: createLogger("silent"), extractor });
}

const post = (payload: object) => request(app).post("/api/articles").set("X-API-Key", KEY).send(payload);

/** Relation types the store holds between two entities, either way round. */
async function typesBetween(a: string, b: string): Promise<string[]> {
  const relations = await store.relationsOf(a);
  return relations
    .filter((r) => r.source === b || r.target === b)
    .map((r) => r.type)
    .sort();
}

// One store for the file (opening Neo4j is slow), reset to the corpus before each test.
beforeAll(async () => {
  store = await openTestStore();
});

afterAll(() => store.close());

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "actorgraph-api-review-"));
  await store.load(await loadCuratedDataset(), { reset: true });
  app = await appOn(join(dir, "ingested"));
});

afterEach(() => rm(dir, { recursive: true, force: true }));

test("a dry run gives each entity its extracted id and each relation its review key", async () => {
  const res = await post({ ...body, dryRun: true }).expect(200);
  const report = res.body as IngestReport;
  expect(report.entities.map((e) => e.extractedId).sort()).toEqual([
    "kaja-brandt",
    "lena-vogel",
    "russia",
    "sergei-lavrov",
  ]);
  expect(report.relations.map((r) => r.extracted.key).sort()).toEqual([CALLED_KEY, MET_KEY, OPPOSES_KEY].sort());
  expect(report.appliedReview).toBeNull();
});

test("rejected relations and entities are not merged; a corrected type is merged as corrected", async () => {
  const res = await post({ ...body, review: REVIEW }).expect(201);
  const report = res.body as IngestReport;
  expect(report.relations.map((r) => [r.type, r.corrected, r.extracted.key])).toEqual([
    ["DEMANDED", true, OPPOSES_KEY],
  ]);
  expect(report.entities.map((e) => e.extractedId)).not.toContain("kaja-brandt");
  expect(report.appliedReview).toEqual({
    rejectedEntities: ["kaja-brandt"],
    rejectedRelations: [MET_KEY],
    corrected: [OPPOSES_KEY],
    dropped: [CALLED_KEY],
  });
  expect(report.warnings.join(" ")).toMatch(/1 relation\(s\) dropped because an entity they need was rejected/);

  expect(await typesBetween("lena-vogel", "russia")).toEqual(["DEMANDED"]);
  expect(await typesBetween("lena-vogel", "sergei-lavrov")).toEqual([]);
  await request(app).get("/api/entities/kaja-brandt").expect(404);
});

test("the review stays with the article: a rebuild and a re-ingest do not bring a rejection back", async () => {
  const ingested = join(dir, "ingested");
  await post({ ...body, review: REVIEW }).expect(201);
  const again = await post(body).expect(200);
  expect(again.body.unchanged).toBe(true);

  const rebuilt = await loadGraphDataset(join(process.cwd(), "data"), ingested);
  const fromVogel = rebuilt.relations.filter((r) => r.source === "lena-vogel").map((r) => r.type);
  expect(fromVogel).toEqual(["DEMANDED"]);
  expect(rebuilt.entities.some((e) => e.id === "kaja-brandt")).toBe(false);

  // The article and its extraction gone, the review kept: extracting the text again applies it.
  await rm(join(ingested, "articles"), { recursive: true });
  await rm(join(ingested, "extractions"), { recursive: true });
  await store.load(await loadCuratedDataset(), { reset: true });
  app = await appOn(ingested);
  const rerun = await post(body).expect(201);
  expect((rerun.body as IngestReport).relations.map((r) => r.type)).toEqual(["DEMANDED"]);
  expect(await typesBetween("lena-vogel", "sergei-lavrov")).toEqual([]);
});

test("a corrected end is merged between the new ends", async () => {
  const review = { corrections: [{ relation: MET_KEY, target: "russia", type: "DISCUSSED" }] };
  const res = await post({ ...body, review }).expect(201);
  const corrected = (res.body as IngestReport).relations.find((r) => r.extracted.key === MET_KEY);
  expect(corrected).toMatchObject({ type: "DISCUSSED", source: "lena-vogel", target: "russia", corrected: true });
  expect(await typesBetween("lena-vogel", "sergei-lavrov")).toEqual([]);
});

test.each([
  ["an entity not extracted", { rejectedEntities: ["nobody"] }, /no entity "nobody" was extracted/],
  ["a relation not extracted", { rejectedRelations: ["MET:a>b@0-1"] }, /no relation "MET:a>b@0-1" was extracted/],
  ["a correction to an end not extracted", { corrections: [{ relation: MET_KEY, target: "x" }] }, /no entity "x"/],
  [
    "a type its ends do not allow",
    { corrections: [{ relation: MET_KEY, type: "LOCATED_IN" }] },
    /LOCATED_IN does not go from a Person to a Person/,
  ],
  [
    "a correction to a rejected end",
    { rejectedEntities: ["russia"], corrections: [{ relation: MET_KEY, target: "russia" }] },
    /the target "russia" is rejected/,
  ],
  ["an unknown type", { corrections: [{ relation: MET_KEY, type: "HUGGED" }] }, /corrections\.0\.type/],
  ["an empty correction", { corrections: [{ relation: MET_KEY }] }, /a correction gives a new type, source or target/],
  [
    "too many items",
    { rejectedRelations: Array.from({ length: MAX_REVIEW_ITEMS + 1 }, (_, i) => `k${i}`) },
    /rejectedRelations/,
  ],
])("a review naming %s is a 400 and nothing is written", async (_what, review, message) => {
  const before = await store.counts();
  const res = await post({ ...body, review }).expect(400);
  expect(`${res.body.detail} ${JSON.stringify(res.body.errors)}`).toMatch(message);
  expect(await store.counts()).toEqual(before);
  await request(app).get("/api/entities/lena-vogel").expect(404);
});
