// API benchmark (`npm run bench:api -- --entities N --relations M [--buffer-pool SIZE]`): builds a
// synthetic graph in the embedded engine on disk, times the same work on the store in this process
// and measures what each part of a serving store holds, then serves the real app in its own process
// (server-process.ts) and drives it with autocannon from this one: subgraph depth 1 and 2 (limit
// 500), search and paths, p50/p95/p99 one request at a time, throughput under concurrency, the
// server's RSS split into heap and native memory, and the issue's goals with the ratio to each.

import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import {
  DEFAULT_SERVE_BUFFER_POOL_BYTES,
  ENGINE_DEFAULT,
  formatBytes,
  parseBufferPool,
} from "../server/store/embedded/buffer-pool.js";
import { openEmbeddedStore } from "../server/store/embedded/embedded-store.js";
import type { GraphStore } from "../server/store/graph-store.js";
import { scenarios, type RequestPool } from "./api-scenarios.js";
import { benchOptions } from "./cli-options.js";
import { memoryBreakdown, printBreakdown, printServerMemory } from "./memory-breakdown.js";
import { ms, percentile, timeSequential } from "./latency.js";
import { benchmarkApi, planRequests, type ApiFigures } from "./side-by-side-runs.js";
import { syntheticDataset } from "./synthetic.js";

const USAGE = `Usage: npm run bench:api -- [options]

Serves a synthetic graph (embedded engine) from its own process and measures it with autocannon:
subgraph depth 1 and 2 (limit 500), search, paths; latency, throughput, the server's CPU per
request and its memory, and the issue's goals with the ratio to each.

Options:
  --entities N        entities of the synthetic graph (default 100000)
  --relations N       relations of the synthetic graph (default 1000000)
  --seed N            the graph's and the requests' random seed (default 7)
  --requests N        requests per scenario (default 300)
  --concurrency N     connections for the throughput run (default 16)
  --warmup N          requests sent first and not measured (default 20)
  --buffer-pool SIZE  LadybugDB buffer pool here and in the server, e.g. 512MB; 0: the engine's own
                      (default: serve's, 256MB)
  --db FILE           keep the loaded graph in FILE and reuse it when there (same sizes and seed only)
  -h, --help          this text`;

const { values: flags } = benchOptions(USAGE, {
  options: {
    entities: { type: "string", default: "100000" },
    relations: { type: "string", default: "1000000" },
    requests: { type: "string", default: "300" },
    concurrency: { type: "string", default: "16" },
    warmup: { type: "string", default: "20" },
    seed: { type: "string", default: "7" },
    "buffer-pool": { type: "string" },
    db: { type: "string" },
  },
});
type NumberFlag = "entities" | "relations" | "requests" | "concurrency" | "warmup" | "seed";
const num = (name: NumberFlag): number => {
  const n = Number(flags[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got ${flags[name]}`);
  return n;
};

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

/** The issue's goals (on 100k entities / 1M relations): what each measures and how it compares. */
const GOALS = [
  { key: "subgraph-depth-2", what: "depth 2 p95 (ms)", goal: 50, below: true, of: "p95" },
  { key: "subgraph-depth-2", what: "depth 2 req/s", goal: 300, below: false, of: "rps" },
  { key: "subgraph-depth-1", what: "depth 1 req/s", goal: 1500, below: false, of: "rps" },
  { key: "search", what: "search p95 (ms)", goal: 5, below: true, of: "p95" },
  { key: "search", what: "search req/s", goal: 2000, below: false, of: "rps" },
] as const;

/** p50 of each scenario's engine work in this process (no HTTP), by scenario key. */
async function engineTimes(
  store: GraphStore,
  pool: RequestPool,
  seed: number,
  n: number,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const s of scenarios(pool, seed)) {
    if (!s.engine) continue;
    await timeSequential(() => s.engine!(store), 20); // warm-up (the first builds the graph cache)
    out.set(s.key, percentile(await timeSequential(() => s.engine!(store), n), 50));
  }
  return out;
}

/** The serving pool in bytes: the flag's size (0: the engine's own default), else `serve`'s default. */
function bufferPool(): number {
  const flag = flags["buffer-pool"];
  if (flag === undefined) return DEFAULT_SERVE_BUFFER_POOL_BYTES;
  return parseBufferPool(flag, "--buffer-pool");
}

const poolSetting = (bytes: number): string => (bytes === 0 ? "the engine's default" : formatBytes(bytes));

function report(api: ApiFigures, engine: Map<string, number>, connections: number, pool: number): void {
  console.log(
    `\n${"scenario".padEnd(46)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"p99".padStart(9)} ` +
      `${"engine p50".padStart(11)} ${"API/engine".padStart(10)} ${("req/s @" + connections).padStart(10)} ` +
      `${"server CPU/req".padStart(14)} errors`,
  );
  for (const s of api.scenarios) {
    const { p50, p95, p99 } = s.sequential.latency;
    const e = engine.get(s.key);
    const failed = s.concurrent.non2xx + s.concurrent.errors + s.concurrent.timeouts;
    // The server's CPU per request under concurrency: less disturbed by other load than req/s.
    const cpu = s.concurrent.serverCpuMsPerRequest;
    console.log(
      `${s.name.padEnd(46)} ${ms(p50).padStart(9)} ${ms(p95).padStart(9)} ${ms(p99).padStart(9)} ` +
        `${(e === undefined ? "-" : ms(e)).padStart(11)} ${(e === undefined ? "-" : (p50 / e).toFixed(2) + "x").padStart(10)} ` +
        `${s.concurrent.requestsPerSecond.toFixed(0).padStart(10)} ` +
        `${(cpu === null ? "-" : `${cpu.toFixed(2)} ms`).padStart(14)} ${failed}`,
    );
  }
  console.log(`\n${"goal".padEnd(22)} ${"measured".padStart(9)} ${"goal".padStart(7)} ratio (≥ 1 meets it)`);
  for (const g of GOALS) {
    const s = api.scenarios.find((x) => x.key === g.key);
    if (!s) continue;
    const value = g.of === "p95" ? s.sequential.latency.p95 : s.concurrent.requestsPerSecond;
    const ratio = g.below ? g.goal / value : value / g.goal;
    console.log(
      `${g.what.padEnd(22)} ${value.toFixed(1).padStart(9)} ${((g.below ? "< " : "≥ ") + g.goal).padStart(7)} ${ratio.toFixed(2)}`,
    );
  }
  const rss = api.serverRssMb;
  console.log(
    `${"server RSS (MB)".padEnd(22)} ${String(rss ?? "?").padStart(9)} ${"< 1024".padStart(7)} ${rss ? (1024 / rss).toFixed(2) : "?"}` +
      ` (LadybugDB buffer pool: ${poolSetting(pool)})`,
  );
  printServerMemory(api.serverMemory);
}

/** The synthetic graph's request pool; the graph is loaded into `path` unless a kept one is there. */
async function loadedGraph(path: string, sizes: { entities: number; relations: number; seed: number }) {
  const t = performance.now();
  const dataset = syntheticDataset(sizes);
  console.log(`generated ${sizes.entities} entities / ${sizes.relations} relations in ${ms(performance.now() - t)}`);
  const requestPool: RequestPool = {
    ids: dataset.entities.map((e) => e.id),
    names: dataset.entities.map((e) => e.name),
  };
  if (existsSync(path)) {
    console.log(`reusing the graph loaded at ${path}`);
    return requestPool;
  }
  // Loaded as `load` loads, with the engine's own pool (1M relations do not load with 256 MB).
  const store = await openEmbeddedStore({ path, bufferPoolBytes: ENGINE_DEFAULT });
  try {
    const started = performance.now();
    await store.load(dataset);
    console.log(`loaded in ${ms(performance.now() - started)} (buffer pool: the engine's default)`);
  } finally {
    await store.close();
  }
  return requestPool;
}

/** Reopens the loaded graph as `serve` would: what each part holds, then the engine's own times. */
async function inProcess(path: string, pool: number, requestPool: RequestPool, seed: number, n: number) {
  const store = await openEmbeddedStore({ path, bufferPoolBytes: pool });
  try {
    const firstSubgraph = () => store.subgraph({ seeds: [requestPool.ids[0]!], depth: 2, limit: 500 });
    const { steps, poolLimitBytes } = await memoryBreakdown(store, firstSubgraph);
    printBreakdown(steps, poolLimitBytes);
    return await engineTimes(store, requestPool, seed, n);
  } finally {
    // The server process opens the same file: this process lets go of it first.
    await store.close();
  }
}

async function main(): Promise<void> {
  const [entities, relations, requests, connections, seed] = [
    num("entities"),
    num("relations"),
    num("requests"),
    num("concurrency"),
    num("seed"),
  ];
  const pool = bufferPool();
  console.log(`load average at the start: ${load()}; buffer pool served with: ${poolSetting(pool)}`);
  const dir = flags.db ? null : await mkdtemp(join(tmpdir(), "actorgraph-bench-api-"));
  const path = flags.db ?? join(dir!, "graph.lbug");
  try {
    const requestPool = await loadedGraph(path, { entities, relations, seed });
    const engine = await inProcess(path, pool, requestPool, seed + 2, Math.min(requests, 100));
    const plan = planRequests({ pool: requestPool, seed, requests, connections, warmup: num("warmup") });
    const served = { engine: "embedded", path, bufferPoolBytes: pool } as const;
    const api = await benchmarkApi("embedded", served, plan, connections);
    report(api, engine, connections, pool);
    console.log(`\nload average at the end: ${load()} (2 shared cores: compare runs at similar load)`);
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
