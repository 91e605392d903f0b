// A checkout's already built app (`dist/`) served in a child process: embedded engine in memory,
// that checkout's curated corpus copied to a temporary folder, so nothing in the checkout changes.

import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { onInterrupt } from "../../bench/interrupt.js";
import { freeLoopbackPort, stopChild } from "../../server/child-processes.js";

export interface BuiltApp {
  /** e.g. http://127.0.0.1:PORT */
  base: string;
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 10_000;

/** The curated data without the embedded database files a checkout may hold next to it. */
function copyCuratedData(appDir: string, into: string): string {
  const dataDir = join(into, "data");
  cpSync(join(appDir, "data"), dataDir, { recursive: true, filter: (src) => !basename(src).includes(".lbug") });
  return dataDir;
}

async function waitHealthy(base: string, exited: () => string | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const why = exited();
    if (why !== null) throw new Error(`the app exited before it was ready: ${why}`);
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) })
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not answer /api/health within ${timeoutMs / 1000} s`);
}

/** Starts `node <appDir>/dist/server/cli.js serve --load` on a free loopback port and waits for health. */
export async function startBuiltApp(appDir: string, readyTimeoutMs: number): Promise<BuiltApp> {
  const cli = join(appDir, "dist", "server", "cli.js");
  if (!existsSync(cli) || !existsSync(join(appDir, "dist", "client")))
    throw new Error(`${appDir} is not built (dist/server/cli.js or dist/client missing): run \`npm run build\` there`);
  const temp = mkdtempSync(join(tmpdir(), "actorgraph-screenshots-"));
  const dataDir = copyCuratedData(appDir, temp);
  // An empty ingestion folder: the curated corpus only, whatever articles the checkout ingested.
  const ingestDir = join(temp, "ingested");
  mkdirSync(ingestDir);
  const port = await freeLoopbackPort();
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("NEO4J_")));
  const args = ["serve", "--load", "--engine", "embedded", "--db", ":memory:", "--data", dataDir];
  const child = spawn(
    process.execPath,
    [cli, ...args, "--ingested", ingestDir, "--port", String(port), "--host", "127.0.0.1"],
    {
      cwd: appDir,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...inherited, LOG_LEVEL: "warn", RATE_LIMIT_PER_MINUTE: "0", NODE_ENV: "production" },
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2_000);
  });
  const stop = async () => {
    await stopChild(child, STOP_GRACE_MS);
    rmSync(temp, { recursive: true, force: true });
  };
  const forget = onInterrupt(stop);
  const base = `http://127.0.0.1:${port}`;
  const exited = () => (child.exitCode !== null || child.signalCode !== null ? stderr.trim() || "(no output)" : null);
  try {
    await waitHealthy(base, exited, readyTimeoutMs);
  } catch (error) {
    forget();
    await stop();
    throw error;
  }
  return {
    base,
    stop: () => {
      forget();
      return stop();
    },
  };
}
