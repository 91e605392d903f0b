// Runs the real command line (server/cli.ts through tsx) as a user would, on the engine of this
// jest project unless the caller's environment says otherwise: the one way tests start the CLI.

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../server/paths.js";
import { testEngineEnv } from "./test-engine.js";

export const CLI_ENTRY = join(PROJECT_ROOT, "server", "cli.ts");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time of the whole run, start-up included. */
  seconds: number;
}

/** `env` overrides the engine's variables; the run is cut off after `timeoutMs`. */
export function runCli(args: string[], env: Record<string, string> = {}, timeoutMs = 90_000): CliResult {
  const started = Date.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", CLI_ENTRY, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...testEngineEnv(), LOG_LEVEL: "silent", ...env },
    encoding: "utf8",
    timeout: timeoutMs,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, seconds: (Date.now() - started) / 1000 };
}
