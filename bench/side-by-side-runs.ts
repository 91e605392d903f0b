// The three measurements of the side-by-side benchmark, each engine behind GraphStore: loading the
// synthetic graph, the API over HTTP (server in a child process, autocannon here), and the
// depth-2 neighbourhood as raw Cypher next to the store and the API.

import type { EntityType } from "../graph-schema/index.js";
import type { EngineConfig } from "../server/config.js";
import type { Dataset } from "../server/dataset/dataset.js";
import type { GraphStore } from "../server/store/graph-store.js";
import { openStore } from "../server/store/open-store.js";
import { scenarios, requestPaths, type RequestPool } from "./api-scenarios.js";
import { fetchOk, runRequests, type HttpFigures } from "./http-load.js";
import { summarize, timeSequential, type LatencySummary } from "./latency.js";
import { perSecond, phaseMs, secs, timedLoad } from "./load-timing.js";
import type { Neo4jTarget } from "./neo4j-target.js";
import { RawCypher } from "./raw-cypher.js";
import type { MemorySample } from "./memory-probe.js";
import { startServerProcess } from "./server-process.js";

export type Engine = "embedded" | "neo4j";

export interface LoadFigures {
  engine: Engine;
  totalMs: number;
  /** Milliseconds of each load phase (schema, reset, articles, entities, disputes, relations, mentions). */
  phaseMs: Record<string, number>;
  relationsPerSecond: number;
  storedEntities: number;
  storedRelations: number;
}

export interface ScenarioFigures {
  key: string;
  name: string;
  /** One connection: latency of requests one at a time. */
  sequential: HttpFigures;
  /** Several connections: throughput. */
  concurrent: HttpFigures;
}

export interface ApiFigures {
  engine: Engine;
  scenarios: ScenarioFigures[];
  serverRssMb: number | null;
  /** The server's memory after the run, after a full garbage collection (null if it did not answer). */
  serverMemory: MemorySample | null;
}

export interface RawFigures {
  seeds: number;
  rawCypher: LatencySummary;
  store: LatencySummary;
  /** The API over HTTP (Node's fetch, one request at a time). */
  api: LatencySummary;
  /** Seeds where raw Cypher and the store kept as many entities and relations. */
  agreeing: number;
  meanEntities: number;
  meanRelations: number;
}

export function engineConfig(engine: Engine, embeddedPath: string, neo4j: Neo4jTarget | null): EngineConfig {
  if (engine === "embedded") return { engine, path: embeddedPath };
  if (!neo4j) throw new Error("no Neo4j target");
  return { engine, uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: neo4j.database };
}

/** Loads the dataset through the engine's own loader; `reset` only on a server this run owns. */
export async function loadEngine(
  engine: Engine,
  config: EngineConfig,
  dataset: Dataset,
  options: { reset: boolean; batchSize?: number },
): Promise<LoadFigures> {
  const store = await openStore(config);
  try {
    const before = await store.counts();
    if (!options.reset && before.totalEntities + before.totalRelations > 0)
      throw new Error(`${engine}: the database is not empty; pass --reset to wipe it first`);
    const load = await timedLoad(store, dataset, `load into ${engine}`, options);
    const counts = await store.counts();
    const relationsMs = phaseMs(load.phases, "relations");
    console.log(`  ${engine}: ${secs(load.ms)} in all, relations phase ${secs(relationsMs)}`);
    return {
      engine,
      totalMs: load.ms,
      phaseMs: Object.fromEntries([...load.phases.keys()].map((p) => [p, phaseMs(load.phases, p)])),
      relationsPerSecond: perSecond(dataset.relations.length, relationsMs),
      storedEntities: counts.totalEntities,
      storedRelations: counts.totalRelations,
    };
  } finally {
    await store.close();
  }
}

export interface ApiPlan {
  pool: RequestPool;
  seed: number;
  requests: number;
  connections: number;
  warmup: number;
}

/** The same request lists for every engine: one measured sequence and one warm-up per scenario. */
export function planRequests(plan: ApiPlan): { key: string; name: string; measured: string[]; warmup: string[] }[] {
  const warm = scenarios(plan.pool, plan.seed + 1);
  return scenarios(plan.pool, plan.seed).map((s, i) => ({
    key: s.key,
    name: s.name,
    measured: requestPaths(s, plan.requests),
    warmup: requestPaths(warm[i]!, Math.max(plan.warmup, plan.connections)),
  }));
}

export async function benchmarkApi(
  engine: Engine,
  served: EngineConfig,
  requests: ReturnType<typeof planRequests>,
  connections: number,
): Promise<ApiFigures> {
  console.log(`API on ${engine}: starting the server process`);
  const server = await startServerProcess(served);
  try {
    const figures: ScenarioFigures[] = [];
    for (const r of requests) {
      process.stdout.write(`  ${r.name}: warm-up`);
      await runRequests(server.base, r.warmup, 1);
      process.stdout.write(", one connection");
      const sequential = await runRequests(server.base, r.measured, 1);
      process.stdout.write(`, ${connections} connections`);
      const concurrent = await runRequests(server.base, r.measured, connections, server.pid);
      process.stdout.write(
        ` (p50 ${sequential.latency.p50.toFixed(1)} ms, ${concurrent.requestsPerSecond.toFixed(0)} req/s)\n`,
      );
      figures.push({ key: r.key, name: r.name, sequential, concurrent });
    }
    return { engine, scenarios: figures, serverRssMb: server.rssMb(), serverMemory: await server.memory() };
  } finally {
    await server.stop();
  }
}

const seedOf = (path: string): string => new URL(path, "http://x").searchParams.get("seeds") ?? "";

/**
 * The depth-2 scenario's own seeds three ways on Neo4j, one request at a time: raw Cypher, the
 * store in this process, and the API in its own process. A first untimed pass (which also checks
 * that raw Cypher and the store agree) warms Neo4j's caches for all three alike.
 */
export async function depthTwoThreeWays(
  target: Neo4jTarget,
  config: EngineConfig,
  depthTwoPaths: string[],
  labelOf: ReadonlyMap<string, EntityType>,
): Promise<RawFigures> {
  const seeds = depthTwoPaths.map(seedOf);
  const raw = await RawCypher.connect(target);
  const store = await openStore(config);
  const server = await startServerProcess(config);
  try {
    console.log(`depth 2 three ways on Neo4j (raw Cypher, store, API), ${seeds.length} seeds: warm pass`);
    const checked = await agreement(raw, store, seeds, labelOf);
    for (const path of depthTwoPaths) await fetchOk(server.base + path);
    const each = async (run: (i: number) => Promise<unknown>): Promise<LatencySummary> => {
      let i = 0;
      return summarize(await timeSequential(() => run(i++), seeds.length));
    };
    console.log("  timed passes");
    const rawCypher = await each((i) => raw.depthTwo(seeds[i]!, labelOf.get(seeds[i]!)!, 500));
    const storeTimes = await each((i) => store.subgraph({ seeds: [seeds[i]!], depth: 2, limit: 500 }));
    const api = await each((i) => fetchOk(server.base + depthTwoPaths[i]!));
    return { seeds: seeds.length, rawCypher, store: storeTimes, api, ...checked };
  } finally {
    await server.stop();
    await store.close();
    await raw.close();
  }
}

/** Checks (untimed) that the raw query answers what the store answers, seed by seed. */
async function agreement(
  raw: RawCypher,
  store: GraphStore,
  seeds: string[],
  labelOf: ReadonlyMap<string, EntityType>,
): Promise<Pick<RawFigures, "agreeing" | "meanEntities" | "meanRelations">> {
  let [agreeing, entities, relations] = [0, 0, 0];
  for (const id of seeds) {
    const r = await raw.depthTwo(id, labelOf.get(id)!, 500);
    const s = await store.subgraph({ seeds: [id], depth: 2, limit: 500 });
    if (r.entities === s.entities.length && r.relations === s.relations.length) agreeing++;
    entities += r.entities;
    relations += r.relations;
  }
  const n = Math.max(1, seeds.length);
  return { agreeing, meanEntities: entities / n, meanRelations: relations / n };
}
