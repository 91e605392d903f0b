// A real `actorgraph serve` in a process of its own, on a loopback port the OS picks, so tests can
// attack it over HTTP, read its resident memory and send it signals like an operator would.

import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../server/paths.js";

export interface ServerProcess {
  baseUrl: string;
  pid: number;
  child: ChildProcess;
  /** Everything the server wrote to stderr (its log) so far. */
  log(): string;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Longest a server may take to load the corpus and listen (tsx start-up included). */
const START_MS = 60_000;

/** Starts `serve --load --port 0` with `env` over the current environment, resolving once it listens. */
export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      join(PROJECT_ROOT, "server", "cli.ts"),
      "serve",
      "--load",
      "--port",
      "0",
      "--host",
      "127.0.0.1",
    ],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, RATE_LIMIT_PER_MINUTE: "0", LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server did not listen within ${START_MS} ms:\n${stderr.slice(-2000)}`));
    }, START_MS);
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      const port = /"port":(\d+)[^\n]*serving on/.exec(stderr)?.[1];
      if (port && child.pid !== undefined) {
        clearTimeout(timer);
        resolve({ baseUrl: `http://127.0.0.1:${port}`, pid: child.pid, child, log: () => stderr, exited });
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the server ended before listening (${signal ?? code}):\n${stderr.slice(-2000)}`));
    });
  });
}

/** Resident set size of a process in MiB (Linux /proc). */
export async function residentMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

/** Ends a server still running after a test (SIGKILL: a test that wants a clean stop sends SIGTERM itself). */
export async function killServer(server: ServerProcess | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill("SIGKILL");
  await server.exited;
}
