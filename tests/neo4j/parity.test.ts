// Engine parity: the curated corpus loaded into the embedded engine and into Neo4j, and the same
// read requests sent to both apps; after normalising order, every answer must be identical.
// A difference is a bug in one engine, never a tolerance: only raw user Cypher may differ
// (README, "Cypher dialects"; tests/neo4j/dialects.test.ts).

import request from "supertest";
import { startHarness, type Harness } from "../api/harness.js";
import { normaliseForParity } from "./parity-normalise.js";

let embedded: Harness;
let neo4j: Harness;

beforeAll(async () => {
  [embedded, neo4j] = await Promise.all([startHarness({}, "embedded"), startHarness({}, "neo4j")]);
}, 120_000);
afterAll(async () => {
  await Promise.all([embedded?.close(), neo4j?.close()]);
});

const ARTICLE = "000_ae70984ab181cade";

/** Every read endpoint, each filter of the subgraph, paging, and every export format. */
const REQUESTS: string[] = [
  "/api/subgraph",
  "/api/subgraph?limit=5",
  "/api/subgraph?seeds=vladimir-putin&depth=1",
  "/api/subgraph?seeds=vladimir-putin&depth=2",
  "/api/subgraph?seeds=russia&depth=2&include=evidenceCount",
  "/api/subgraph?seeds=donald-trump&depth=3&limit=20",
  "/api/subgraph?seeds=iran,united-states&depth=1&limit=10",
  "/api/subgraph?seeds=russia&depth=1&relationTypes=SANCTIONS,INVADED",
  "/api/subgraph?seeds=russia&depth=1&entityTypes=Person",
  "/api/subgraph?seeds=russia&depth=2&entityTypes=Person,State",
  "/api/subgraph?seeds=russia&depth=1&from=2025-02-18&to=2025-02-18",
  "/api/subgraph?seeds=russia&depth=1&from=2025-02",
  "/api/subgraph?seeds=russia&depth=1&to=2024",
  "/api/subgraph?seeds=russia&depth=1&minConfidence=0.9",
  `/api/subgraph?seeds=russia&depth=2&sources=${ARTICLE}`,
  "/api/paths?from=donald-trump&to=abbas-araghchi",
  "/api/paths?from=vladimir-putin&to=abbas-araghchi&maxLength=2",
  "/api/paths?from=donald-trump&to=sergei-lavrov&relationTypes=MET,CALLED,HOLDS_ROLE",
  "/api/paths?from=marco-rubio&to=dmitry-peskov&limit=1",
  `/api/paths?from=donald-trump&to=sergei-lavrov&entityTypes=Person,State&dateFrom=2025-02&dateTo=2025-03&sources=${ARTICLE}&minConfidence=0.5&maxLength=6`,
  "/api/relations",
  "/api/relations?limit=5&offset=5",
  "/api/relations?entity=russia&other=united-states",
  "/api/overview",
  "/api/overview?limit=5",
  "/api/overview?relationTypes=MET,CALLED&entityTypes=Person,State",
  "/api/overview?from=2025-02&to=2025-03&minConfidence=0.8",
  `/api/overview?sources=${ARTICLE}`,
  "/api/timeline",
  "/api/timeline?precision=day&relationTypes=MET,CALLED",
  "/api/timeline?precision=year",
  "/api/relations?type=CALLED",
  "/api/relations?entity=russia&limit=20",
  "/api/relations?disputed=true",
  "/api/relations?from=2025-02&to=2025-02",
  `/api/relations?source=${ARTICLE}`,
  "/api/entities?q=peskow",
  "/api/entities?q=lavrov",
  "/api/entities?q=kremlin",
  "/api/entities?type=State",
  "/api/entities/russia",
  "/api/entities/dmitry-peskov",
  "/api/entities/nobody-at-all",
  "/api/disputes",
  "/api/articles",
  `/api/articles/${ARTICLE}`,
  "/api/export?format=json&seeds=russia",
  "/api/export?format=gexf&seeds=russia",
  "/api/export?format=gexf&gexfVersion=1.3",
  "/api/export?format=graphml&seeds=iran",
  "/api/export?format=graphml&graphmlFlavour=networkx",
  "/api/export?format=csv&part=nodes",
  "/api/export?format=csv&part=edges&seeds=russia",
  "/api/schema",
];

async function answer(h: Harness, path: string): Promise<{ status: number; body: unknown }> {
  const res = await request(h.app).get(path);
  const json = (res.headers["content-type"] ?? "").includes("json");
  return { status: res.status, body: json ? res.body : res.text };
}

test("two apps on two engines, and at least 30 requests over every read endpoint", async () => {
  expect((await embedded.store.describe()).engine).toBe("embedded");
  expect((await neo4j.store.describe()).engine).toBe("neo4j");
  expect(REQUESTS.length).toBeGreaterThanOrEqual(30);
});

test.each(REQUESTS)("%s answers the same on both engines", async (path) => {
  const [a, b] = await Promise.all([answer(embedded, path), answer(neo4j, path)]);
  expect(b.status).toBe(a.status);
  // Only the deliberately unknown entity may be an error.
  expect(a.status).toBe(path.endsWith("nobody-at-all") ? 404 : 200);
  const paged = /^\/api\/(relations|entities)\?/.test(path);
  expect(normaliseForParity(b.body, paged)).toEqual(normaliseForParity(a.body, paged));
});

test("a relation by id, and the health counts, agree", async () => {
  const list = (await request(embedded.app).get("/api/relations?limit=1000").expect(200)).body.items as {
    id: string;
  }[];
  expect(list.length).toBeGreaterThan(50);
  for (const { id } of list.slice(0, 10)) {
    const [a, b] = await Promise.all([answer(embedded, `/api/relations/${id}`), answer(neo4j, `/api/relations/${id}`)]);
    expect(b).toEqual(a);
    const page = `/api/relations/${id}/evidence?limit=1&offset=0`;
    expect(await answer(neo4j, page)).toEqual(await answer(embedded, page));
  }
  const health = async (h: Harness) => {
    const body = (await request(h.app).get("/api/health").expect(200)).body;
    return { counts: body.counts, searchIndex: body.searchIndex };
  };
  expect(await health(neo4j)).toEqual(await health(embedded));
});
