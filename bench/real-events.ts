// The API on real event data (`npm run bench:real-events`): a GDELT/ICEWS file imported next to
// the curated corpus, loaded into each engine, and the large-graph requests (overview, timeline,
// the neighbourhood of the biggest hub, the relations behind its heaviest pair, an evidence page)
// served by the real app in a child process; then the same requests on a synthetic graph of
// about the same size. Prints p50/p95, req/s and server RSS per graph and engine, with ratios.

import { mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { importEventFiles } from "../server/import/event-import.js";
import { loadImportedGraph } from "../server/import/imported-graph.js";
import { PROJECT_ROOT } from "../server/paths.js";
import type { Dataset } from "../server/dataset/dataset.js";
import { benchOptions } from "./cli-options.js";
import { generateDataset } from "./generate.js";
import { runRequests, type HttpFigures } from "./http-load.js";
import { onInterrupt } from "./interrupt.js";
import { neo4jTarget, type Neo4jTarget } from "./neo4j-target.js";
import { startServerProcess } from "./server-process.js";
import { engineConfig, loadEngine, type Engine } from "./side-by-side-runs.js";

const HELP = `Usage: npm run bench:real-events -- [options]

  --file PATH          event file to import (default: the shared GDELT Georgia file)
  --dataset NAME       gdelt or icews (default gdelt)
  --engines LIST       embedded and/or neo4j (default embedded,neo4j)
  --synthetic N        relations of the synthetic graph compared against (default: as many as imported; 0 skips)
  --requests N         requests per scenario (default 200)
  --connections N      concurrent connections for throughput (default 8)
  --help               this text`;

const { values: flags } = benchOptions(HELP, {
  options: {
    file: {
      type: "string",
      default: join(PROJECT_ROOT, "..", "shared", "data", "gdelt", "gdelt1_georgia_201106-201305.csv.gz"),
    },
    dataset: { type: "string", default: "gdelt" },
    engines: { type: "string", default: "embedded,neo4j" },
    synthetic: { type: "string" },
    requests: { type: "string", default: "200" },
    connections: { type: "string", default: "8" },
  },
});

interface Scenario {
  name: string;
  path: string;
}

interface Row {
  graph: string;
  engine: Engine;
  scenario: string;
  sequential: HttpFigures;
  concurrent: HttpFigures;
}

const count = (flag: string | undefined, name: string): number => {
  const n = Number(flag);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${flag}`);
  return n;
};

/** The scenarios, named from the loaded graph itself: its biggest hub and that hub's heaviest pair. */
async function scenariosFor(base: string): Promise<Scenario[]> {
  const overview = (await (await fetch(`${base}/api/overview?limit=50`)).json()) as {
    nodes: { key: string }[];
    edges: { source: string; target: string; attributes: { relations: number } }[];
  };
  const hub = overview.nodes[0]!.key;
  const pair = overview.edges
    .filter((e) => e.source === hub || e.target === hub)
    .sort((a, b) => b.attributes.relations - a.attributes.relations)[0]!;
  const between = (await (
    await fetch(`${base}/api/relations?entity=${pair.source}&other=${pair.target}&limit=1`)
  ).json()) as {
    items: { id: string }[];
  };
  return [
    { name: "overview, 300 actors", path: "/api/overview?limit=300" },
    { name: "timeline (auto)", path: "/api/timeline" },
    {
      name: `subgraph around the hub (${hub}), depth 1, limit 500`,
      path: `/api/subgraph?seeds=${hub}&depth=1&limit=500&include=evidenceCount`,
    },
    {
      name: "relations behind the hub's heaviest pair, page 1",
      path: `/api/relations?entity=${pair.source}&other=${pair.target}&limit=20`,
    },
    { name: "evidence page of one of them", path: `/api/relations/${between.items[0]!.id}/evidence?limit=20` },
  ];
}

async function measure(
  graph: string,
  engine: Engine,
  config: ReturnType<typeof engineConfig>,
): Promise<{ rows: Row[]; rssMb: number | null }> {
  const server = await startServerProcess(config);
  try {
    const rows: Row[] = [];
    const [requests, connections] = [count(flags.requests, "requests"), count(flags.connections, "connections")];
    for (const s of await scenariosFor(server.base)) {
      const paths = Array.from({ length: requests }, () => s.path);
      await runRequests(server.base, paths.slice(0, Math.max(20, connections)), 1);
      const sequential = await runRequests(server.base, paths, 1);
      const concurrent = await runRequests(server.base, paths, connections);
      console.log(
        `  ${graph} / ${engine} / ${s.name}: p95 ${sequential.latency.p95.toFixed(1)} ms, ${concurrent.requestsPerSecond.toFixed(0)} req/s`,
      );
      rows.push({ graph, engine, scenario: s.name, sequential, concurrent });
    }
    return { rows, rssMb: server.rssMb() };
  } finally {
    await server.stop();
  }
}

async function importedGraph(dir: string): Promise<Dataset> {
  const folders = {
    dataDir: join(PROJECT_ROOT, "data"),
    ingestDir: join(dir, "ingested"),
    importDir: join(dir, "imported"),
  };
  const dataset = flags.dataset === "icews" ? "icews" : "gdelt";
  const t = performance.now();
  const summary = await importEventFiles([flags.file!], { dataset, ...folders });
  const file = summary.files[0]!;
  console.log(
    `imported ${file.rowsRead.toLocaleString("en")} rows in ${((performance.now() - t) / 1000).toFixed(1)} s (no store)`,
  );
  return loadImportedGraph(folders.dataDir, folders.ingestDir, folders.importDir);
}

function print(rows: Row[], rss: Map<string, number | null>): void {
  console.log("\n| graph | engine | scenario | p50 ms | p95 ms | req/s (conc.) | errors |");
  console.log("|---|---|---|---|---|---|---|");
  for (const r of rows)
    console.log(
      `| ${r.graph} | ${r.engine} | ${r.scenario} | ${r.sequential.latency.p50.toFixed(1)} | ${r.sequential.latency.p95.toFixed(1)} | ` +
        `${r.concurrent.requestsPerSecond.toFixed(0)} | ${r.sequential.non2xx + r.concurrent.non2xx + r.concurrent.errors} |`,
    );
  console.log("\nserver RSS after serving (MB): " + [...rss].map(([k, v]) => `${k} ${v ?? "?"}`).join(", "));
  const graphs = [...new Set(rows.map((r) => r.graph))];
  if (graphs.length < 2) return;
  console.log(`\np95 ratio ${graphs[0]} / ${graphs[1]} (same engine, same scenario position):`);
  for (const r of rows.filter((x) => x.graph === graphs[0])) {
    const i = rows.filter((x) => x.graph === graphs[0] && x.engine === r.engine).indexOf(r);
    const other = rows.filter((x) => x.graph === graphs[1] && x.engine === r.engine)[i];
    if (other)
      console.log(
        `  ${r.engine} / ${r.scenario}: ${(r.sequential.latency.p95 / other.sequential.latency.p95).toFixed(2)}×`,
      );
  }
}

async function main(): Promise<void> {
  const engines = (flags.engines ?? "").split(",").filter(Boolean) as Engine[];
  if (engines.length === 0 || engines.some((e) => e !== "embedded" && e !== "neo4j"))
    throw new Error(`--engines takes embedded and/or neo4j, got "${flags.engines}"`);
  console.log(`load average at start ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
  const dir = await mkdtemp(join(tmpdir(), "actorgraph-bench-events-"));
  const forget = onInterrupt(() => rm(dir, { recursive: true, force: true }));
  let neo4j: Neo4jTarget | null = null;
  try {
    const real = await importedGraph(dir);
    const syntheticRelations =
      flags.synthetic === undefined ? real.relations.length : count(flags.synthetic, "synthetic");
    const graphs: [string, () => Dataset][] = [
      [`real (${real.relations.length.toLocaleString("en")} relations)`, () => real],
    ];
    if (syntheticRelations > 0)
      graphs.push([
        `synthetic (${syntheticRelations.toLocaleString("en")} relations)`,
        () => generateDataset(Math.max(10, Math.round(syntheticRelations / 10)), syntheticRelations, 42).dataset,
      ]);
    if (engines.includes("neo4j"))
      neo4j = await neo4jTarget({ heapMb: 2048, pageCacheMb: 512 }, (l) => console.log(`  ${l}`));
    const rows: Row[] = [];
    const rss = new Map<string, number | null>();
    for (const [name, dataset] of graphs) {
      for (const engine of engines) {
        const config = engineConfig(engine, join(dir, `${graphs.findIndex((g) => g[0] === name)}.lbug`), neo4j);
        await loadEngine(engine, config, dataset(), { reset: engine === "neo4j" && neo4j!.owned });
        const measured = await measure(name, engine, config);
        rows.push(...measured.rows);
        rss.set(`${name} / ${engine}`, measured.rssMb);
      }
    }
    print(rows, rss);
    console.log(`load average at end ${loadavg()[0]!.toFixed(1)}`);
  } finally {
    await neo4j?.stop();
    forget();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
