// Locations inside the project, found from this module's own place so they hold both when
// running from source (tsx) and from the compiled dist/ tree.

import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`findProjectRoot: no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const DEFAULT_DATA_DIR = join(PROJECT_ROOT, "data");
export const DEFAULT_EMBEDDED_DB = join(PROJECT_ROOT, "data", "graph.lbug");
export const CLIENT_DIST_DIR = join(PROJECT_ROOT, "dist", "client");

export const fromRoot = (p: string): string => resolve(PROJECT_ROOT, p);
