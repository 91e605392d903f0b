// Whatever arrives, the API answers with a 2xx/4xx and keeps serving: a seeded random walk
// over every endpoint with hostile parameters, plus the rate limit.

import request from "supertest";
import { seededRandom as rng } from "../../graph-schema/seeded-random.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ CYPHER_TIMEOUT_MS: "1000" });
});
afterAll(() => h.close());

const PATHS = [
  "/api/entities",
  "/api/entities/russia",
  "/api/entities/%00",
  "/api/subgraph",
  "/api/paths",
  "/api/relations",
  "/api/relations/x",
  "/api/articles",
  "/api/articles/..%2F..%2Fetc",
  "/api/disputes",
  "/api/export",
  "/api/health",
  "/api/schema",
];
const KEYS = [
  "q",
  "type",
  "limit",
  "offset",
  "seeds",
  "depth",
  "relationTypes",
  "entityTypes",
  "from",
  "to",
  "sources",
  "minConfidence",
  "maxLength",
  "format",
  "part",
  "entity",
  "source",
  "disputed",
  "__proto__",
  "constructor",
];
const VALUES = [
  "",
  "russia",
  "vladimir-putin,iran",
  "-1",
  "0",
  "1",
  "3",
  "99999999999999999999",
  "1e308",
  "NaN",
  "null",
  "true",
  "2025-02",
  "2025-13-45",
  "MET,CALLED",
  "Person",
  "gexf",
  "csv",
  "' OR 1=1 --",
  "MATCH (n) DETACH DELETE n",
  "\u0000",
  "💥",
  "ä".repeat(300),
  "x".repeat(5000),
  "[]",
  "{}",
  "%",
  "../../etc/passwd",
];

function randomQuery(next: () => number): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  const n = Math.floor(next() * 5);
  for (let i = 0; i < n; i++) {
    const key = KEYS[Math.floor(next() * KEYS.length)]!;
    const value = VALUES[Math.floor(next() * VALUES.length)]!;
    query[key] = next() < 0.15 ? [value, value] : value;
  }
  return query;
}

test("3,000 random requests: never a 5xx", async () => {
  const next = rng(20250218);
  const failures: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const path = PATHS[Math.floor(next() * PATHS.length)]!;
    const query = randomQuery(next);
    const res = await request(h.app).get(path).query(query);
    if (res.status >= 500) failures.push(`${res.status} ${path} ${JSON.stringify(query)} ${res.text.slice(0, 200)}`);
  }
  expect(failures).toEqual([]);
}, 120_000);

test("random Cypher bodies: never a 5xx, nothing written", async () => {
  const next = rng(7);
  const before = await h.store.counts();
  const pieces = [
    "MATCH (n)",
    "RETURN n",
    "CREATE (x)",
    "WITH 1 AS x",
    "'unterminated",
    "/*",
    "*/",
    ";",
    "CALL",
    "show_tables()",
    "$p",
    "{",
    "}",
    "LIMIT 5",
    "UNWIND [1,2] AS y",
    "DELETE n",
    "-[r]->",
    "(m:Person)",
  ];
  for (let i = 0; i < 300; i++) {
    const query = Array.from(
      { length: 1 + Math.floor(next() * 6) },
      () => pieces[Math.floor(next() * pieces.length)],
    ).join(" ");
    const res = await request(h.app)
      .post("/api/cypher")
      .send({ query, params: { p: 1 } });
    expect(res.status).toBeLessThan(500);
  }
  expect(await h.store.counts()).toEqual(before);
}, 120_000);

test("the rate limit answers 429 past its budget", async () => {
  const limited = await startHarness({ RATE_LIMIT_PER_MINUTE: "5" });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await request(limited.app).get("/api/schema")).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  } finally {
    await limited.close();
  }
});
