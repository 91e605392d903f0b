// `npm start`'s build step: rebuilds the server (tsc) and the explorer (vite) only when one of
// their inputs is newer than their last build, so a second start with nothing changed goes
// straight to serving. `npm run build` still rebuilds everything.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./paths.js";

interface BuildTarget {
  name: string;
  /** Files and folders whose change calls for a rebuild. */
  inputs: string[];
  /** Written after a successful build; its time is the build's. */
  stamp: string;
  command: string[];
}

const TARGETS: BuildTarget[] = [
  {
    name: "server",
    inputs: ["server", "graph-schema", "tsconfig.json", "tsconfig.build.json", "package.json"],
    stamp: "dist/server/.built",
    command: ["npx", "tsc", "-p", "tsconfig.build.json"],
  },
  {
    name: "explorer",
    inputs: ["client", "graph-schema", "package.json"],
    stamp: "dist/client/.built",
    command: ["npm", "run", "--silent", "build:client"],
  },
];

function newestTime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestTime(join(path, entry)));
  return newest;
}

function isCurrent(target: BuildTarget): boolean {
  const stamp = join(PROJECT_ROOT, target.stamp);
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return target.inputs.every((input) => newestTime(join(PROJECT_ROOT, input)) <= built);
}

for (const target of TARGETS) {
  if (isCurrent(target)) {
    console.error(`${target.name}: up to date`);
    continue;
  }
  const started = Date.now();
  const [command, ...args] = target.command as [string, ...string[]];
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(join(PROJECT_ROOT, target.stamp), new Date().toISOString());
  console.error(`${target.name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
