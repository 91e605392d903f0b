// The command line as a user runs it, on the engine of this jest project: --help everywhere,
// validate on good and broken data, load twice and with --reset (same counts and properties),
// stats, and one-line errors for a missing Neo4j.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../server/store/open-store.js";
import { runCli as cli } from "../support/cli.js";
import { neo4jTestConfig, onNeo4j } from "../support/test-engine.js";
import { removeFixtures, validFixture, writeFixture } from "../dataset/fixture-folder.js";

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "actorgraph-cli-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
  await removeFixtures();
});

test.each(["load", "validate", "stats", "serve", "neo4j"])("%s --help explains itself", (command) => {
  const { code, stdout } = cli([command, "--help"]);
  expect(code).toBe(0);
  expect(stdout).toContain(`Usage: actorgraph ${command}`);
});

test("validate passes the curated data and prints what it holds", () => {
  const { code, stdout } = cli(["validate"]);
  expect(code).toBe(0);
  expect(stdout).toMatch(/^valid: 3 articles, \d+ entities, \d+ relations/m);
});

test("validate names file, line and field of a broken record and exits 1", async () => {
  const fixture = validFixture();
  (fixture.relations[0] as Record<string, unknown>).confidence = 7;
  const dir = await writeFixture(fixture);
  const { code, stdout } = cli(["validate", "--data", dir]);
  expect(code).toBe(1);
  expect(stdout).toMatch(/relations\.json:\d+:\d+ \[0\]\.confidence: .*/);
  expect(stdout).toMatch(/^INVALID/m);
});

/** Every stored record, read back through the store the CLI wrote to (closed again before the next command). */
async function storedRecords(db: string) {
  const config = onNeo4j() ? neo4jTestConfig() : ({ engine: "embedded", path: db } as const);
  const store = await openStore(config);
  try {
    const relations = (await store.relations({ limit: 1000, offset: 0 })).items;
    return { counts: await store.counts(), entities: await store.entities(), relations };
  } finally {
    await store.close();
  }
}

test("validate reads ACTORGRAPH_DATA_DIR as every other command does; --data still wins", async () => {
  const fixture = validFixture();
  (fixture.relations[0] as Record<string, unknown>).confidence = 7;
  const broken = await writeFixture(fixture);
  const fromEnv = cli(["validate"], { ACTORGRAPH_DATA_DIR: broken });
  expect(fromEnv.code).toBe(1);
  expect(fromEnv.stdout).toMatch(/^INVALID: 1 articles/m);
  const flagWins = cli(["validate", "--data", await writeFixture(validFixture())], { ACTORGRAPH_DATA_DIR: broken });
  expect(flagWins.code).toBe(0);
  expect(flagWins.stdout).toMatch(/^valid: 1 articles/m);
});

test("load twice gives the same counts and properties; stats agrees; --reset reloads the same graph", async () => {
  const db = join(scratch, "graph.lbug");
  const reset = cli(["load", "--db", db, "--reset", "--json"]);
  expect(reset.code).toBe(0);
  const report = JSON.parse(reset.stdout);
  expect(report.relations).toBeGreaterThan(50);
  expect(reset.stderr).toMatch(/relations: \d+\/\d+/);
  const first = await storedRecords(db);
  expect(first.relations).toHaveLength(report.relations);

  const second = JSON.parse(cli(["load", "--db", db, "--json"]).stdout);
  expect(second).toMatchObject({ entities: report.entities, relations: report.relations });
  expect(await storedRecords(db)).toEqual(first);

  const stats = JSON.parse(cli(["stats", "--db", db, "--json"]).stdout);
  expect(stats.totalRelations).toBe(report.relations);
  expect(stats.totalEntities).toBe(report.entities);

  expect(cli(["load", "--db", db, "--reset", "--json"]).code).toBe(0);
  expect(await storedRecords(db)).toEqual(first);
}, 180_000);

test("an unreachable Neo4j is one line naming the URI, exit 2, no password shown", () => {
  const { code, stderr } = cli(["load", "--engine", "neo4j"], {
    NEO4J_URI: "bolt://127.0.0.1:9",
    NEO4J_PASSWORD: "s3cret-pw",
  });
  expect(code).toBe(2);
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toContain("bolt://127.0.0.1:9");
  expect(stderr).not.toContain("s3cret-pw");
});

test("bad flags are refused with a reason", () => {
  const engine = cli(["load", "--engine", "oracle"]);
  expect(engine.code).not.toBe(0);
  expect(engine.stderr).toMatch(/oracle/);
  const batch = cli(["load", "--batch-size", "zero", "--db", join(scratch, "x.lbug")]);
  expect(batch.code).toBe(1);
  expect(batch.stderr).toMatch(/--batch-size/);
});
