// Name search through the API (`npm run bench:http-search -- --entities 100000`): the synthetic
// graph loaded into the embedded engine, the real app serving it in a child process, autocannon
// here. Per query kind: p50/p95 one request at a time, req/s at 16 connections, the ratio to
// issue 11's goal (p95 < 5 ms, ≥ 2,000 req/s); the same route without a query (a list page of as
// many entities) shows what HTTP, Express and the response cost without the search. The index
// keeps answers to repeated searches, and these kinds repeat (the distinct count is printed), so
// "full names" sends no query twice: the cost when nothing is kept. Repeats the runs and prints
// ranges with the load average and the server's CPU time per request, since other processes share
// the cores.

import { mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { generateDataset } from "./generate.js";
import { runRequests, type HttpFigures } from "./http-load.js";
import { onInterrupt } from "./interrupt.js";
import { QUERY_KINDS, queriesOf } from "./search-queries.js";
import { startServerProcess } from "./server-process.js";
import { engineConfig, loadEngine } from "./side-by-side-runs.js";
import { benchOptions } from "./cli-options.js";

const USAGE = `Usage: npm run bench:http-search -- [options]

Serves a synthetic graph from the real app in a child process and sends name searches with
autocannon: p50/p95 one request at a time, req/s with concurrent connections, the server's CPU
per request, and the ratio to issue 11's goal (p95 < 5 ms, >= 2,000 req/s).

  --entities N      synthetic entities (default 100000)
  --relations N     synthetic relations (default 1000000)
  --requests N      requests per query kind (default 4000)
  --connections N   concurrent connections (default 16)
  --repeat N        runs of each kind, printed as ranges (default 3)
  --seed N          random seed (default 42)
  --help            this text`;

const { values: flags } = benchOptions(USAGE, {
  options: {
    entities: { type: "string", default: "100000" },
    relations: { type: "string", default: "1000000" },
    requests: { type: "string", default: "4000" },
    connections: { type: "string", default: "16" },
    repeat: { type: "string", default: "3" },
    seed: { type: "string", default: "42" },
  },
});

const GOAL = { p95Ms: 5, requestsPerSecond: 2_000 };

interface Row {
  name: string;
  distinct: number;
  sequential: HttpFigures;
  concurrent: HttpFigures;
  load: number;
}

const positive = (name: keyof typeof flags): number => {
  const n = Number(flags[name]);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got ${flags[name]}`);
  return n;
};

const range = (xs: number[], digits: number): string => {
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
  return lo.toFixed(digits) === hi.toFixed(digits) ? lo.toFixed(digits) : `${lo.toFixed(digits)}–${hi.toFixed(digits)}`;
};

function printRows(rows: Row[]): void {
  console.log(
    `\n${"requests".padEnd(22)} ${"p50 ms".padStart(11)} ${"p95 ms".padStart(11)} ${"p95 / goal".padStart(11)} ` +
      `${"req/s @" + String(positive("connections"))}`.padStart(14) +
      ` ${"req/s / goal".padStart(13)} ${"cpu ms/req".padStart(11)} ${"errors".padStart(7)} ${"load avg".padStart(10)} ` +
      `${"distinct".padStart(9)}`,
  );
  for (const name of [...new Set(rows.map((r) => r.name))]) {
    const mine = rows.filter((r) => r.name === name);
    const p95 = mine.map((r) => r.sequential.latency.p95);
    const rps = mine.map((r) => r.concurrent.requestsPerSecond);
    const cpu = mine.flatMap((r) =>
      r.concurrent.serverCpuMsPerRequest === null ? [] : [r.concurrent.serverCpuMsPerRequest],
    );
    const bad = mine.reduce((n, r) => n + r.concurrent.non2xx + r.concurrent.errors + r.sequential.non2xx, 0);
    console.log(
      `${name.padEnd(22)} ${range(
        mine.map((r) => r.sequential.latency.p50),
        2,
      ).padStart(11)} ${range(p95, 2).padStart(11)} ${range(
        p95.map((p) => p / GOAL.p95Ms),
        2,
      ).padStart(11)} ${range(rps, 0).padStart(14)} ${range(
        rps.map((r) => r / GOAL.requestsPerSecond),
        2,
      ).padStart(13)} ${(cpu.length ? range(cpu, 3) : "?").padStart(11)} ${String(bad).padStart(7)} ${range(
        mine.map((r) => r.load),
        1,
      ).padStart(10)} ${String(mine[0]!.distinct).padStart(9)}`,
    );
  }
  console.log(
    `\ngoal: p95 < ${GOAL.p95Ms} ms one at a time, ≥ ${GOAL.requestsPerSecond} req/s; ${cpus().length} cores`,
  );
}

async function main(): Promise<void> {
  const [entities, relations, requests, connections, repeat, seed] = [
    positive("entities"),
    positive("relations"),
    positive("requests"),
    positive("connections"),
    positive("repeat"),
    positive("seed"),
  ];
  const dir = await mkdtemp(join(tmpdir(), "actorgraph-bench-search-"));
  const forgetDir = onInterrupt(() => rm(dir, { recursive: true, force: true }));
  try {
    const config = engineConfig("embedded", join(dir, "graph.lbug"), null);
    const { dataset } = generateDataset(entities, relations, seed);
    await loadEngine("embedded", config, dataset, { reset: false });
    // Each scenario's list: a warm-up, then the one-connection part, then the concurrent part.
    const [warm, oneByOne] = [200, Math.ceil(requests / 4)];
    const total = warm + oneByOne + requests;
    const toPath = (q: string): string => `/api/entities?q=${encodeURIComponent(q)}`;
    const searches = QUERY_KINDS.map((kind, i) => ({
      name: kind.kind,
      paths: queriesOf(kind, dataset.entities, total, seed + i).map(toPath),
    }));
    // A name less its last letter, of a different entity each time (7,919 is prime): never repeated.
    const fullNames = Array.from({ length: total }, (_, i) => {
      const { name } = dataset.entities[(i * 7_919) % dataset.entities.length]!;
      return toPath(name.slice(0, -1));
    });
    // The same route and middleware, a page of as many entities, no search: the cost around it.
    const listPaths = Array.from({ length: total }, (_, i) => `/api/entities?limit=20&offset=${(i * 20) % entities}`);
    const all = [
      ...searches,
      { name: "full names", paths: fullNames },
      { name: "list page (no search)", paths: listPaths },
    ];
    const server = await startServerProcess(config);
    try {
      const rows: Row[] = [];
      for (let run = 1; run <= repeat; run++) {
        for (const { name, paths } of all) {
          await runRequests(server.base, paths.slice(0, warm), connections);
          const load = loadavg()[0]!;
          const sequential = await runRequests(server.base, paths.slice(warm, warm + oneByOne), 1);
          const concurrent = await runRequests(server.base, paths.slice(warm + oneByOne), connections, server.pid);
          rows.push({ name, distinct: new Set(paths).size, sequential, concurrent, load });
          console.log(
            `  run ${run}, ${name}: p95 ${sequential.latency.p95.toFixed(2)} ms, ` +
              `${concurrent.requestsPerSecond.toFixed(0)} req/s (load ${load.toFixed(1)})`,
          );
        }
      }
      printRows(rows);
      console.log(`server RSS ${server.rssMb() ?? "?"} MB`);
    } finally {
      await server.stop();
    }
  } finally {
    forgetDir();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
