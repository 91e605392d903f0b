// A throw-away database file standing in for ":memory:", which no other process could open: in a
// folder of its own that only this user (and the sandbox's unprivileged group) may enter, in
// shared memory where there is some (as fast as memory: fsync costs nothing there), removed with
// everything in it on close.

import { access, chmod, chown, constants, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { canDropPrivileges, UNPRIVILEGED } from "./launch.js";

export interface PrivateFile {
  path: string;
  remove(): Promise<void>;
}

/** Linux's memory-backed file system. */
const SHARED_MEMORY = "/dev/shm";

async function fastestTemporaryFolder(): Promise<string> {
  const writable = await access(SHARED_MEMORY, constants.W_OK).then(
    () => true,
    () => false,
  );
  return writable ? SHARED_MEMORY : tmpdir();
}

export async function privateDatabaseFile(): Promise<PrivateFile> {
  const folder = await mkdtemp(join(await fastestTemporaryFolder(), "actorgraph-memory-"));
  if (canDropPrivileges()) {
    await chown(folder, 0, UNPRIVILEGED.gid);
    await chmod(folder, 0o750);
  }
  return { path: join(folder, "graph.lbug"), remove: () => rm(folder, { recursive: true, force: true }) };
}
