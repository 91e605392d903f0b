// What each part of a serving embedded store holds, measured the way `serve` builds them, in this
// process: the store opened afresh, the entity records read, the search index over them, the
// in-process graph copy built by the first subgraph; the V8 heap after a full collection and the
// engine's own account of its buffer pool after each step.

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { EntityIndex } from "../server/search/entity-index.js";
import type { EmbeddedStore } from "../server/store/embedded/embedded-store.js";
import type { MemorySample } from "./memory-probe.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

interface Step {
  part: string;
  heapBytes: number;
  externalBytes: number;
  poolUsedBytes: number;
}

const MB = 2 ** 20;
const mb = (n: number): string => (n / MB).toFixed(0).padStart(8);

async function sample(store: EmbeddedStore, part: string): Promise<Step> {
  gc();
  const m = process.memoryUsage();
  return {
    part,
    heapBytes: m.heapUsed,
    externalBytes: m.external,
    poolUsedBytes: (await store.bufferPool()).usedBytes,
  };
}

/**
 * Runs the steps on `store` (just opened, nothing read yet) and returns the index it built, kept
 * alive so that later steps are measured on top of it. `firstSubgraph` builds the graph copy.
 */
export async function memoryBreakdown(
  store: EmbeddedStore,
  firstSubgraph: () => Promise<unknown>,
): Promise<{ steps: Step[]; index: EntityIndex; poolLimitBytes: number }> {
  const steps = [await sample(store, "store opened")];
  const index = await indexOf(store, steps);
  steps.push(await sample(store, "search index (records inside)"));
  await firstSubgraph();
  steps.push(await sample(store, "graph copy (GraphCache)"));
  return { steps, index, poolLimitBytes: (await store.bufferPool()).limitBytes };
}

/** The search index over every entity record, as `serve` builds it; the records' array is sampled first. */
async function indexOf(store: EmbeddedStore, steps: Step[]): Promise<EntityIndex> {
  const entities = await store.entities();
  steps.push(await sample(store, "entity records (an array of them)"));
  return new EntityIndex(entities);
}

/** Prints each step's growth of heap, external memory and buffer-pool use, in MB. */
export function printBreakdown(steps: Step[], poolLimitBytes: number): void {
  console.log(`\nmemory by part, this process (buffer pool limit ${mb(poolLimitBytes).trim()} MB):`);
  console.log(`${"part".padEnd(36)} ${"heap +MB".padStart(8)} ${"ext +MB".padStart(8)} ${"pool MB".padStart(8)}`);
  steps.forEach((s, i) => {
    const before = steps[i - 1];
    const grow = (f: (x: Step) => number): string => mb(before ? f(s) - f(before) : f(s));
    console.log(
      `${s.part.padEnd(36)} ${grow((x) => x.heapBytes)} ${grow((x) => x.externalBytes)} ${mb(s.poolUsedBytes)}`,
    );
  });
}

/** The server process's resident set, split as memory-probe.ts splits it, in MB. */
export function printServerMemory(m: MemorySample | null): void {
  if (!m) return void console.log("server memory: no sample (the server did not answer)");
  console.log(
    `server process after the run, after a full GC: RSS ${mb(m.rssBytes).trim()} MB = V8 heap ${mb(m.heapTotalBytes).trim()} ` +
      `(live ${mb(m.heapUsedBytes).trim()}) + external ${mb(m.externalBytes).trim()} (array buffers ${mb(m.arrayBuffersBytes).trim()}) ` +
      `+ native ${mb(m.nativeBytes).trim()} (engine, its buffer pool, code)`,
  );
}
