// A lock between jest workers (separate processes): an exclusively created directory holding the
// owner's pid; a lock whose owner died is taken over.

import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isAlive } from "../../server/child-processes.js";

export interface SuiteLock {
  release(): Promise<void>;
}

export async function acquireSuiteLock(name: string, timeoutMs = 20 * 60_000): Promise<SuiteLock> {
  const dir = join(tmpdir(), `actorgraph-lock-${name.replace(/[^a-z0-9]+/gi, "-")}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(dir);
      await writeFile(join(dir, "pid"), String(process.pid));
      return { release: () => rm(dir, { recursive: true, force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(await readFile(join(dir, "pid"), "utf8").catch(() => "0"));
      if (owner && owner !== process.pid && !isAlive(owner)) await rm(dir, { recursive: true, force: true });
      if (Date.now() > deadline)
        throw new Error(`waited ${timeoutMs / 1000} s for the ${name} lock (held by pid ${owner})`, { cause: error });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
