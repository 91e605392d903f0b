// What every API request pays besides its own work (`npx tsx bench/http-overhead.ts --help`): the
// real app in its own process over a loaded embedded graph, autocannon here, and per scenario
// (schema: no store work; health; search; subgraph depth 1) the server's CPU milliseconds per
// request and req/s at 16 connections, repeated in rounds with the load average beside each, and
// optionally against another checkout (`--baseline DIR`) served the same way, run alternately.

import { existsSync } from "node:fs";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { openEmbeddedStore } from "../server/store/embedded/embedded-store.js";
import { ENGINE_DEFAULT } from "../server/store/embedded/buffer-pool.js";
import { requestPaths, scenarios } from "./api-scenarios.js";
import { runRequests } from "./http-load.js";
import { onInterrupt } from "./interrupt.js";
import { startServerProcess, type ServerProcess } from "./server-process.js";
import { syntheticDataset } from "./synthetic.js";

const HELP = `usage: npx tsx bench/http-overhead.ts [options]

  --db FILE           a loaded embedded graph of --entities/--relations/--seed (as bench/api.ts
                      loads it), loaded there first when missing; without it the graph is loaded
                      into a temporary folder
  --entities N        entities of the synthetic graph (default 10000)
  --relations N       relations of the synthetic graph (default 100000)
  --seed N            seed of the synthetic graph and of the requests (default 7, as bench/api.ts)
  --requests N        requests per scenario and round (default 3000)
  --connections N     concurrent connections (default 16)
  --rounds N          rounds over all scenarios, each with requests of its own (default 3)
  --only LIST         scenarios, comma-separated: schema,health,search,depth1 (default all)
  --log-level LEVEL   the server's LOG_LEVEL (default info, as a server runs; warn writes no request lines)
  --baseline DIR      another checkout of the project (node_modules linked in) served alternately
  --cpu-prof DIR      write a V8 CPU profile of each server process into DIR
  --help              this text`;

const { values: flags } = parseArgs({
  options: {
    db: { type: "string" },
    entities: { type: "string", default: "10000" },
    relations: { type: "string", default: "100000" },
    seed: { type: "string", default: "7" },
    requests: { type: "string", default: "3000" },
    connections: { type: "string", default: "16" },
    rounds: { type: "string", default: "3" },
    only: { type: "string", default: "schema,health,search,depth1" },
    "log-level": { type: "string", default: "info" },
    baseline: { type: "string" },
    "cpu-prof": { type: "string" },
    help: { type: "boolean", default: false },
  },
});

type NumberFlag = "entities" | "relations" | "seed" | "requests" | "connections" | "rounds";
const num = (name: NumberFlag): number => {
  const n = Number(flags[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got ${flags[name]}`);
  return n;
};

const load1 = (): string => loadavg()[0]!.toFixed(1);

const SCENARIOS = ["schema", "health", "search", "depth1"];

/** The request paths of one scenario, given the graph's ids and names and a seed. */
type RequestList = (seed: number) => string[];

/**
 * Each scenario's requests by seed: every server gets the same list in a round, and each round
 * (and each warm-up) a list of its own, so searches are not all answered from the kept answers.
 */
function requestLists(count: number): Map<string, RequestList> {
  const [entities, relations, seed] = [num("entities"), num("relations"), num("seed")];
  const dataset = syntheticDataset({ entities, relations, seed });
  const pool = { ids: dataset.entities.map((e) => e.id), names: dataset.entities.map((e) => e.name) };
  const of =
    (key: string): RequestList =>
    (s) =>
      requestPaths(
        scenarios(pool, s).find((x) => x.key === key)!,
        count,
      );
  const lists = new Map<string, RequestList>([
    ["schema", () => Array.from({ length: count }, () => "/api/schema")],
    ["health", () => Array.from({ length: count }, () => "/api/health")],
    ["search", of("search")],
    ["depth1", of("subgraph-depth-1")],
  ]);
  const wanted = flags.only.split(",").map((s) => s.trim());
  for (const key of wanted) if (!SCENARIOS.includes(key)) throw new Error(`--only: unknown scenario "${key}"`);
  return new Map([...lists].filter(([key]) => wanted.includes(key)));
}

/** A loaded graph: the --db file, or one generated and loaded into `dir`. */
async function graphPath(dir: string): Promise<string> {
  const path = flags.db ? resolve(flags.db) : join(dir, "graph.lbug");
  if (existsSync(path)) return path;
  const dataset = syntheticDataset({ entities: num("entities"), relations: num("relations"), seed: num("seed") });
  const store = await openEmbeddedStore({ path, bufferPoolBytes: ENGINE_DEFAULT });
  try {
    await store.load(dataset);
  } finally {
    await store.close();
  }
  return path;
}

interface Served {
  label: string;
  server: ServerProcess;
}

async function measure(served: Served[], lists: Map<string, RequestList>): Promise<void> {
  const [connections, rounds, seed] = [num("connections"), num("rounds"), num("seed")];
  console.log(
    `\n${"round".padEnd(6)} ${"server".padEnd(9)} ${"scenario".padEnd(8)} ${"cpu ms/req".padStart(10)} ` +
      `${("req/s @" + connections).padStart(10)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} errors load`,
  );
  for (let round = 1; round <= rounds; round++) {
    for (const [key, list] of lists) {
      const paths = list(seed + round - 1);
      const warmup = list(seed + 1_000 + round).slice(0, Math.max(200, connections));
      // Alternate which server goes first, so neither always meets the same neighbours' load.
      for (const { label, server } of round % 2 ? served : [...served].reverse()) {
        await runRequests(server.base, warmup, connections);
        const f = await runRequests(server.base, paths, connections, server.pid);
        const cpu = f.serverCpuMsPerRequest === null ? "?" : f.serverCpuMsPerRequest.toFixed(3);
        console.log(
          `${String(round).padEnd(6)} ${label.padEnd(9)} ${key.padEnd(8)} ${cpu.padStart(10)} ` +
            `${f.requestsPerSecond.toFixed(0).padStart(10)} ${f.latency.p50.toFixed(2).padStart(7)} ` +
            `${f.latency.p95.toFixed(2).padStart(7)} ${String(f.non2xx + f.errors + f.timeouts).padStart(6)} ${load1()}`,
        );
      }
    }
  }
}

async function main(): Promise<void> {
  if (flags.help) return void console.log(HELP);
  const dir = await mkdtemp(join(tmpdir(), "actorgraph-bench-overhead-"));
  const forgetDir = onInterrupt(() => rm(dir, { recursive: true, force: true }));
  const served: Served[] = [];
  try {
    const lists = requestLists(num("requests"));
    const path = await graphPath(dir);
    const common = { logLevel: flags["log-level"], cpuProfileDir: flags["cpu-prof"] };
    const roots: { label: string; root?: string }[] = [{ label: "this" }];
    if (flags.baseline) roots.unshift({ label: "baseline", root: resolve(flags.baseline) });
    console.log(`load average at the start: ${load1()}; graph ${path}; server LOG_LEVEL ${flags["log-level"]}`);
    for (const { label, root } of roots) {
      // One engine process per file at a time: each server opens its own copy of the graph file.
      const own = roots.length > 1 ? await copyOf(path, dir, label) : path;
      served.push({ label, server: await startServerProcess({ engine: "embedded", path: own }, { ...common, root }) });
    }
    await measure(served, lists);
    console.log(`\nload average at the end: ${load1()} (2 shared cores: compare rows of the same round)`);
  } finally {
    for (const { server } of served) await server.stop();
    forgetDir();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A copy of the graph file for a second server (LadybugDB locks a file for one process). */
async function copyOf(path: string, dir: string, label: string): Promise<string> {
  const copy = join(dir, `${label}.lbug`);
  await copyFile(path, copy);
  return copy;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
