// The Cypher endpoint on Neo4j has walls beneath the guard: writes sent straight to the store's
// read path are refused by Neo4j's read access mode, file and network reads by its settings, a
// runaway query ends at the transaction timeout (504) and a greedy one at the transaction memory
// limit (422), and the app answers normally afterwards.

import request from "supertest";
import { WriteRefusedError } from "../../server/store/errors.js";
import { startHarness, type Harness } from "../api/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ CYPHER_TIMEOUT_MS: "1500", CYPHER_ROW_LIMIT: "50" }, "neo4j");
}, 120_000);
afterAll(() => h?.close());

const OPTIONS = { timeoutMs: 5_000, rowLimit: 10 };

test.each([
  "CREATE (:Person {id: 'intruder', name: 'X'})",
  "MATCH (p:Person {id: 'donald-trump'}) SET p.name = 'X'",
  "MATCH (p:Person {id: 'donald-trump'}) DETACH DELETE p",
  "CREATE INDEX intruder FOR (n:Person) ON (n.name)",
])("Neo4j itself refuses a write sent past the guard: %s", async (query) => {
  const before = await h.store.counts();
  await expect(h.store.cypher(query, {}, OPTIONS)).rejects.toBeInstanceOf(WriteRefusedError);
  expect(await h.store.counts()).toEqual(before);
  expect((await h.store.entity("donald-trump"))?.name).toBe("Donald Trump");
});

test.each([
  [
    "a local file",
    "LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line LIMIT 1",
    /allow_csv_import_from_file_urls/,
  ],
  ["a network address", "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS line RETURN line", /blocked/],
])("Neo4j itself refuses to read %s past the guard", async (_what, query, reason) => {
  await expect(h.store.cypher(query, {}, OPTIONS)).rejects.toThrow(reason);
});

test("a runaway query ends in a 504 through Neo4j's transaction timeout, and the next query works", async () => {
  const started = Date.now();
  const res = await request(h.app)
    .post("/api/cypher")
    .send({ query: "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*) AS n" });
  expect(res.status).toBe(504);
  expect(res.body.detail).toMatch(/time limit/);
  expect(Date.now() - started).toBeLessThan(10_000);
  const next = await request(h.app)
    .post("/api/cypher")
    .send({ query: "MATCH (s:State) RETURN count(s) AS n" })
    .expect(200);
  expect(next.body.rows[0].n).toBeGreaterThan(0);
});

test("a query past the transaction memory limit is stopped by Neo4j, not retried, and named", async () => {
  const started = Date.now();
  const greedy = "UNWIND range(1, $n) AS x WITH collect(x) AS xs RETURN size(xs) AS n";
  await expect(h.store.cypher(greedy, { n: 200_000_000 }, { timeoutMs: 60_000, rowLimit: 1 })).rejects.toMatchObject({
    name: "QueryLimitError",
    limit: "memory",
  });
  // Through the API, with a time budget long enough for the memory limit to be what stops it.
  const patient = await startHarness({ CYPHER_TIMEOUT_MS: "60000" }, "neo4j");
  try {
    const res = await request(patient.app)
      .post("/api/cypher")
      .send({ query: greedy, params: { n: 200_000_000 } });
    expect(res.status).toBe(422);
    expect(res.body.detail).toMatch(/memory limit/);
    await request(patient.app).get("/api/health").expect(200);
  } finally {
    await patient.close();
  }
  // One failure each, no retries: a retried transaction would take several times as long.
  expect(Date.now() - started).toBeLessThan(60_000);
  await request(h.app).get("/api/health").expect(200);
});

// Neo4j Community has no roles: its one user may run these even in read access mode (checked by
// hand: TERMINATE TRANSACTIONS, SHOW USERS, dbms.listConfig all answer), so the guard is the only
// wall here, and this test keeps it standing.
test.each([
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "SHOW USERS",
  "SHOW TRANSACTIONS",
  "CALL dbms.listConfig() YIELD name, value RETURN name, value",
])("the guard refuses what Neo4j Community would allow a read session: %s", async (query) => {
  const res = await request(h.app).post("/api/cypher").send({ query });
  expect(res.status).toBe(403);
  expect(res.body.detail).toMatch(/not allowed/);
});
