// Filtered shortest paths on Neo4j (`npx tsx bench/neo4j-paths-filter.ts --relations 50000`): the
// synthetic graph loaded into Neo4j, then store.paths() timed with a time window, sources, a
// minimum confidence and no filter, and the time to open a store over relations stored without day spans.

import { benchOptions } from "./cli-options.js";
import neo4j from "neo4j-driver";
import { relationPasses } from "../graph-schema/index.js";
import type { GraphStore, PathFilter } from "../server/store/graph-store.js";
import { openNeo4jStore } from "../server/store/neo4j/neo4j-store.js";
import { generateDataset } from "./generate.js";
import { ms, summarize } from "./latency.js";
import { neo4jTarget } from "./neo4j-target.js";

const USAGE = `Usage: npx tsx bench/neo4j-paths-filter.ts [options]

Loads a synthetic graph into Neo4j (started here, or NEO4J_URI) and times store.paths() with a
time window, sources, a minimum confidence and no filter.

  --entities N    synthetic entities (default 10000)
  --relations N   synthetic relations (default 50000)
  --runs N        timed runs per filter and pair (default 10)
  --pairs N       entity pairs (default 5)
  --seed N        random seed (default 7)
  --help          this text`;

const { values: flags } = benchOptions(USAGE, {
  options: {
    entities: { type: "string", default: "10000" },
    relations: { type: "string", default: "50000" },
    runs: { type: "string", default: "10" },
    pairs: { type: "string", default: "5" },
    seed: { type: "string", default: "7" },
  },
});
const positive = (name: keyof typeof flags): number => {
  const n = Number(flags[name]);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got ${flags[name]}`);
  return n;
};

const log = (line: string): void => console.log(line);

/** The database's filter lets through exactly the relations relationPasses() does (overview totals). */
async function sameAsRelationPasses(store: GraphStore, filters: [string, PathFilter][]): Promise<void> {
  const edges: PathFilter[] = [{ from: "2024-12-31" }, { to: "2025-01" }, { from: "2025-02-28", to: "2025-03-01" }];
  for (const filter of [...filters.map(([, f]) => f), ...edges]) {
    const expected = dataset.relations.filter((r) => relationPasses(r, filter)).length;
    const counted = (await store.overview({ ...filter, limit: 1 })).totalRelations;
    if (counted !== expected)
      throw new Error(`${JSON.stringify(filter)}: Neo4j counts ${counted}, relationPasses ${expected}`);
  }
  log(
    `the database's filter passes the same relations as relationPasses() for ${filters.length + edges.length} filters`,
  );
}
const { dataset } = generateDataset(positive("entities"), positive("relations"), positive("seed"));
const target = await neo4jTarget({ heapMb: 1024, pageCacheMb: 512 }, log);
const config = { uri: target.uri, user: target.user, password: target.password, database: target.database };
try {
  let store = await openNeo4jStore(config);
  const t = performance.now();
  await store.load(dataset, { reset: target.owned });
  log(`loaded ${dataset.relations.length.toLocaleString("en")} relations in ${ms(performance.now() - t)}`);

  // A window over the middle fifth of the stored dates, the first article, and a confidence bar.
  const dates = dataset.relations.flatMap((r) => (r.date ? [r.date] : [])).sort();
  const [from, to] = [dates[Math.floor(dates.length * 0.4)]!, dates[Math.floor(dates.length * 0.6)]!];
  const filters: [string, PathFilter][] = [
    ["no filter", {}],
    [`window ${from}..${to}`, { from, to }],
    ["sources (1 article)", { sources: [dataset.articles[0]!.id] }],
    ["minConfidence 0.7", { minConfidence: 0.7 }],
    ["window + minConfidence", { from, to, minConfidence: 0.7 }],
  ];
  const step = Math.floor(dataset.relations.length / (positive("pairs") + 1));
  const pairs = Array.from({ length: positive("pairs") }, (_, i) => ({
    from: dataset.relations[i * step]!.source,
    to: dataset.relations[(i + 1) * step]!.target,
  }));
  for (const [name, filter] of filters) {
    const times: number[] = [];
    let found = 0;
    for (const pair of pairs) await store.paths({ ...pair, maxLength: 4, filter }); // warm the plans
    for (let run = 0; run < positive("runs"); run++) {
      for (const pair of pairs) {
        const started = performance.now();
        found += (await store.paths({ ...pair, maxLength: 4, filter })).paths.length;
        times.push(performance.now() - started);
      }
    }
    const s = summarize(times);
    log(`paths, ${name}: p50 ${ms(s.p50)}, p95 ${ms(s.p95)} over ${s.count} requests (${found} paths found)`);
  }
  await sameAsRelationPasses(store, filters);
  await store.close();

  // A database written before relations carried their day spans: what opening it costs.
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  try {
    const stripped = await driver.executeQuery("MATCH ()-[r]->() WHERE r.daySpan IS NOT NULL REMOVE r.daySpan");
    log(`removed daySpan from ${stripped.summary.counters.updates().propertiesSet} relations`);
  } finally {
    await driver.close();
  }
  for (const when of ["open over relations without day spans", "open again (nothing to migrate)"]) {
    const opened = performance.now();
    store = await openNeo4jStore(config);
    log(`${when}: ${ms(performance.now() - opened)}`);
    await store.close();
  }
} finally {
  await target.stop();
}
