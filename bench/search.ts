// Name-search micro-benchmark (`npm run bench:search -- --entities 100000`): the synthetic
// entities indexed by MiniSearch (before) and by the token index (after), the same seeded
// queries (prefix, typo inside a word's beginning, whole-word typo, alias) sent to each, one
// after another in this process; prints p50/p95 per kind, queries/s, CPU time per query and how
// many entities matched on average, with the load average (other processes distort wall time).

import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { seededRandom } from "../graph-schema/seeded-random.js";
import type { EntityRecord } from "../graph-schema/index.js";
import { EntityIndex } from "../server/search/entity-index.js";
import { summarize } from "./latency.js";
import { MiniSearchBaseline } from "./search-baseline.js";
import { syntheticDataset } from "./synthetic.js";

const { values: flags } = parseArgs({
  options: {
    entities: { type: "string", default: "100000" },
    queries: { type: "string", default: "2000" },
    seed: { type: "string", default: "7" },
  },
});

type Search = (q: string) => { total: number };
type QueryKind = { kind: string; make: (e: EntityRecord, rng: () => number) => string | null };

/** Query kinds; the prefix and typo ones are built as the API benchmark builds its searches. */
const KINDS: QueryKind[] = [
  { kind: "prefix", make: (e) => e.name.slice(0, 5) },
  { kind: "typo in beginning", make: (e) => (e.name.length > 5 ? e.name.slice(0, 3) + e.name.slice(4, 7) : null) },
  {
    kind: "typo in a word",
    make: (e, rng) => {
      const word = e.name.split(" ").find((w) => w.length >= 5);
      if (!word) return null;
      const i = 1 + Math.floor(rng() * (word.length - 1));
      return word.slice(0, i) + "x" + word.slice(i + 1);
    },
  },
  { kind: "alias", make: (e, rng) => (e.aliases.length ? e.aliases[Math.floor(rng() * e.aliases.length)]! : null) },
];

function queriesOf(kind: QueryKind, entities: readonly EntityRecord[], n: number, seed: number): string[] {
  const rng = seededRandom(seed);
  const out: string[] = [];
  for (let tries = 0; out.length < n && tries < n * 20; tries++) {
    const q = kind.make(entities[Math.floor(rng() * entities.length)]!, rng);
    if (q) out.push(q);
  }
  return out;
}

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
  let t = performance.now();
  const before = new MiniSearchBaseline(dataset.entities);
  const beforeBuild = performance.now() - t;
  t = performance.now();
  const after = new EntityIndex(dataset.entities);
  const afterBuild = performance.now() - t;
  console.log(
    `${entities.toLocaleString("en")} entities; index built in ${beforeBuild.toFixed(0)} ms (MiniSearch), ${afterBuild.toFixed(0)} ms (token index)`,
  );
  const engines: [string, Search][] = [
    ["MiniSearch", (q) => before.search(q, { limit: 20 })],
    ["token index", (q) => after.search(q, { limit: 20 })],
  ];
  console.log(
    `\n${"query kind".padEnd(18)} ${"search".padEnd(12)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"q/s".padStart(9)} ` +
      `${"CPU/query".padStart(10)} ${"matches".padStart(8)}  speed-up (q/s, CPU)`,
  );
  for (const kind of KINDS) {
    const queries = queriesOf(kind, dataset.entities, n, seed);
    const rows = engines.map(([name, search]) => ({ name, ...measure(search, queries) }));
    for (const r of rows)
      console.log(
        `${kind.kind.padEnd(18)} ${r.name.padEnd(12)} ${us(r.p50).padStart(9)} ${us(r.p95).padStart(9)} ` +
          `${r.perSecond.toFixed(0).padStart(9)} ${us(r.cpuPerQuery).padStart(10)} ${r.meanMatches.toFixed(0).padStart(8)}` +
          (r === rows[1]
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
