// Load benchmark of the embedded engine (`npm run bench -- --entities N --relations M --naive K`):
// generates a synthetic dataset, bulk-loads it into an on-disk database in a temporary folder,
// times depth-1/2 subgraphs, loads it again (the idempotent path), and compares with a naive
// one-MERGE-per-relation loop on a slice. The temporary folder is deleted at the end.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Connection, Database } from "@ladybugdb/core";
import { relationTypeDef, RELATION_PROPERTIES, type EntityLabel, type Relation } from "../graph-schema/index.js";
import type { Dataset } from "../server/dataset/dataset.js";
import type { GraphStore, LoadPhase, LoadProgress } from "../server/store/graph-store.js";
import { openEmbeddedStore } from "../server/store/embedded/embedded-store.js";
import { relationRow } from "../server/store/stored-records.js";
import { random, syntheticDataset } from "./synthetic.js";

const { values: flags } = parseArgs({
  options: {
    entities: { type: "string", default: "100000" },
    relations: { type: "string", default: "1000000" },
    naive: { type: "string", default: "2000" },
    seed: { type: "string", default: "42" },
  },
});
const count = (name: keyof typeof flags): number => {
  const n = Number(flags[name]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${flags[name]}`);
  return n;
};

const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
const rate = (n: number, ms: number): string => `${Math.round(n / Math.max(ms, 1) * 1000).toLocaleString("en")}/s`;
const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const peakRss = (): string => mb(process.resourceUsage().maxRSS * 1024);

/** Prints a progress line at most every 2 s per phase, and remembers when each phase ran. */
function progressPrinter(): { onProgress: (p: LoadProgress) => void; phases: Map<LoadPhase, [number, number]> } {
  const phases = new Map<LoadPhase, [number, number]>();
  let lastPrint = 0;
  const onProgress = (p: LoadProgress): void => {
    const now = performance.now();
    const span = phases.get(p.phase);
    phases.set(p.phase, [span?.[0] ?? now, now]);
    if (now - lastPrint > 2000 || p.done === p.total) {
      lastPrint = now;
      process.stdout.write(`  ${p.phase.padEnd(10)} ${p.done.toLocaleString("en")} / ${p.total.toLocaleString("en")}\n`);
    }
  };
  return { onProgress, phases };
}

async function timedLoad(store: GraphStore, dataset: Dataset, label: string): Promise<{ ms: number; phases: Map<LoadPhase, [number, number]> }> {
  console.log(`${label}:`);
  const { onProgress, phases } = progressPrinter();
  const started = performance.now();
  await store.load(dataset, { onProgress });
  return { ms: performance.now() - started, phases };
}

const phaseMs = (phases: Map<LoadPhase, [number, number]>, phase: LoadPhase): number => {
  const [a, b] = phases.get(phase) ?? [0, 0];
  return b - a;
};

async function subgraphLatencies(store: GraphStore, dataset: Dataset): Promise<void> {
  const rng = random(7);
  const seeds = Array.from({ length: 20 }, () => dataset.relations[Math.floor(rng() * dataset.relations.length)]!.source);
  for (const depth of [1, 2]) {
    const times: number[] = [];
    const sizes: number[] = [];
    for (const seed of seeds) {
      const t = performance.now();
      const sub = await store.subgraph({ seeds: [seed], depth, limit: 500 });
      times.push(performance.now() - t);
      sizes.push(sub.entities.length + sub.omittedEntities);
    }
    times.sort((a, b) => a - b);
    sizes.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(`  subgraph depth ${depth}, limit 500, 20 seeds: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms ` +
      `(reached entities: median ${sizes[10]}, max ${sizes[19]})`);
  }
}

/** One prepared MERGE per relation, executed one at a time on a fresh database holding the entities. */
async function naiveLoop(dir: string, dataset: Dataset, slice: Relation[]): Promise<number> {
  const path = join(dir, "naive.lbug");
  const store = await openEmbeddedStore({ path });
  await store.load({ ...dataset, relations: [], mentions: [] });
  await store.close();
  const labels = new Map<string, EntityLabel>(dataset.entities.map((e) => [e.id, e.type]));
  const db = new Database(path);
  const conn = new Connection(db);
  const props = RELATION_PROPERTIES.filter((p) => p.name !== "id").map((p) => `x.${p.name} = $${p.name}`).join(", ");
  const prepared = new Map<string, Awaited<ReturnType<Connection["prepare"]>>>();
  const started = performance.now();
  for (const r of slice) {
    const [a, b] = [labels.get(r.source)!, labels.get(r.target)!];
    const key = `${r.type} ${a} ${b}`;
    if (!prepared.has(key)) {
      prepared.set(key, await conn.prepare(`MATCH (a:${a} {id: $source}) MATCH (b:${b} {id: $target}) MERGE (a)-[x:${r.type} {id: $id}]->(b) SET ${props}`));
    }
    const row = relationRow(r) as Record<string, never>;
    await conn.execute(prepared.get(key)!, { ...row, source: r.source, target: r.target });
  }
  const ms = performance.now() - started;
  await conn.close();
  await db.close();
  return ms;
}

async function main(): Promise<void> {
  const [entities, relations, naive] = [count("entities"), count("relations"), count("naive")];
  console.log(`synthetic dataset: ${entities.toLocaleString("en")} entities, ${relations.toLocaleString("en")} relations`);
  let t = performance.now();
  const dataset = syntheticDataset({ entities, relations, seed: count("seed") });
  const generationMs = performance.now() - t;
  const undirected = dataset.relations.filter((r) => !relationTypeDef(r.type).directed).length;
  console.log(`  generated in ${secs(generationMs)}: ${dataset.articles.length.toLocaleString("en")} articles, ` +
    `${dataset.mentions.length.toLocaleString("en")} mentions, ${dataset.disputes.length} disputes, ${undirected.toLocaleString("en")} mutual relations`);
  const dir = await mkdtemp(join(tmpdir(), "actorgraph-bench-"));
  try {
    const store = await openEmbeddedStore({ path: join(dir, "bench.lbug") });
    const first = await timedLoad(store, dataset, "bulk load into an empty database");
    const counts = await store.counts();
    console.log(`  stored: ${counts.totalEntities.toLocaleString("en")} entities, ${counts.totalRelations.toLocaleString("en")} relations, ` +
      `${counts.mentions.toLocaleString("en")} mentions; RSS now ${mb(process.memoryUsage().rss)}, peak ${peakRss()}`);
    await subgraphLatencies(store, dataset);
    const second = await timedLoad(store, dataset, "second load of the same dataset (idempotent path)");
    const again = await store.counts();
    const same = JSON.stringify(again) === JSON.stringify(counts);
    await store.close();
    const naiveSlice = dataset.relations.slice(0, naive);
    const naiveMs = naive > 0 ? await naiveLoop(dir, dataset, naiveSlice) : 0;
    const relationsMs = phaseMs(first.phases, "relations");
    console.log("\nfigures");
    console.log(`  generation            ${secs(generationMs)}`);
    console.log(`  bulk load (total)     ${secs(first.ms)}  (${rate(relations, first.ms)} relations over the whole load)`);
    console.log(`  entities phase        ${secs(phaseMs(first.phases, "entities"))}  (${rate(entities, phaseMs(first.phases, "entities"))} entities)`);
    console.log(`  relations phase       ${secs(relationsMs)}  (${rate(relations, relationsMs)} relations)`);
    console.log(`  mentions phase        ${secs(phaseMs(first.phases, "mentions"))}`);
    console.log(`  second load           ${secs(second.ms)}  (counts unchanged: ${same})`);
    if (naive > 0) {
      console.log(`  naive MERGE loop      ${naiveSlice.length.toLocaleString("en")} relations in ${secs(naiveMs)}  (${rate(naiveSlice.length, naiveMs)})`);
      console.log(`  bulk / naive          ${((relations / relationsMs) / (naiveSlice.length / naiveMs)).toFixed(0)}× (relations phase vs naive loop)`);
    }
    console.log(`  RSS                   now ${mb(process.memoryUsage().rss)}, peak ${peakRss()}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
