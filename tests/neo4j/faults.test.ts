// Faults against a real Neo4j of this file's own (started here, so it can be stopped): the server
// stopping under a running app (503s with a reason, not 500s or hangs), coming back (the app
// recovers without a restart), and start-up against a wrong password, a closed port and a port
// that never speaks Bolt (one line naming the URI, exit 2, within seconds).

import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server, type Socket } from "node:net";
import { freeLoopbackPort } from "../../server/child-processes.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import request from "supertest";
import { createApp } from "../../server/api/app.js";
import { readConfig } from "../../server/config.js";
import { loadCuratedDataset } from "../../server/dataset/curated.js";
import { createLogger } from "../../server/logger.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../server/neo4j-local/launch.js";
import { EntityIndex } from "../../server/search/entity-index.js";
import type { GraphStore } from "../../server/store/graph-store.js";
import { openNeo4jStore } from "../../server/store/neo4j/neo4j-store.js";
import { runCli } from "../support/cli.js";

/** `stats` against the server `env` names (not the test run's). */
const stats = (env: Record<string, string>) => runCli(["stats"], { NEO4J_USER: "neo4j", ...env }, 60_000);

const PASSWORD = "faults-test-pw";
let home: string;
let port: number;
let neo4j: LocalNeo4j;
let store: GraphStore;

const start = () => startLocalNeo4j({ home, port, password: PASSWORD, heapMb: 512, pageCacheMb: 64 });

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "actorgraph-faults-neo4j-"));
  port = await freeLoopbackPort();
  neo4j = await start();
  store = await openNeo4jStore({ uri: neo4j.uri, user: "neo4j", password: PASSWORD, database: "neo4j" });
  await store.load(await loadCuratedDataset(), { reset: true });
}, 240_000);

afterAll(async () => {
  await store?.close().catch(() => undefined);
  await neo4j?.stop();
  await rm(home, { recursive: true, force: true });
}, 120_000);

test("Neo4j stopping under a running app gives 503s with a reason; its return is picked up without a restart", async () => {
  const config = readConfig({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: PASSWORD, RATE_LIMIT_PER_MINUTE: "0" });
  const app = createApp({
    store,
    index: new EntityIndex(await store.entities()),
    config,
    logger: createLogger("silent"),
  });
  await request(app).get("/api/health").expect(200);
  await request(app).get("/api/entities/russia").expect(200);

  await neo4j.stop();
  for (const path of ["/api/health", "/api/entities/russia", "/api/subgraph?seeds=russia", "/api/relations"]) {
    const started = Date.now();
    const res = await request(app).get(path);
    expect({ path, status: res.status }).toEqual({ path, status: 503 });
    expect(JSON.stringify(res.body)).toMatch(/unreachable|NEO4J_URI/);
    expect(Date.now() - started).toBeLessThan(15_000);
  }
  const cypher = await request(app).post("/api/cypher").send({ query: "MATCH (n:Person) RETURN count(n) AS n" });
  expect(cypher.status).toBe(503);

  neo4j = await start();
  const deadline = Date.now() + 30_000;
  let status = 0;
  while (Date.now() < deadline && status !== 200) {
    status = (await request(app).get("/api/health")).status;
    if (status !== 200) await new Promise((r) => setTimeout(r, 500));
  }
  expect(status).toBe(200);
  const back = await request(app).get("/api/entities/russia").expect(200);
  expect(back.body.entity?.name ?? back.body.name).toBe("Russia");
}, 240_000);

test("a wrong password at start is one line naming the URI and the credentials, exit 2", () => {
  const { code, stderr } = stats({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: "not-the-password" });
  expect(code).toBe(2);
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toContain(neo4j.uri);
  expect(stderr).toMatch(/credentials.*NEO4J_USER \/ NEO4J_PASSWORD/);
  expect(stderr).not.toContain("not-the-password");
}, 60_000);

test("a closed port at start is one line naming the URI, exit 2", async () => {
  const closed = `bolt://127.0.0.1:${await freeLoopbackPort()}`;
  const { code, stderr } = stats({ NEO4J_URI: closed, NEO4J_PASSWORD: PASSWORD });
  expect(code).toBe(2);
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(new RegExp(`${closed}.*unreachable`));
}, 60_000);

describe("a port that accepts connections but never speaks Bolt", () => {
  let silent: Server;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    silent = createServer((socket) => sockets.push(socket)); // accepts, never answers
    await new Promise<void>((done) => silent.listen(0, "127.0.0.1", done));
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((done) => silent.close(done));
  });

  test("ends start-up with one clear line and exit 2 within seconds", () => {
    const address = silent.address();
    const uri = `bolt://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    const { code, stderr, seconds } = stats({ NEO4J_URI: uri, NEO4J_PASSWORD: PASSWORD });
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(uri);
    expect(stderr).toMatch(/did not answer|unreachable/);
    expect(seconds).toBeLessThan(40);
  }, 60_000);
});
