// Load benchmark of the embedded engine (`npm run bench -- --scale 0.2 --neo4j`): generates a
// synthetic dataset, bulk-loads it into an on-disk database in a temporary folder, says where the
// relations phase's time went, times depth-1/2 subgraphs, loads it again (the idempotent path),
// compares with a naive one-MERGE-per-relation loop on a slice and, with --neo4j, with the same
// load into Neo4j through our loader. The temporary folder is deleted at the end.

import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Connection, Database } from "@ladybugdb/core";
import { RELATION_PROPERTIES, type EntityType, type Relation } from "../graph-schema/index.js";
import type { Dataset } from "../server/dataset/dataset.js";
import type { GraphStore, LoadPhase } from "../server/store/graph-store.js";
import { openEmbeddedStore } from "../server/store/embedded/embedded-store.js";
import { relationRow } from "../server/store/stored-records.js";
import { benchOptions } from "./cli-options.js";
import { printPhaseParts } from "./load-parts.js";
import { mb, peakRss, perSecond, phaseMs, rate, secs, timedLoad } from "./load-timing.js";
import { generateDataset } from "./generate.js";
import { neo4jTarget } from "./neo4j-target.js";
import { engineConfig, loadEngine } from "./side-by-side-runs.js";
import { random } from "./synthetic.js";

const USAGE = `Usage: npm run bench -- [options]

Bulk-loads a synthetic graph into a new on-disk embedded database and prints each phase's time,
where the relations phase's time went (writing files, COPY, checkpoints; CPU per relation), subgraph
latencies, a second load of the same data (the idempotent path) and a naive MERGE loop.

  --scale X           share of the 100k-entity / 1M-relation graph (default 1)
  --entities N        entities (default 100000 × scale)
  --relations N       relations (default 1000000 × scale)
  --naive N           relations in the naive MERGE loop (default 2000; 0 skips it)
  --skip-second       skip the second load and the subgraph latencies
  --neo4j             also load the same graph into Neo4j through our loader and print the ratio
                      (NEO4J_URI's server, which must be empty, or a local one started here)
  --heap MB           heap of a Neo4j started here (default 3072)
  --page-cache MB     page cache of a Neo4j started here (default 1024)
  --seed N            random seed (default 42)
  --help              this text`;

const { values: flags } = benchOptions(USAGE, {
  options: {
    scale: { type: "string", default: "1" },
    entities: { type: "string" },
    relations: { type: "string" },
    naive: { type: "string", default: "2000" },
    "skip-second": { type: "boolean", default: false },
    neo4j: { type: "boolean", default: false },
    heap: { type: "string", default: "3072" },
    "page-cache": { type: "string", default: "1024" },
    seed: { type: "string", default: "42" },
  },
});
const count = (
  name: "entities" | "relations" | "naive" | "seed" | "heap" | "page-cache",
  fallback?: number,
): number => {
  const text = flags[name];
  const n = text === undefined ? fallback : Number(text);
  if (n === undefined || !Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a non-negative integer, got ${text}`);
  return n;
};
const scale = Number(flags.scale);
if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${flags.scale}`);
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

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
  second: Awaited<ReturnType<typeof timedLoad>> | null;
  unchanged: boolean;
  naive: { relations: number; ms: number };
  /** The relations phase of the same load into Neo4j through our loader. */
  neo4j: { relationsMs: number; totalMs: number } | null;
}

/** Bulk load, where its relations phase went, traversal latencies and the second load, on one on-disk database. */
async function loadTwice(dir: string, dataset: Dataset): Promise<Pick<Figures, "first" | "second" | "unchanged">> {
  const store = await openEmbeddedStore({ path: join(dir, "bench.lbug") });
  try {
    const first = await timedLoad(store, dataset, "bulk load into an empty database");
    printPhaseParts(first, "relations", dataset.relations.length);
    const counts = await store.counts();
    console.log(
      `  stored: ${counts.totalEntities.toLocaleString("en")} entities, ${counts.totalRelations.toLocaleString("en")} ` +
        `relations, ${counts.mentions.toLocaleString("en")} mentions; RSS now ${mb(process.memoryUsage().rss)}`,
    );
    if (flags["skip-second"]) return { first, second: null, unchanged: true };
    await subgraphLatencies(store, dataset);
    const second = await timedLoad(store, dataset, "second load of the same dataset (idempotent path)");
    const unchanged = JSON.stringify(await store.counts()) === JSON.stringify(counts);
    return { first, second, unchanged };
  } finally {
    await store.close();
  }
}

/** The same dataset through our Neo4j loader (a local server started here unless NEO4J_URI is set). */
async function loadNeo4j(dir: string, dataset: Dataset): Promise<Figures["neo4j"]> {
  const target = await neo4jTarget({ heapMb: count("heap"), pageCacheMb: count("page-cache") }, (l) =>
    console.log(`  ${l}`),
  );
  try {
    const figures = await loadEngine("neo4j", engineConfig("neo4j", join(dir, "unused.lbug"), target), dataset, {
      reset: false,
    });
    return { relationsMs: figures.phaseMs.relations ?? 0, totalMs: figures.totalMs };
  } finally {
    await target.stop();
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
  const cpu = f.first.cpu.get("relations");
  const cpuNote = cpu ? `; ${rate(relations, cpu.main + cpu.other)} per CPU second` : "";
  console.log(
    `  relations phase       ${secs(phase("relations"))}  (${rate(relations, phase("relations"))} relations${cpuNote})`,
  );
  console.log(`  mentions phase        ${secs(phase("mentions"))}`);
  if (f.second) console.log(`  second load           ${secs(f.second.ms)}  (counts unchanged: ${f.unchanged})`);
  if (f.naive.relations > 0) {
    console.log(
      `  naive MERGE loop      ${f.naive.relations.toLocaleString("en")} relations in ${secs(f.naive.ms)}  (${rate(f.naive.relations, f.naive.ms)})`,
    );
    console.log(
      `  bulk / naive          ${(bulkRate / naiveRate).toFixed(0)}x (relations phase vs one MERGE per relation)`,
    );
  }
  if (f.neo4j) {
    const neo4jRate = perSecond(relations, f.neo4j.relationsMs);
    console.log(
      `  Neo4j, our loader     relations phase ${secs(f.neo4j.relationsMs)} (${rate(relations, f.neo4j.relationsMs)}), ` +
        `whole load ${secs(f.neo4j.totalMs)}; embedded / Neo4j ${(perSecond(relations, phase("relations")) / neo4jRate).toFixed(1)}x`,
    );
  }
  console.log(`  RSS                   now ${mb(process.memoryUsage().rss)}, peak ${peakRss()}`);
}

async function main(): Promise<void> {
  const entities = count("entities", Math.round(100_000 * scale));
  const relations = count("relations", Math.round(1_000_000 * scale));
  const naive = count("naive");
  console.log(`load average at the start: ${load()}`);
  const { dataset, ms: generationMs } = generateDataset(entities, relations, count("seed"));
  const dir = await mkdtemp(join(tmpdir(), "actorgraph-bench-"));
  try {
    const loads = await loadTwice(dir, dataset);
    const slice = dataset.relations.slice(0, naive);
    if (slice.length > 0) console.log(`naive loop: ${slice.length.toLocaleString("en")} relations, one MERGE each`);
    const naiveMs = slice.length > 0 ? await naiveLoop(dir, dataset, slice) : 0;
    const neo4j = flags.neo4j ? await loadNeo4j(dir, dataset) : null;
    printFigures(
      { generationMs, ...loads, naive: { relations: slice.length, ms: naiveMs }, neo4j },
      entities,
      relations,
    );
    console.log(`  load average          ${load()} (1, 5, 15 min) at the end`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
