// Load benchmark of the embedded engine (`npm run bench -- --entities N --relations M --naive K`):
// generates a synthetic dataset, bulk-loads it into an on-disk database in a temporary folder,
// times depth-1/2 subgraphs, loads it again (the idempotent path), and compares with a naive
// one-MERGE-per-relation loop on a slice. The temporary folder is deleted at the end.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Connection, Database } from "@ladybugdb/core";
import { RELATION_PROPERTIES, type EntityType, type Relation } from "../graph-schema/index.js";
import type { Dataset } from "../server/dataset/dataset.js";
import type { GraphStore, LoadPhase } from "../server/store/graph-store.js";
import { openEmbeddedStore } from "../server/store/embedded/embedded-store.js";
import { relationRow } from "../server/store/stored-records.js";
import { mb, peakRss, phaseMs, rate, secs, timedLoad } from "./load-timing.js";
import { generateDataset } from "./generate.js";
import { random } from "./synthetic.js";

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

async function subgraphLatencies(store: GraphStore, dataset: Dataset): Promise<void> {
  const warm = performance.now();
  await store.subgraph({ seeds: [dataset.relations[0]!.source], depth: 0, limit: 1 });
  console.log(
    `  first traversal (builds the in-process graph cache): ${secs(performance.now() - warm)}, ` +
      `RSS now ${mb(process.memoryUsage().rss)}`,
  );
  const rng = random(7);
  const seeds = Array.from(
    { length: 20 },
    () => dataset.relations[Math.floor(rng() * dataset.relations.length)]!.source,
  );
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
    console.log(
      `  subgraph depth ${depth}, limit 500, 20 seeds: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(0.99)} ms ` +
        `(reached entities: median ${sizes[10]}, max ${sizes[19]})`,
    );
  }
}

/** One prepared MERGE per relation, executed one at a time on a fresh database holding the entities. */
async function naiveLoop(dir: string, dataset: Dataset, slice: Relation[]): Promise<number> {
  const path = join(dir, "naive.lbug");
  const store = await openEmbeddedStore({ path });
  await store.load({ ...dataset, relations: [], mentions: [] });
  await store.close();
  const labels = new Map<string, EntityType>(dataset.entities.map((e) => [e.id, e.type]));
  const db = new Database(path);
  const conn = new Connection(db);
  const props = RELATION_PROPERTIES.filter((p) => p.name !== "id")
    .map((p) => `x.${p.name} = $${p.name}`)
    .join(", ");
  const prepared = new Map<string, Awaited<ReturnType<Connection["prepare"]>>>();
  const started = performance.now();
  for (const r of slice) {
    const [a, b] = [labels.get(r.source)!, labels.get(r.target)!];
    const key = `${r.type} ${a} ${b}`;
    if (!prepared.has(key)) {
      prepared.set(
        key,
        await conn.prepare(
          `MATCH (a:${a} {id: $source}) MATCH (b:${b} {id: $target}) MERGE (a)-[x:${r.type} {id: $id}]->(b) SET ${props}`,
        ),
      );
    }
    const row = relationRow(r) as Record<string, never>;
    await conn.execute(prepared.get(key)!, { ...row, source: r.source, target: r.target });
  }
  const ms = performance.now() - started;
  await conn.close();
  await db.close();
  return ms;
}

interface Figures {
  generationMs: number;
  first: Awaited<ReturnType<typeof timedLoad>>;
  second: Awaited<ReturnType<typeof timedLoad>>;
  unchanged: boolean;
  naive: { relations: number; ms: number };
}

/** Bulk load, traversal latencies and the second load, on one on-disk database. */
async function loadTwice(dir: string, dataset: Dataset): Promise<Omit<Figures, "generationMs" | "naive">> {
  const store = await openEmbeddedStore({ path: join(dir, "bench.lbug") });
  try {
    const first = await timedLoad(store, dataset, "bulk load into an empty database");
    const counts = await store.counts();
    console.log(
      `  stored: ${counts.totalEntities.toLocaleString("en")} entities, ${counts.totalRelations.toLocaleString("en")} ` +
        `relations, ${counts.mentions.toLocaleString("en")} mentions; RSS now ${mb(process.memoryUsage().rss)}`,
    );
    await subgraphLatencies(store, dataset);
    const second = await timedLoad(store, dataset, "second load of the same dataset (idempotent path)");
    const unchanged = JSON.stringify(await store.counts()) === JSON.stringify(counts);
    return { first, second, unchanged };
  } finally {
    await store.close();
  }
}

function printFigures(f: Figures, entities: number, relations: number): void {
  const phase = (name: LoadPhase) => phaseMs(f.first.phases, name);
  const bulkRate = relations / phase("relations");
  const naiveRate = f.naive.relations / f.naive.ms;
  console.log("\nfigures");
  console.log(`  generation            ${secs(f.generationMs)}`);
  console.log(
    `  bulk load (total)     ${secs(f.first.ms)}  (${rate(relations, f.first.ms)} relations over the whole load)`,
  );
  console.log(`  entities phase        ${secs(phase("entities"))}  (${rate(entities, phase("entities"))} entities)`);
  console.log(
    `  relations phase       ${secs(phase("relations"))}  (${rate(relations, phase("relations"))} relations)`,
  );
  console.log(`  mentions phase        ${secs(phase("mentions"))}`);
  console.log(`  second load           ${secs(f.second.ms)}  (counts unchanged: ${f.unchanged})`);
  if (f.naive.relations > 0) {
    console.log(
      `  naive MERGE loop      ${f.naive.relations.toLocaleString("en")} relations in ${secs(f.naive.ms)}  (${rate(f.naive.relations, f.naive.ms)})`,
    );
    console.log(
      `  bulk / naive          ${(bulkRate / naiveRate).toFixed(0)}x (relations phase vs one MERGE per relation)`,
    );
  }
  console.log(`  RSS                   now ${mb(process.memoryUsage().rss)}, peak ${peakRss()}`);
}

async function main(): Promise<void> {
  const [entities, relations, naive] = [count("entities"), count("relations"), count("naive")];
  const { dataset, ms: generationMs } = generateDataset(entities, relations, count("seed"));
  const dir = await mkdtemp(join(tmpdir(), "actorgraph-bench-"));
  try {
    const loads = await loadTwice(dir, dataset);
    const slice = dataset.relations.slice(0, naive);
    if (slice.length > 0) console.log(`naive loop: ${slice.length.toLocaleString("en")} relations, one MERGE each`);
    const naiveMs = slice.length > 0 ? await naiveLoop(dir, dataset, slice) : 0;
    printFigures({ generationMs, ...loads, naive: { relations: slice.length, ms: naiveMs } }, entities, relations);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
