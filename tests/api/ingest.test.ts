// POST /api/articles: the API key, bad bodies, a dry run, an ingest that reaches the store and
// the search index, and a repeat that changes nothing.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import request from "supertest";
import type { Express } from "express";
import { createApp } from "../../server/api/app.js";
import { readConfig } from "../../server/config.js";
import { loadCuratedDataset } from "../../server/dataset/curated.js";
import { createLogger } from "../../server/logger.js";
import { EntityIndex } from "../../server/search/entity-index.js";
import { openEmbeddedStore } from "../../server/store/embedded/embedded-store.js";
import type { GraphStore } from "../../server/store/graph-store.js";
import { scriptedExtractor } from "../ingest/scripted-extractor.js";

const KEY = "test-key-0123456789abcdef";
const TEXT = "Ambassador Lena Vogel met Sergei Lavrov in Geneva on Monday.";
const body = { title: "Vogel meets Lavrov", outlet: "Test Wire", published: "2025-03-04", text: TEXT };

const extractor = scriptedExtractor({
  entities: [
    { id: "lena-vogel", name: "Lena Vogel", type: "Person", status: "new" },
    { id: "sergei-lavrov", name: "Sergei Lavrov", type: "Person", status: "existing" },
  ],
  relations: [
    { type: "MET", source: "lena-vogel", target: "sergei-lavrov", sentence: TEXT, trigger: "met", date: "2025-03-03" },
  ],
});

let dir: string;
let store: GraphStore;
let app: Express;

async function appWith(apiKey: string | null): Promise<Express> {
  const env: Record<string, string> = {
    ACTORGRAPH_DB: ":memory:",
    RATE_LIMIT_PER_MINUTE: "0",
    ACTORGRAPH_INGEST_DIR: join(dir, "ingested"),
  };
  if (apiKey) env.ACTORGRAPH_API_KEY = apiKey;
  const config = readConfig(env);
  return createApp({
    store,
    index: new EntityIndex(await store.entities()),
    config,
    logger: createLogger("silent"),
    extractor,
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "actorgraph-api-ingest-"));
  store = await openEmbeddedStore({ path: ":memory:" });
  await store.load(await loadCuratedDataset());
  app = await appWith(KEY);
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

test("without a configured key, ingestion over HTTP is off", async () => {
  const res = await request(await appWith(null))
    .post("/api/articles")
    .send(body)
    .expect(503);
  expect(res.body.detail).toMatch(/ACTORGRAPH_API_KEY/);
});

test("a missing or wrong key is refused and nothing is written", async () => {
  const before = await store.counts();
  await request(app).post("/api/articles").send(body).expect(401);
  await request(app).post("/api/articles").set("X-API-Key", "wrong-key-0123456789").send(body).expect(401);
  expect(await store.counts()).toEqual(before);
});

test("a bad body names each bad field", async () => {
  const res = await request(app)
    .post("/api/articles")
    .set("X-API-Key", KEY)
    .send({ title: "", text: "x", published: "March 4" })
    .expect(400);
  const named = new Set(res.body.errors.map((e: { parameter: string }) => e.parameter));
  expect([...named].sort()).toEqual(["published", "title"]);
});

test("a dry run previews, an ingest writes and is searchable, a repeat changes nothing", async () => {
  const preview = await request(app)
    .post("/api/articles")
    .set("X-API-Key", KEY)
    .send({ ...body, dryRun: true })
    .expect(200);
  expect(preview.body).toMatchObject({ dryRun: true, unchanged: false });
  expect(preview.body.relations[0]).toMatchObject({ type: "MET", status: "new", evidence: { sentence: TEXT } });
  await request(app).get("/api/entities/lena-vogel").expect(404);

  const added = await request(app).post("/api/articles").set("Authorization", `Bearer ${KEY}`).send(body).expect(201);
  const id = added.body.article.id as string;
  const entity = await request(app).get("/api/entities/lena-vogel").expect(200);
  expect(entity.body.entity ?? entity.body).toBeTruthy();
  const search = await request(app).get("/api/entities?q=vogel").expect(200);
  expect(JSON.stringify(search.body)).toContain("lena-vogel");
  const article = await request(app).get(`/api/articles/${id}`).expect(200);
  expect(article.body.article.text).toBe(TEXT);

  const counts = await store.counts();
  const again = await request(app).post("/api/articles").set("X-API-Key", KEY).send(body).expect(200);
  expect(again.body.unchanged).toBe(true);
  expect(await store.counts()).toEqual(counts);
});
