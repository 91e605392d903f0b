// The files beside an on-disk embedded database that make a crash at any moment recoverable: a
// load marker (present while a load writes into the file), fresh builds swapped in by rename, and
// the copy of a broken database kept for diagnosis. File-level only: no engine calls here.

import { open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { z } from "zod";

/** What a load writes beside the database before it starts and removes when it has finished. */
const LoadMarker = z.object({ pid: z.number().int().positive(), startedAt: z.string(), work: z.string() });
/** pid null: the marker was cut short (a kill while it was written), which still says a load began. */
export type LoadMarker = Omit<z.infer<typeof LoadMarker>, "pid"> & { pid: number | null };

/** The engine's write-ahead log and checkpoint files, which hold data (section 1.1 of the tech notes). */
const DATA_SIDE_FILES = [".wal", ".wal.checkpoint", ".shadow"];
/** Every file the engine keeps beside a database (the lock files' names are in the engine's binary). */
const ENGINE_SIDE_FILES = [...DATA_SIDE_FILES, ".checkpoint.intent.lock", ".checkpoint.apply.lock"];
/** The first bytes of every LadybugDB database file. */
const MAGIC = Buffer.from("LBUG");
const BUILD_INFIX = ".build-";

export const markerPath = (database: string): string => `${database}.loading`;
export const brokenPath = (database: string): string => `${database}.broken`;
/** Where this process builds a fresh copy of `database` (same folder, so the swap is a rename). */
export const buildPath = (database: string, pid = process.pid): string => `${database}${BUILD_INFIX}${pid}`;

/** True while a process with this id runs (EPERM: it runs under another user). */
export function processAlive(pid: number): boolean {
  // 0 and negative ids would address process groups.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The marker a load left, or null; an unreadable marker still says a load was interrupted. */
export async function readLoadMarker(database: string): Promise<LoadMarker | null> {
  const text = await readFile(markerPath(database), "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (text === null) return null;
  const parsed = LoadMarker.safeParse(safeJson(text));
  return parsed.success ? parsed.data : { pid: null, startedAt: "at an unknown time", work: "load" };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Runs `work` with the load marker in place; a kill during it leaves the marker behind. */
export async function withLoadMarker<T>(database: string, work: string, run: () => Promise<T>): Promise<T> {
  const marker: LoadMarker = { pid: process.pid, startedAt: new Date().toISOString(), work };
  await writeFile(markerPath(database), `${JSON.stringify(marker)}\n`, "utf8");
  const result = await run();
  await rm(markerPath(database), { force: true });
  return result;
}

/** Removes the database's engine files (the WAL and checkpoint leftovers), not the database itself. */
async function removeSideFiles(database: string): Promise<void> {
  for (const suffix of ENGINE_SIDE_FILES) await rm(`${database}${suffix}`, { force: true });
}

/** Removes a build and its engine files. */
export async function removeBuild(path: string): Promise<void> {
  await rm(path, { force: true });
  await removeSideFiles(path);
  await rm(markerPath(path), { force: true });
}

/** Removes builds beside `database` left by processes that no longer run; returns what was removed. */
export async function removeStrayBuilds(database: string): Promise<string[]> {
  const prefix = `${basename(database)}${BUILD_INFIX}`;
  const names = await readdir(dirname(database)).catch(() => [] as string[]);
  const owners = new Set<string>();
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !processAlive(pid))
      owners.add(buildPath(database, pid));
  }
  for (const build of owners) await removeBuild(build);
  return [...owners];
}

/**
 * Puts a finished build (checkpointed and closed: no WAL of its own) in place of `database` by
 * rename, under the load marker: a kill between the steps leaves the marker, so the next open
 * rebuilds. With `keepOld`, the database it replaces (a broken one) is kept as `.broken`.
 */
export async function swapIn(build: string, database: string, keepOld = false): Promise<void> {
  for (const suffix of DATA_SIDE_FILES) {
    if (await exists(`${build}${suffix}`)) throw new Error(`swapIn: the build ${build} still has its ${suffix} file`);
  }
  await withLoadMarker(database, "swap in a fresh build", async () => {
    if (keepOld && (await exists(database))) {
      await removeBuild(brokenPath(database));
      await rename(database, brokenPath(database));
      if (await exists(`${database}.wal`)) await rename(`${database}.wal`, `${brokenPath(database)}.wal`);
    }
    // The old WAL belongs to the old file: replayed onto the new one it would corrupt it.
    await removeSideFiles(database);
    await rename(build, database);
  });
  await removeSideFiles(build);
}

/** Missing, empty, or starting with LadybugDB's magic bytes: a file a rebuild may replace. */
export async function mayReplace(database: string): Promise<boolean> {
  const size = await stat(database).then(
    (s) => s.size,
    () => 0,
  );
  if (size === 0) return true;
  const handle = await open(database, "r");
  try {
    const head = Buffer.alloc(MAGIC.length);
    await handle.read(head, 0, MAGIC.length, 0);
    return head.equals(MAGIC);
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
