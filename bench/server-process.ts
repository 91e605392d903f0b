// The real app (`actorgraph serve`) in a child process over an already loaded store, so a
// benchmark's load generator never shares the server's process, event loop or heap; the child
// also answers memory samples (memory-probe.ts) so a benchmark can say what its resident set holds.

import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { freeLoopbackPort, stopChild } from "../server/child-processes.js";
import type { EngineConfig } from "../server/config.js";
import { PROJECT_ROOT } from "../server/paths.js";
import { onInterrupt } from "./interrupt.js";
import type { MemorySample } from "./memory-probe.js";

export interface ServerProcess {
  /** e.g. http://127.0.0.1:PORT */
  base: string;
  pid: number;
  /** Resident memory of the server process in MB (Linux /proc), or null where unreadable. */
  rssMb(): number | null;
  /** The child's memory after a full garbage collection, or null if it did not answer within 30 s. */
  memory(): Promise<MemorySample | null>;
  stop(): Promise<void>;
}

function engineArgs(served: EngineConfig): { args: string[]; env: Record<string, string> } {
  if (served.engine === "embedded") {
    const pool = served.bufferPoolBytes === undefined ? [] : ["--buffer-pool", String(served.bufferPoolBytes)];
    return { args: ["--engine", "embedded", "--db", served.path, ...pool], env: {} };
  }
  return {
    args: ["--engine", "neo4j"],
    env: {
      NEO4J_URI: served.uri,
      NEO4J_USER: served.user,
      NEO4J_PASSWORD: served.password,
      NEO4J_DATABASE: served.database,
    },
  };
}

const STOP_GRACE_MS = 10_000;

export interface ServerProcessOptions {
  /** Write a V8 CPU profile of the server (node --cpu-prof) into this folder when it stops. */
  cpuProfileDir?: string;
  /** Serve another checkout of the project (e.g. the last commit, to compare before and after). */
  root?: string;
  /** The server's LOG_LEVEL (default "warn": request lines are then not written). */
  logLevel?: string;
  /** More options for node itself (e.g. V8 heap flags), before the script. */
  nodeArgs?: string[];
  readyTimeoutMs?: number;
}

function readRssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Polls /api/health until it answers 200, the child exits, or `timeoutMs` passes. */
async function waitHealthy(base: string, child: ChildProcess, stderrTail: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited before it was ready: ${stderrTail()}`);
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) })
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer /api/health within ${timeoutMs / 1000} s: ${stderrTail()}`);
}

/** Starts `serve` on a free loopback port (no load, no rate limit, warnings only) and waits for health. */
export async function startServerProcess(
  served: EngineConfig,
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const { cpuProfileDir, root = PROJECT_ROOT, logLevel = "warn", nodeArgs = [], readyTimeoutMs = 300_000 } = options;
  const port = await freeLoopbackPort();
  const profile = cpuProfileDir ? ["--cpu-prof", "--cpu-prof-dir", cpuProfileDir] : [];
  const { args, env } = engineArgs(served);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("NEO4J_")));
  const child = spawn(
    process.execPath,
    [
      "--expose-gc",
      ...profile,
      ...nodeArgs,
      "--import",
      "tsx",
      "--import",
      join(PROJECT_ROOT, "bench", "memory-probe.ts"),
      join(root, "server", "cli.ts"),
      "serve",
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
      ...args,
    ],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: { ...inherited, ...env, LOG_LEVEL: logLevel, RATE_LIMIT_PER_MINUTE: "0", NODE_ENV: "production" },
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2_000);
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(base, child, () => stderr.trim() || "(no output)", readyTimeoutMs);
  } catch (error) {
    await stopChild(child, STOP_GRACE_MS);
    throw error;
  }
  const pid = child.pid ?? -1;
  const forget = onInterrupt(() => stopChild(child, STOP_GRACE_MS));
  return {
    base,
    pid,
    rssMb: () => readRssMb(pid),
    memory: () => sampleMemory(child),
    stop: () => {
      forget();
      return stopChild(child, STOP_GRACE_MS);
    },
  };
}

const SAMPLE_TIMEOUT_MS = 30_000;

function sampleMemory(child: ChildProcess): Promise<MemorySample | null> {
  return new Promise((resolve) => {
    const done = (sample: MemorySample | null): void => {
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve(sample);
    };
    const onMessage = (message: unknown): void => {
      if ((message as MemorySample | null)?.type === "memory") done(message as MemorySample);
    };
    const timer = setTimeout(() => done(null), SAMPLE_TIMEOUT_MS);
    child.on("message", onMessage);
    if (!child.connected) done(null);
    else child.send({ type: "memory" }, (error) => error && done(null));
  });
}
