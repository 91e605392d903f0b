// The command line as a user runs it: --help everywhere, validate on good and broken data,
// load into a fresh embedded database twice, stats, and one-line errors for a missing Neo4j.

import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../server/paths.js";
import { removeFixtures, validFixture, writeFixture } from "../dataset/fixture-folder.js";

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "server", "cli.ts"), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: "", LOG_LEVEL: "silent", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "actorgraph-cli-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
  await removeFixtures();
});

test.each(["load", "validate", "stats", "serve"])("%s --help explains itself", (command) => {
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

test("load twice into a fresh database gives the same counts; stats agrees", () => {
  const db = join(scratch, "graph.lbug");
  const first = cli(["load", "--db", db, "--json"]);
  expect(first.code).toBe(0);
  const report = JSON.parse(first.stdout);
  expect(report.relations).toBeGreaterThan(50);
  expect(first.stderr).toMatch(/relations: \d+\/\d+/);
  const second = JSON.parse(cli(["load", "--db", db, "--json"]).stdout);
  expect(second).toMatchObject({ entities: report.entities, relations: report.relations });
  const stats = JSON.parse(cli(["stats", "--db", db, "--json"]).stdout);
  expect(stats.totalRelations).toBe(report.relations);
  expect(stats.totalEntities).toBe(report.entities);
});

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
