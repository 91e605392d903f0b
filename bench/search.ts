// Name-search micro-benchmark (`npm run bench:search -- --entities 100000`): the synthetic
// entities indexed by MiniSearch (before) and by the token index (after), the same seeded
// queries (prefix, typo inside a word's beginning, whole-word typo, alias) sent to each, one
// after another in this process; prints p50/p95 per kind, queries/s, CPU time per query and how
// many entities matched on average, with the load average (other processes distort wall time).

import { cpus, loadavg } from "node:os";
import { EntityIndex } from "../server/search/entity-index.js";
import { summarize } from "./latency.js";
import { MiniSearchBaseline } from "./search-baseline.js";
import { QUERY_KINDS, queriesOf } from "./search-queries.js";
import { syntheticDataset } from "./synthetic.js";
import { benchOptions } from "./cli-options.js";

const USAGE = `Usage: npm run bench:search -- [options]

Indexes synthetic entities with MiniSearch (the old search) and with the token index, sends both
the same seeded queries (prefix, typo, alias) in this process, and prints p50/p95 per kind,
queries/s and CPU time per query.

  --entities N            synthetic entities (default 100000)
  --queries N             queries per kind (default 2000)
  --seed N                random seed (default 7)
  --without-minisearch    time the token index alone (MiniSearch's typo queries take minutes)
  --help                  this text`;

const { values: flags } = benchOptions(USAGE, {
  options: {
    entities: { type: "string", default: "100000" },
    queries: { type: "string", default: "2000" },
    seed: { type: "string", default: "7" },
    // MiniSearch's typo queries take minutes at 100k entities; skip it to time the token index alone.
    "without-minisearch": { type: "boolean", default: false },
  },
});

type Search = (q: string) => { total: number };

function measure(search: Search, queries: readonly string[]) {
  for (const q of queries.slice(0, 50)) search(q); // warm-up
  const times: number[] = [];
  let matched = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const q of queries) {
    const t = performance.now();
    matched += search(q).total;
    times.push(performance.now() - t);
  }
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    ...summarize(times),
    perSecond: (queries.length / elapsed) * 1000,
    // CPU time is what a busy machine distorts least: wall time there includes waiting for a core.
    cpuPerQuery: (cpu.user + cpu.system) / 1000 / queries.length,
    meanMatches: matched / queries.length,
  };
}

const us = (msValue: number): string => `${(msValue * 1000).toFixed(0)} µs`;

function main(): void {
  const entities = Number(flags.entities);
  const n = Number(flags.queries);
  const seed = Number(flags.seed);
  const dataset = syntheticDataset({ entities, relations: 1, seed });
  const withBaseline = !flags["without-minisearch"];
  let t = performance.now();
  const before = withBaseline ? new MiniSearchBaseline(dataset.entities) : null;
  const beforeBuild = performance.now() - t;
  t = performance.now();
  const after = new EntityIndex(dataset.entities, { keepResults: 0 }); // the index itself, no repeat kept
  const afterBuild = performance.now() - t;
  console.log(
    `${entities.toLocaleString("en")} entities; index built in ` +
      (before ? `${beforeBuild.toFixed(0)} ms (MiniSearch), ` : "") +
      `${afterBuild.toFixed(0)} ms (token index)`,
  );
  const engines: [string, Search][] = [
    ...(before ? [["MiniSearch", (q: string) => before.search(q, { limit: 20 })] as [string, Search]] : []),
    ["token index", (q) => after.search(q, { limit: 20 })],
  ];
  console.log(
    `\n${"query kind".padEnd(18)} ${"search".padEnd(12)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"q/s".padStart(9)} ` +
      `${"CPU/query".padStart(10)} ${"matches".padStart(8)}  speed-up (q/s, CPU)`,
  );
  for (const kind of QUERY_KINDS) {
    const queries = queriesOf(kind, dataset.entities, n, seed);
    const rows = engines.map(([name, search]) => ({ name, ...measure(search, queries) }));
    for (const r of rows)
      console.log(
        `${kind.kind.padEnd(18)} ${r.name.padEnd(12)} ${us(r.p50).padStart(9)} ${us(r.p95).padStart(9)} ` +
          `${r.perSecond.toFixed(0).padStart(9)} ${us(r.cpuPerQuery).padStart(10)} ${r.meanMatches.toFixed(0).padStart(8)}` +
          (rows.length === 2 && r === rows[1]
            ? `  ×${(r.perSecond / rows[0]!.perSecond).toFixed(1)}, ×${(rows[0]!.cpuPerQuery / r.cpuPerQuery).toFixed(1)}`
            : ""),
      );
  }
  console.log(
    `\nload average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")} on ${cpus().length} cores`,
  );
}

main();
