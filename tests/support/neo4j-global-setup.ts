// jest global set-up of the "neo4j" project: starts one local Neo4j 5 Community for the whole run
// through the same command users run (`actorgraph neo4j`, which builds neo4j-launcher/ with Maven
// on first use), on a free loopback port with a throwaway password and data folder.
// ACTORGRAPH_TEST_NEO4J_URI (+ _USER, _PASSWORD, _DATABASE) names an existing server instead: the
// tests wipe it. A failure is recorded, not thrown, so every Neo4j test file fails with the same
// one-line reason while the other tests still run.
// (jest loads this file outside its module mapper, so it imports only node and npm modules.)

import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";

/** Variables this set-up writes; named apart from NEO4J_* so nothing picks them up by accident. */
export const NEO4J_TEST_VARS = {
  uri: "ACTORGRAPH_TEST_NEO4J_URI",
  user: "ACTORGRAPH_TEST_NEO4J_USER",
  password: "ACTORGRAPH_TEST_NEO4J_PASSWORD",
  database: "ACTORGRAPH_TEST_NEO4J_DATABASE",
  unavailable: "ACTORGRAPH_TEST_NEO4J_UNAVAILABLE",
} as const;

const START_TIMEOUT_MS = 300_000;

declare global {
  var __actorgraphNeo4j: { process: ChildProcess; home: string } | undefined;
}

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** Runs `actorgraph neo4j` and resolves with the URI it prints, or rejects with its last error line. */
function runLauncher(home: string, port: number, password: string): Promise<{ child: ChildProcess; uri: string }> {
  const root = resolve(__dirname, "..", "..");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(root, "server", "cli.ts"), "neo4j", "--port", String(port), "--data", home],
    { cwd: root, env: { ...process.env, NEO4J_PASSWORD: password }, stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((done, reject) => {
    let lastError = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the local Neo4j did not start within ${START_TIMEOUT_MS / 1000} s (${lastError})`));
    }, START_TIMEOUT_MS);
    createInterface({ input: child.stderr! }).on("line", (line) => {
      process.stderr.write(`[neo4j] ${line}\n`);
      if (line.trim()) lastError = line.replace(/^actorgraph: /, "").trim();
    });
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const uri = /^NEO4J_URI=(\S+)/.exec(line)?.[1];
      if (!uri) return;
      clearTimeout(timer);
      done({ child, uri });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(lastError || `the Neo4j launcher exited with code ${code}`));
    });
  });
}

export default async function neo4jGlobalSetup(): Promise<void> {
  if (process.env[NEO4J_TEST_VARS.uri]) return;
  const home = mkdtempSync(join(tmpdir(), "actorgraph-test-neo4j-"));
  const password = randomBytes(12).toString("hex");
  try {
    const { child, uri } = await runLauncher(home, await freePort(), password);
    globalThis.__actorgraphNeo4j = { process: child, home };
    process.env[NEO4J_TEST_VARS.uri] = uri;
    process.env[NEO4J_TEST_VARS.user] = "neo4j";
    process.env[NEO4J_TEST_VARS.password] = password;
    process.env[NEO4J_TEST_VARS.database] = "neo4j";
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`[neo4j] ${reason}\n`);
    process.env[NEO4J_TEST_VARS.unavailable] = reason;
  }
}
