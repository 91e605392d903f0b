// Both engines side by side (`npm run bench:side-by-side -- --engines embedded,neo4j --scale 0.1`):
// the same synthetic graph loaded through each engine's loader, the same API requests served by
// the real app in a child process, and Neo4j's depth-2 neighbourhood as raw Cypher. Without
// NEO4J_URI it starts its own Neo4j in a temporary folder and stops it at the end. Prints tables
// with ratios and writes every figure as JSON (default bench/results/, git-ignored).

import { mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { benchOptions } from "./cli-options.js";
import type { EntityType } from "../graph-schema/index.js";
import { PROJECT_ROOT } from "../server/paths.js";
import { generateDataset } from "./generate.js";
import { onInterrupt } from "./interrupt.js";
import { neo4jTarget, type Neo4jTarget } from "./neo4j-target.js";
import { printFigures, writeFigures, type SideBySideFigures } from "./side-by-side-report.js";
import {
  benchmarkApi,
  engineConfig,
  loadEngine,
  planRequests,
  depthTwoThreeWays,
  type ApiFigures,
  type Engine,
  type LoadFigures,
} from "./side-by-side-runs.js";

const USAGE = `Usage: npm run bench:side-by-side -- [options]

Loads the same synthetic graph through each engine's loader, serves the same API requests from
the real app in a child process, and times Neo4j's depth-2 neighbourhood as raw Cypher. Without
NEO4J_URI it starts its own Neo4j in a temporary folder. Prints tables with ratios and writes
every figure as JSON (default bench/results/).

  --engines LIST      embedded and/or neo4j (default embedded,neo4j)
  --scale X           share of the 100k-entity / 1M-relation graph (default 1)
  --seed N            random seed (default 42)
  --requests N        requests per scenario (default 200)
  --connections N     concurrent connections for throughput (default 8)
  --batch-size N      loader batch size (default: the loader's)
  --heap MB           heap of a Neo4j started here (default 3072)
  --page-cache MB     page cache of a Neo4j started here (default 1024)
  --reset             allow wiping the Neo4j that NEO4J_URI names
  --out FILE          where the JSON goes (default bench/results/side-by-side-<time>.json)
  --help              this text`;

const { values: flags } = benchOptions(USAGE, {
  options: {
    engines: { type: "string", default: "embedded,neo4j" },
    scale: { type: "string", default: "1" },
    seed: { type: "string", default: "42" },
    requests: { type: "string", default: "200" },
    connections: { type: "string", default: "8" },
    "batch-size": { type: "string" },
    heap: { type: "string", default: "3072" },
    "page-cache": { type: "string", default: "1024" },
    reset: { type: "boolean", default: false },
    out: { type: "string" },
  },
});

function positive(name: keyof typeof flags, integer = true): number {
  const n = Number(flags[name]);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
    throw new Error(`--${name} must be a positive ${integer ? "integer" : "number"}, got ${String(flags[name])}`);
  return n;
}

function engines(): Engine[] {
  const names = (flags.engines ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = names.filter((e) => e !== "embedded" && e !== "neo4j");
  if (bad.length > 0 || names.length === 0)
    throw new Error(`--engines takes embedded and/or neo4j, got "${flags.engines}"`);
  return [...new Set(names)] as Engine[];
}

const stamp = (): string => new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);

async function main(): Promise<void> {
  const chosen = engines();
  const scale = positive("scale", false);
  const [seed, requests, connections] = [positive("seed"), positive("requests"), positive("connections")];
  const batchSize = flags["batch-size"] === undefined ? undefined : positive("batch-size");
  const [entities, relations] = [
    Math.max(10, Math.round(100_000 * scale)),
    Math.max(10, Math.round(1_000_000 * scale)),
  ];
  const out = flags.out ?? join(PROJECT_ROOT, "bench", "results", `side-by-side-${stamp()}.json`);
  const loadStart = loadavg()[0]!;

  let dataset: ReturnType<typeof generateDataset>["dataset"] | null = generateDataset(
    entities,
    relations,
    seed,
  ).dataset;
  const labelOf = new Map<string, EntityType>(dataset.entities.map((e) => [e.id, e.type]));
  const pool = { ids: dataset.entities.map((e) => e.id), names: dataset.entities.map((e) => e.name) };
  const dir = await mkdtemp(join(tmpdir(), "actorgraph-bench-side-"));
  const forgetDir = onInterrupt(() => rm(dir, { recursive: true, force: true }));
  let neo4j: Neo4jTarget | null = null;
  try {
    if (chosen.includes("neo4j")) {
      neo4j = await neo4jTarget({ heapMb: positive("heap"), pageCacheMb: positive("page-cache") }, (l) =>
        console.log(`  ${l}`),
      );
    }
    const config = (e: Engine) => engineConfig(e, join(dir, "graph.lbug"), neo4j);
    const load: LoadFigures[] = [];
    for (const e of chosen) {
      const reset = e === "neo4j" && !neo4j!.owned && flags.reset;
      load.push(await loadEngine(e, config(e), dataset, { reset, batchSize }));
    }
    dataset = null; // the load generator should not carry the dataset's heap from here on

    const plan = planRequests({ pool, seed, requests, connections, warmup: 20 });
    const api: ApiFigures[] = [];
    for (const e of chosen) {
      api.push(await benchmarkApi(e, config(e), plan, connections));
    }
    const depthTwo = plan.find((p) => p.key === "subgraph-depth-2")!;
    const raw = neo4j ? await depthTwoThreeWays(neo4j, config("neo4j"), depthTwo.measured, labelOf) : null;

    const figures: SideBySideFigures = {
      run: {
        date: new Date().toISOString(),
        command: `npm run bench:side-by-side -- ${process.argv.slice(2).join(" ")}`.trim(),
        node: process.version,
        cpus: cpus().length,
        loadAverage: { start: loadStart, end: loadavg()[0]! },
        entities,
        relations,
        seed,
        requests,
        connections,
        neo4j: neo4j?.started
          ? {
              version: neo4j.started.version,
              startMs: neo4j.started.ms,
              heapMb: neo4j.started.heapMb,
              pageCacheMb: neo4j.started.pageCacheMb,
            }
          : neo4j
            ? "NEO4J_URI"
            : null,
      },
      load,
      api,
      raw,
    };
    printFigures(figures);
    await writeFigures(out, figures);
    console.log(`figures written to ${relative(process.cwd(), out)}`);
  } finally {
    if (neo4j) {
      console.log("stopping Neo4j");
      await neo4j.stop();
    }
    forgetDir();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
