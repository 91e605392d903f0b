// Runs the real command line and kills it with SIGKILL at a chosen moment: when a progress line
// appears on its stderr, or when a file appears in a folder (the ledger's first file, the store's
// load marker). Shared by the crash tests and bench/crash-load.ts.

import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { readConfig } from "../../server/config.js";
import { PROJECT_ROOT } from "../../server/paths.js";
import { openStore } from "../../server/store/open-store.js";
import { CLI_ENTRY as CLI, runCli, type CliResult } from "../support/cli.js";

export type { CliResult };

/** The embedded engine, whatever the developer's environment says. */
const ENV = { ...process.env, NEO4J_URI: "", LOG_LEVEL: "silent" };

/** The CLI on the embedded engine, whatever the developer's environment says. */
export const cli = (args: string[]): CliResult => runCli(args, { NEO4J_URI: "" });

/**
 * When to kill: a line on stderr, a file whose name matches appearing in a folder, a delay from
 * the start (Infinity: never) or from the first output on stderr (when the work has begun).
 */
export type KillMoment =
  { stderr: RegExp } | { folder: string; name: RegExp } | { afterMs: number } | { afterOutputMs: number };

export interface KilledRun {
  /** "SIGKILL" when the kill landed; null when the command finished first. */
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  /** From the start to its first stderr output (null: none), and to its end. */
  firstOutputMs: number | null;
  elapsedMs: number;
}

/** Runs the command and kills it with SIGKILL at `moment`. */
export function killAt(args: string[], moment: KillMoment): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: PROJECT_ROOT, env: ENV });
    const started = performance.now();
    let firstOutputMs: number | null = null;
    let stderr = "";
    const kill = (): void => void child.kill("SIGKILL");
    const watcher =
      "folder" in moment ? watch(moment.folder, (_event, name) => name && moment.name.test(name) && kill()) : null;
    const timer = "afterMs" in moment && Number.isFinite(moment.afterMs) ? setTimeout(kill, moment.afterMs) : null;
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      if (firstOutputMs === null && "afterOutputMs" in moment) setTimeout(kill, moment.afterOutputMs).unref();
      firstOutputMs ??= performance.now() - started;
      stderr += chunk;
      if ("stderr" in moment && moment.stderr.test(stderr)) kill();
    });
    child.stdout.resume();
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      watcher?.close();
      if (timer) clearTimeout(timer);
      resolve({ signal, code, stderr, firstOutputMs, elapsedMs: performance.now() - started });
    });
  });
}

/** What the store holds, as `stats --json` reports it. */
export interface StoreCounts {
  entities: number;
  relations: number;
  articles: number;
  disputes: number;
  mentions: number;
}

/** The folders the spawned commands rebuild from (the same environment, so the same defaults). */
export const ORIGIN = readConfig(ENV);

/**
 * Opens the database as every command does (recovery included) in this process, which spares a
 * process start per check; returns its counts and the lines recovery logged.
 */
export async function openAndCount(db: string): Promise<{ counts: StoreCounts; log: string[] }> {
  const log: string[] = [];
  const store = await openStore({ engine: "embedded", path: db }, { ...ORIGIN, log: (line) => log.push(line) });
  try {
    const c = await store.counts();
    const counts = {
      entities: c.totalEntities,
      relations: c.totalRelations,
      articles: c.articles,
      disputes: c.disputes,
      mentions: c.mentions,
    };
    return { counts, log };
  } finally {
    await store.close();
  }
}

/** `stats --json` on the database: its exit code, counts (null on failure) and stderr. */
export function stats(db: string): { code: number | null; counts: StoreCounts | null; stderr: string } {
  const result = cli(["stats", "--json", "--db", db]);
  if (result.code !== 0) return { code: result.code, counts: null, stderr: result.stderr };
  const s = JSON.parse(result.stdout) as Record<string, number>;
  const counts = {
    entities: s.totalEntities!,
    relations: s.totalRelations!,
    articles: s.articles!,
    disputes: s.disputes!,
    mentions: s.mentions!,
  };
  return { code: 0, counts, stderr: result.stderr };
}
