// /api/health, /api/schema, /api/openapi.json and /api/docs on the real app.

import request from "supertest";
import { RELATION_TYPE_DEFS } from "../../graph-schema/index.js";
import { currentTestEngine } from "../support/test-engine.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

test("health reports the engine and what it holds", async () => {
  const res = await request(h.app).get("/api/health").expect(200);
  expect(res.body).toMatchObject({
    status: "ok",
    engine: currentTestEngine(),
    counts: {
      entities: h.dataset.entities.length,
      relations: h.dataset.relations.length,
      articles: h.dataset.articles.length,
      disputes: h.dataset.disputes.length,
    },
  });
  expect(res.headers["x-content-type-options"]).toBe("nosniff");
  expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
});

test("schema lists the vocabulary with CAMEO codes and colour families", async () => {
  const res = await request(h.app).get("/api/schema").expect(200);
  expect(res.body.relationTypes).toHaveLength(RELATION_TYPE_DEFS.length);
  expect(res.body.relationTypes).toContainEqual(
    expect.objectContaining({ type: "OFFERED_MEDIATION", cameo: "039", goldstein: 5, family: "verbal-cooperation" }),
  );
  expect(res.body.nodeLabels.map((l: { label: string }) => l.label)).toEqual(
    expect.arrayContaining(["Person", "State", "Organization", "Place", "Article"]),
  );
});

test("the OpenAPI document is valid OpenAPI 3.1 and covers every endpoint", async () => {
  const res = await request(h.app).get("/api/openapi.json").expect(200);
  const { Validator } = await import("@seriousme/openapi-schema-validator");
  const result = await new Validator().validate(res.body);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
  expect(Object.keys(res.body.paths)).toEqual(
    expect.arrayContaining([
      "/health",
      "/entities",
      "/subgraph",
      "/paths",
      "/relations",
      "/articles",
      "/disputes",
      "/cypher",
      "/export",
    ]),
  );
  const subgraph = res.body.paths["/subgraph"].get.parameters.map((p: { name: string }) => p.name);
  expect(subgraph).toEqual(
    expect.arrayContaining(["seeds", "depth", "relationTypes", "from", "to", "minConfidence", "limit"]),
  );
});

test("the docs page is HTML generated from the document", async () => {
  const res = await request(h.app).get("/api/docs").expect(200);
  expect(res.headers["content-type"]).toMatch(/html/);
  expect(res.text).toContain("/api/subgraph");
  expect(res.text).not.toMatch(/<script/i);
});

test("the front page leads somewhere useful", async () => {
  const res = await request(h.app).get("/");
  expect([200, 302]).toContain(res.status);
  if (res.status === 302) expect(res.headers.location).toBe("/api/docs");
});

test("an unknown endpoint is a 404 problem", async () => {
  const res = await request(h.app).get("/api/nope").expect(404);
  expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
  expect(res.body).toMatchObject({ status: 404, title: "Not Found" });
});
