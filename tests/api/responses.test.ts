// Every read endpoint's answer checked against its response schema in graph-schema (strict, so
// a field the contract does not declare fails), and the OpenAPI document carrying those schemas.

import request from "supertest";
import type { z } from "zod";
import {
  ArticleDetailResponse,
  ArticleListResponse,
  CypherResponse,
  DisputeListResponse,
  EntityDetailResponse,
  EntitySearchResponse,
  HealthResponse,
  PathsResponse,
  RelationPage,
  RelationResponse,
  SchemaResponse,
  SerializedSubgraph,
} from "../../graph-schema/index.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(() => h?.close());

const ARTICLE = "000_ae70984ab181cade";

async function conforms(path: string, schema: z.ZodType): Promise<void> {
  const res = await request(h.app).get(path).expect(200);
  const checked = schema.safeParse(res.body);
  if (!checked.success) throw new Error(`${path}: ${checked.error.message}`);
}

const CASES: [string, z.ZodType][] = [
  ["/api/health", HealthResponse],
  ["/api/schema", SchemaResponse],
  ["/api/entities?q=lavrov", EntitySearchResponse],
  ["/api/entities?type=State", EntitySearchResponse],
  ["/api/entities/russia", EntityDetailResponse],
  ["/api/entities/sergei-lavrov", EntityDetailResponse],
  ["/api/subgraph?seeds=vladimir-putin&depth=2", SerializedSubgraph],
  ["/api/subgraph", SerializedSubgraph],
  ["/api/paths?from=donald-trump&to=abbas-araghchi", PathsResponse],
  ["/api/relations?limit=200", RelationPage],
  ["/api/relations?disputed=true", RelationPage],
  ["/api/articles", ArticleListResponse],
  [`/api/articles/${ARTICLE}`, ArticleDetailResponse],
  ["/api/disputes", DisputeListResponse],
];

test.each(CASES)("%s answers in its declared shape", conforms);

test("every relation by id answers in its declared shape", async () => {
  const page = RelationPage.parse((await request(h.app).get("/api/relations?limit=1000").expect(200)).body);
  expect(page.items.length).toBeGreaterThan(50);
  for (const r of page.items.slice(0, 20)) await conforms(`/api/relations/${r.id}`, RelationResponse);
});

test("a Cypher answer is in its declared shape", async () => {
  const res = await request(h.app)
    .post("/api/cypher")
    .send({ query: "MATCH (p:Person)-[r:MET]->(q) RETURN p, r, q LIMIT 5" })
    .expect(200);
  const body = CypherResponse.parse(res.body);
  expect(body.graph.edges.length).toBeGreaterThan(0);
});

test("the OpenAPI document describes each response with its schema, not a bare object", async () => {
  const doc = (await request(h.app).get("/api/openapi.json").expect(200)).body as {
    paths: Record<string, { get?: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>;
  };
  for (const path of ["/entities/{id}", "/subgraph", "/relations", "/overview", "/timeline", "/health"]) {
    const schema = doc.paths[path]!.get!.responses["200"]!.content["application/json"]!.schema as {
      type?: string;
      properties?: object;
    };
    expect(schema.properties).toBeDefined();
    expect(Object.keys(schema.properties!).length).toBeGreaterThan(1);
  }
});
