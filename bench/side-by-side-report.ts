// The side-by-side benchmark's output: a table per measurement with neo4j/embedded ratios on
// stdout, and every figure as JSON in a file.

import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { LatencySummary } from "./latency.js";
import { secs } from "./load-timing.js";
import type { ApiFigures, Engine, LoadFigures, RawFigures } from "./side-by-side-runs.js";

export interface SideBySideFigures {
  run: {
    date: string;
    command: string;
    node: string;
    cpus: number;
    /** 1-minute load average at the start and the end: the machine is shared. */
    loadAverage: { start: number; end: number };
    entities: number;
    relations: number;
    seed: number;
    requests: number;
    connections: number;
    neo4j: { version: string; startMs: number; heapMb: number; pageCacheMb: number } | "NEO4J_URI" | null;
  };
  load: LoadFigures[];
  api: ApiFigures[];
  /** Depth-2 neighbourhoods on Neo4j: raw Cypher, the store, and the API, one request at a time. */
  raw: RawFigures | null;
}

const num = (n: number, digits = 0): string =>
  n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ratio = (a: number | undefined, b: number | undefined): string =>
  a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}x` : "-";
/** p50, p95 and p99 of `a` over those of `b`. */
const latencyRatios = (a: LatencySummary, b: LatencySummary): string[] =>
  (["p50", "p95", "p99"] as const).map((p) => ratio(a[p], b[p]));
const row = (cells: string[], widths: number[]): string =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");

function printLoad(load: LoadFigures[]): void {
  const by = (e: Engine) => load.find((l) => l.engine === e);
  const widths = [10, 12, 14, 14, 12, 12];
  console.log("\nload (same synthetic graph, each engine's own loader)");
  console.log(row(["engine", "total", "relations ph.", "relations/s", "entities", "relations"], widths));
  for (const l of load) {
    const relationsMs = l.phaseMs.relations ?? 0;
    console.log(
      row(
        [
          l.engine,
          secs(l.totalMs),
          secs(relationsMs),
          num(l.relationsPerSecond),
          num(l.storedEntities),
          num(l.storedRelations),
        ],
        widths,
      ),
    );
  }
  const [e, n] = [by("embedded"), by("neo4j")];
  if (e && n) console.log(`neo4j/embedded relations/s: ${ratio(n.relationsPerSecond, e.relationsPerSecond)}`);
}

function printApi(api: ApiFigures[], connections: number): void {
  const widths = [36, 9, 9, 9, 10, 12];
  console.log(`\nAPI over HTTP (server in its own process; latency on one connection, req/s on ${connections})`);
  console.log(row(["scenario / engine", "p50 ms", "p95 ms", "p99 ms", "req/s", "non-2xx/err"], widths));
  const keys = api[0]?.scenarios.map((s) => s.key) ?? [];
  for (const key of keys) {
    const per = api.map((a) => ({ engine: a.engine, s: a.scenarios.find((s) => s.key === key)! }));
    console.log(per[0]!.s.name);
    for (const { engine, s } of per) {
      const l = s.sequential.latency;
      const bad = s.sequential.non2xx + s.concurrent.non2xx + s.sequential.errors + s.concurrent.errors;
      console.log(
        row(
          [
            `  ${engine}`,
            num(l.p50, 1),
            num(l.p95, 1),
            num(l.p99, 1),
            num(s.concurrent.requestsPerSecond, 1),
            String(bad),
          ],
          widths,
        ),
      );
    }
    const [e, n] = [per.find((p) => p.engine === "embedded")?.s, per.find((p) => p.engine === "neo4j")?.s];
    if (e && n) {
      console.log(
        row(
          [
            "  neo4j/embedded",
            ...latencyRatios(n.sequential.latency, e.sequential.latency),
            ratio(n.concurrent.requestsPerSecond, e.concurrent.requestsPerSecond),
            "",
          ],
          widths,
        ),
      );
    }
  }
  for (const a of api) console.log(`server process RSS after the ${a.engine} run: ${a.serverRssMb ?? "?"} MB`);
}

function printRaw(raw: NonNullable<SideBySideFigures["raw"]>): void {
  const widths = [36, 9, 9, 9];
  console.log(`\ndepth-2 neighbourhood on Neo4j, limit 500, ${raw.seeds} seeds one at a time`);
  console.log(row(["path", "p50 ms", "p95 ms", "p99 ms"], widths));
  const line = (name: string, l: LatencySummary) =>
    console.log(row([name, num(l.p50, 1), num(l.p95, 1), num(l.p99, 1)], widths));
  line("raw Cypher (neo4j-driver, one query)", raw.rawCypher);
  line("GraphStore.subgraph (in process)", raw.store);
  line("API over HTTP (fetch, own process)", raw.api);
  console.log(row(["API / raw Cypher", ...latencyRatios(raw.api, raw.rawCypher)], widths));
  console.log(row(["store / raw Cypher", ...latencyRatios(raw.store, raw.rawCypher)], widths));
  console.log(
    `same entity and relation counts as the store on ${raw.agreeing} of ${raw.seeds} seeds ` +
      `(mean ${num(raw.meanEntities, 1)} entities, ${num(raw.meanRelations, 1)} relations)`,
  );
}

export function printFigures(f: SideBySideFigures): void {
  printLoad(f.load);
  if (f.api.length > 0) printApi(f.api, f.run.connections);
  if (f.raw) printRaw(f.raw);
  console.log(
    `\nload average (1 min) ${f.run.loadAverage.start.toFixed(1)} at start, ${f.run.loadAverage.end.toFixed(1)} at end, on ${f.run.cpus} CPUs`,
  );
}

export async function writeFigures(path: string, f: SideBySideFigures): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(f, null, 2) + "\n");
}
