// POST /api/cypher on the embedded engine: reads work with parameters, every kind of write
// or file access is refused before the engine sees it, nothing is written, runaway queries stop.

import request from "supertest";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ CYPHER_TIMEOUT_MS: "1500", CYPHER_ROW_LIMIT: "50" });
});
afterAll(() => h.close());

const cypher = (query: string, params: Record<string, unknown> = {}) =>
  request(h.app).post("/api/cypher").send({ query, params });

test("a read with parameters returns columns, rows and the graph of what it returned", async () => {
  const res = await cypher("MATCH (a:Person {id: $id})-[r:CALLED]-(b:Person) RETURN a, r, b.name AS other", {
    id: "donald-trump",
  }).expect(200);
  expect(res.body.columns).toEqual(["a", "r", "other"]);
  expect(res.body.rows[0].other).toBe("Vladimir Putin");
  expect(res.body.graph.nodes.map((n: { key: string }) => n.key)).toEqual(expect.arrayContaining(["donald-trump"]));
  expect(res.body.graph.edges[0].attributes.relationType).toBe("CALLED");
});

test("the row limit cuts and says so", async () => {
  const res = await cypher("UNWIND range(1, 500) AS x RETURN x").expect(200);
  expect(res.body.rows).toHaveLength(50);
  expect(res.body.truncated).toBe(true);
});

const refused = [
  "CREATE (:Person {id: 'x', name: 'X'})",
  "MATCH (p:Person) SET p.name = 'X'",
  "MATCH (p:Person {id: 'donald-trump'}) DETACH DELETE p",
  "MERGE (p:Person {id: 'x'})",
  "MATCH (p:Person) REMOVE p.name",
  "DROP TABLE Person",
  "MATCH (p:Person) RETURN p; CREATE (:Person {id: 'y'})",
  "LOAD FROM '/etc/passwd' (file_format='csv', delim=':') RETURN *",
  "COPY (MATCH (p:Person) RETURN p.id) TO '/tmp/leak.csv'",
  "EXPORT DATABASE '/tmp/leak'",
  "IMPORT DATABASE '/tmp/leak'",
  "INSTALL fts",
  "LOAD EXTENSION '/tmp/x.so'",
  "ATTACH '/tmp/other.lbug' AS other (dbtype lbug)",
  "CHECKPOINT",
  "CALL threads=1",
  "CALL var_length_extend_max_depth=100",
  "BEGIN TRANSACTION",
  "UNWIND range(1, 2000000000) AS x RETURN count(x)",
  "match (p:Person) /* harmless? */ set p.name = 'X'",
];

test.each(refused)("refused, nothing written: %s", async (query) => {
  const before = await h.store.counts();
  const res = await cypher(query);
  expect([400, 403]).toContain(res.status);
  expect(res.body.detail).toMatch(/refused|not allowed|read-only/i);
  expect(await h.store.counts()).toEqual(before);
  expect((await h.store.entity("donald-trump"))?.name).toBe("Donald Trump");
});

test("a syntax error comes back with the engine's message", async () => {
  const res = await cypher("MATCH (n:Person RETURN n").expect(400);
  expect(res.body.detail).toMatch(/Parser exception|syntax|Invalid/i);
});

test("a runaway query is stopped and the server keeps answering", async () => {
  const started = Date.now();
  // 10^10 rows streamed into one count: far past the 1.5 s budget, with little memory.
  const res = await cypher(
    "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x, y WHERE (x * y) % 7 = 3 RETURN count(*) AS n",
  );
  expect([400, 504]).toContain(res.status);
  expect(Date.now() - started).toBeLessThan(10_000);
  await request(h.app).get("/api/health").expect(200);
});

test("an unbounded variable-length pattern is refused or capped, never left running", async () => {
  const res = await cypher("MATCH p = (a)-[*]-(b) RETURN count(*) AS n");
  expect([200, 400, 403, 422, 504]).toContain(res.status);
  await request(h.app).get("/api/health").expect(200);
});

test("bad bodies are 400s that name the problem", async () => {
  const empty = await request(h.app).post("/api/cypher").send({ query: "" }).expect(400);
  expect(empty.body.errors[0].parameter).toBe("query");
  const json = await request(h.app)
    .post("/api/cypher")
    .set("content-type", "application/json")
    .send("{not json")
    .expect(400);
  expect(json.body.detail).toMatch(/JSON/);
  const big = await request(h.app)
    .post("/api/cypher")
    .send({ query: "RETURN 1", params: { pad: "x".repeat(200_000) } });
  expect(big.status).toBe(413);
});
