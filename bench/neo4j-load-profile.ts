// Where the Neo4j loader's time goes (`npm run bench:neo4j-load-profile -- --scale 0.03`): loads the
// synthetic graph's nodes through the store, then times the relation statements the loader would
// send, through neo4j-driver: an empty write transaction, each statement's first batch (planned)
// against its next ones (plan cached), batch sizes on one statement, and Neo4j's PROFILE of one batch.

import { benchOptions } from "./cli-options.js";
import neo4j, { type Session } from "neo4j-driver";
import { planLoad, type WriteGroup } from "../server/store/neo4j/load-plan.js";
import { openStore } from "../server/store/open-store.js";
import { generateDataset } from "./generate.js";
import { summarize } from "./latency.js";
import { neo4jTarget } from "./neo4j-target.js";
import { engineConfig } from "./side-by-side-runs.js";

const USAGE = `Usage: npm run bench:neo4j-load-profile -- [options]

Loads the synthetic graph's nodes into Neo4j (started here, or NEO4J_URI), then times the
relation statements the loader sends: an empty transaction, first against cached plans, batch
sizes, and Neo4j's PROFILE of one batch.

  --scale X          share of the 100k-entity / 1M-relation synthetic graph (default 0.03)
  --statements N     relation statements timed first against cached (default 8)
  --heap MB          heap of a Neo4j started here (default 2048)
  --page-cache MB    page cache of a Neo4j started here (default 512)
  --help             this text`;

const { values: flags } = benchOptions(USAGE, {
  options: {
    scale: { type: "string", default: "0.03" },
    statements: { type: "string", default: "8" },
    heap: { type: "string", default: "2048" },
    "page-cache": { type: "string", default: "512" },
  },
});
const positive = (name: keyof typeof flags): number => {
  const n = Number(flags[name]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${flags[name]}`);
  return n;
};

interface PlanNode {
  operatorType: string;
  rows: number;
  dbHits: number;
  children: PlanNode[];
}

async function timed(session: Session, cypher: string, params: Record<string, unknown>): Promise<number> {
  const t = performance.now();
  await session.executeWrite((tx) => tx.run(cypher, params));
  return performance.now() - t;
}

/** First batch of each statement (planning included) against its next two (plan cached). */
async function firstVersusCached(session: Session, groups: WriteGroup[], rows: number): Promise<void> {
  const [first, cached]: [number[], number[]] = [[], []];
  for (const g of groups) {
    const batches = [0, 1, 2].map((i) => g.rows.slice(i * rows, (i + 1) * rows));
    first.push(await timed(session, g.statement.cypher, { rows: batches[0] }));
    for (const b of batches.slice(1)) cached.push(await timed(session, g.statement.cypher, { rows: b }));
  }
  const [f, c] = [summarize(first), summarize(cached)];
  console.log(
    `${rows}-row batches over ${groups.length} statements: first batch p50 ${f.p50.toFixed(0)} ms, ` +
      `later batches p50 ${c.p50.toFixed(0)} ms (planning ≈ ${(f.p50 - c.p50).toFixed(0)} ms per distinct statement)`,
  );
}

async function batchSizes(session: Session, group: WriteGroup, offset: number): Promise<void> {
  let start = offset;
  for (const size of [100, 1_000, 5_000]) {
    const batch = group.rows.slice(start, start + size);
    if (batch.length < size) break;
    start += size;
    const ms = await timed(session, group.statement.cypher, { rows: batch });
    console.log(`  ${size} rows in one transaction: ${ms.toFixed(0)} ms (${Math.round((size / ms) * 1000)} rows/s)`);
  }
}

function printPlan(node: PlanNode, depth = 0): void {
  console.log(`  ${"  ".repeat(depth)}${node.operatorType}  rows ${node.rows}  db hits ${node.dbHits}`);
  for (const child of node.children) printPlan(child, depth + 1);
}

async function main(): Promise<void> {
  const scale = positive("scale");
  const { dataset } = generateDataset(Math.round(100_000 * scale), Math.round(1_000_000 * scale), 42);
  const target = await neo4jTarget({ heapMb: positive("heap"), pageCacheMb: positive("page-cache") }, console.log);
  if (!target.owned) throw new Error("this profile writes into the database: run it without NEO4J_URI");
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  try {
    const store = await openStore(engineConfig("neo4j", "", target));
    let t = performance.now();
    await store.load({ ...dataset, relations: [], mentions: [] });
    console.log(`nodes and schema through the store: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await store.close();
    t = performance.now();
    const groups = (await planLoad(dataset, null)).filter((g) => g.phase === "relations");
    console.log(`planLoad (client side): ${(performance.now() - t).toFixed(0)} ms`);
    const sizes = groups.map((g) => g.rows.length).sort((a, b) => b - a);
    console.log(
      `${groups.length} distinct relation statements (type × end labels); largest ${sizes.slice(0, 5).join(", ")} rows`,
    );
    const session = driver.session({ database: target.database });
    try {
      const emptyTimes: number[] = [];
      for (let i = 0; i < 10; i++) emptyTimes.push(await timed(session, "RETURN 1", {}));
      console.log(`empty write transaction: p50 ${summarize(emptyTimes).p50.toFixed(0)} ms`);
      const byRows = [...groups].sort((a, b) => b.rows.length - a.rows.length);
      await firstVersusCached(session, byRows.slice(1, 1 + positive("statements")), 100);
      const largest = byRows[0]!;
      console.log(`batch sizes on ${largest.statement.name} (plan cached after the first):`);
      await timed(session, largest.statement.cypher, { rows: largest.rows.slice(0, 10) });
      await batchSizes(session, largest, 10);
      const profiled = await session.executeWrite((tx) =>
        tx.run(`PROFILE ${largest.statement.cypher}`, { rows: largest.rows.slice(-500) }),
      );
      console.log(`PROFILE of 500 rows of ${largest.statement.name}:`);
      if (profiled.summary.profile) printPlan(profiled.summary.profile as unknown as PlanNode);
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
    await target.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
