// /api/relations, /api/articles and /api/disputes: facts with their evidence, documents with
// what was drawn from them, and both sides of each disagreement.

import request from "supertest";
import type { Relation } from "../../graph-schema/index.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

test("relations filtered by type and entity, each with its evidence", async () => {
  const res = await request(h.app).get("/api/relations").query({ type: "MET", entity: "sergei-lavrov" }).expect(200);
  expect(res.body.total).toBeGreaterThanOrEqual(2);
  for (const r of res.body.items as Relation[]) {
    expect(r.type).toBe("MET");
    expect([r.source, r.target]).toContain("sergei-lavrov");
    expect(r.evidence.length).toBeGreaterThan(0);
  }
});

test("relations filtered by date, source article and dispute status", async () => {
  const feb = await request(h.app).get("/api/relations").query({ from: "2025-02-12", to: "2025-02-12" }).expect(200);
  expect(feb.body.items.map((r: Relation) => r.type)).toContain("CALLED");
  const article = h.dataset.articles[1]!.id;
  const bySource = await request(h.app).get("/api/relations").query({ source: article }).expect(200);
  expect(bySource.body.items.every((r: Relation) => r.sources.includes(article))).toBe(true);
  const disputed = await request(h.app).get("/api/relations").query({ disputed: "true" }).expect(200);
  expect(disputed.body.total).toBe(h.dataset.relations.filter((r) => r.disputed).length);
});

test("one relation with all its evidence; evidence offsets point into the article", async () => {
  const known = h.dataset.relations.find((r) => r.evidence.length > 1)!;
  const res = await request(h.app).get(`/api/relations/${known.id}`).expect(200);
  expect(res.body).toEqual(known);
  const ev = res.body.evidence[0];
  const article = await request(h.app).get(`/api/articles/${ev.article}`).expect(200);
  expect(article.body.article.text.slice(ev.start, ev.end)).toBe(ev.sentence);
  await request(h.app).get("/api/relations/r-0000000000000000").expect(404);
});

test("articles: metadata list, then one with its text, relations and mentions", async () => {
  const list = await request(h.app).get("/api/articles").expect(200);
  expect(list.body.total).toBe(3);
  expect(list.body.items[0]).not.toHaveProperty("text");
  const id = list.body.items[0].id;
  const one = await request(h.app).get(`/api/articles/${id}`).expect(200);
  expect(one.body.article.text.length).toBeGreaterThan(1000);
  expect(one.body.relations.length).toBeGreaterThan(5);
  expect(one.body.relations.every((r: Relation) => r.sources.includes(id))).toBe(true);
  expect(one.body.mentions.length).toBeGreaterThan(3);
  await request(h.app).get("/api/articles/nope").expect(404);
});

test("disputes: each side with its evidence, and the relations involved", async () => {
  const res = await request(h.app).get("/api/disputes").expect(200);
  expect(res.body.total).toBe(h.dataset.disputes.length);
  for (const d of res.body.items) {
    expect(d.claims.length).toBeGreaterThanOrEqual(2);
    for (const c of d.claims) expect(c.evidence[0].sentence.length).toBeGreaterThan(10);
  }
  const unprompted = res.body.items.find((d: { id: string }) => d.id === "russia-offer-unprompted");
  expect(unprompted.relations.length).toBeGreaterThan(0);
});
