// How a Cypher sandbox process is started: the worker module next to this one (TypeScript through
// tsx when running from source, compiled JavaScript from dist/), an empty environment (no
// secrets), a working directory of its own, and — when the server runs as root — an unprivileged
// user, so the files the engine's file clauses could reach are only those anyone may read.

import { chmod, lstat, mkdir } from "node:fs/promises";
import type { SpawnOptions } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, extname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { WorkerSettings } from "./protocol.js";

/** The conventional unprivileged account (`nobody`/`nogroup` on Debian). */
export const UNPRIVILEGED = { uid: 65534, gid: 65534 } as const;

export interface Launch {
  command: string;
  args: string[];
  options: SpawnOptions;
}

/** The worker beside this module, with the same extension this module was loaded with. */
function workerModule(): { file: string; typescript: boolean } {
  const here = fileURLToPath(import.meta.url);
  const extension = extname(here);
  return { file: join(dirname(here), `worker${extension}`), typescript: extension === ".ts" };
}

/** Whether children should drop to the unprivileged user: only a root parent can. */
export const canDropPrivileges = (): boolean => process.getuid?.() === 0;

export function workerLaunch(settings: WorkerSettings, cwd: string, unprivileged: boolean): Launch {
  const { file, typescript } = workerModule();
  return {
    command: process.execPath,
    args: [
      // The JavaScript heap only holds one result (rows are capped); the engine's memory is watched.
      "--max-old-space-size=256",
      // By absolute URL: the child's working directory has no node_modules to resolve "tsx" from.
      ...(typescript ? ["--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href] : []),
      file,
      JSON.stringify(settings),
    ],
    options: {
      cwd,
      env: {},
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
      ...(unprivileged ? UNPRIVILEGED : {}),
    },
  };
}

/**
 * The empty folder children start in: they may enter it, but neither list nor write it. One per
 * user, kept (a folder per process would be left behind by every kill); a folder of that name
 * that is not ours (a symlink, another owner, other permissions) is refused.
 */
export async function sandboxFolder(): Promise<string> {
  const uid = process.getuid?.() ?? 0;
  const path = join(tmpdir(), `actorgraph-cypher-${uid}`);
  await mkdir(path, { mode: 0o711 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  await chmod(path, 0o711);
  const found = await lstat(path);
  if (!found.isDirectory() || found.uid !== uid || (found.mode & 0o777) !== 0o711) {
    throw new Error(`refusing ${path} as the query processes' folder: it is not this user's own`);
  }
  return path;
}
