// Issue 10's attacks on a real server process over loopback: each resource attack is stopped with
// a status naming its limit while the server keeps answering within a second, its memory stays
// bounded, and no way of asking reads a canary file outside the data folder.

import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { PARAMETER_TRICKS, trickQuery } from "../cypher-guard/parameter-tricks.js";
import { currentTestEngine, testEngineEnv } from "../support/test-engine.js";
import { describeCypherAttacks, expectCanaryUnread, fileReadAttempts } from "./attacks.js";
import { killServer, startServer, type ServerProcess } from "./server-process.js";

/**
 * On the embedded engine, runaways that took every ready query process leave the next statement
 * waiting for a spare one to start: ~0.2 s compiled; from TypeScript sources (tsx) ~1 s on an idle
 * machine and up to ~6 s on 2 cores shared with other test runs.
 */
const SPARE_START_MS = currentTestEngine() === "embedded" ? 6_000 : 0;

let scratch: string;
let canary: string;
let server: ServerProcess | undefined;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "actorgraph-attacks-"));
  // Enterable by anyone, like a project folder: the query processes open the database from here.
  await chmod(scratch, 0o755);
  // Owner-only, outside the data folder: what an attacker would want to read.
  canary = join(scratch, "canary.txt");
  await writeFile(canary, `canary:${randomBytes(12).toString("hex")}\n`);
  await chmod(canary, 0o600);
  server = await startServer({
    ...testEngineEnv(),
    ACTORGRAPH_DB: join(scratch, "graph.lbug"),
    ACTORGRAPH_INGEST_DIR: join(scratch, "ingested"),
    // The limit is what is tested, not its default value: a short one keeps the suite quick.
    CYPHER_TIMEOUT_MS: "2000",
  });
}, 90_000);

afterAll(async () => {
  await killServer(server);
  await rm(scratch, { recursive: true, force: true });
});

describe("resource attacks", () => {
  describeCypherAttacks(() => server!, SPARE_START_MS, currentTestEngine());
});

test("no statement reads a file outside the data folder, however it is written", async () => {
  const tricks = PARAMETER_TRICKS.map((trick) => trickQuery(trick, canary));
  await expectCanaryUnread(server!, canary, fileReadAttempts(canary, tricks));
});
