// API benchmark (`npm run bench:api -- --entities N --relations M`): builds a synthetic graph in
// the embedded engine on disk, serves the real app on a loopback port, and measures subgraph
// (depth 1 and 2, limit 500), search and paths: p50/p95/p99 latency one request at a time,
// throughput under concurrency, the engine's share of the time, and the server's memory.

import type { AddressInfo } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../server/api/app.js";
import { readConfig } from "../server/config.js";
import { createLogger } from "../server/logger.js";
import { EntityIndex } from "../server/search/entity-index.js";
import { openEmbeddedStore } from "../server/store/embedded/embedded-store.js";
import { scenarios } from "./api-scenarios.js";
import { fetchOk } from "./http-load.js";
import { ms, percentile, timeSequential } from "./latency.js";
import { syntheticDataset } from "./synthetic.js";

const { values: flags } = parseArgs({
  options: {
    entities: { type: "string", default: "100000" },
    relations: { type: "string", default: "1000000" },
    requests: { type: "string", default: "300" },
    concurrency: { type: "string", default: "8" },
    seed: { type: "string", default: "7" },
  },
});
const num = (name: keyof typeof flags): number => {
  const n = Number(flags[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got ${flags[name]}`);
  return n;
};

const mb = (): string => `${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`;

async function throughput(run: () => Promise<unknown>, n: number, concurrency: number): Promise<number> {
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < n) await run();
    }),
  );
  return (n / (performance.now() - t)) * 1000;
}

async function main(): Promise<void> {
  const [entities, relations, requests, concurrency] = [
    num("entities"),
    num("relations"),
    num("requests"),
    num("concurrency"),
  ];
  const dir = await mkdtemp(join(tmpdir(), "actorgraph-bench-api-"));
  const store = await openEmbeddedStore({ path: join(dir, "graph.lbug") });
  try {
    let t = performance.now();
    const dataset = syntheticDataset({ entities, relations, seed: num("seed") });
    console.log(`generated ${entities} entities / ${relations} relations in ${ms(performance.now() - t)}`);
    t = performance.now();
    await store.load(dataset);
    console.log(`loaded in ${ms(performance.now() - t)}; rss ${mb()}`);
    const index = new EntityIndex(await store.entities());
    const config = readConfig({ ACTORGRAPH_DB: ":memory:", RATE_LIMIT_PER_MINUTE: "0" });
    const server = createApp({ store, index, config, logger: createLogger("silent") }).listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ids = dataset.entities.map((e) => e.id);
    const names = dataset.entities.map((e) => e.name);
    console.log(
      `\n${"scenario".padEnd(28)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"p99".padStart(9)} ${"engine p50".padStart(11)} ${"req/s @" + concurrency}`,
    );
    for (const s of scenarios({ ids, names }, num("seed"))) {
      const get = (): Promise<void> => fetchOk(base + s.path());
      await timeSequential(get, 20); // warm-up
      const http = await timeSequential(get, requests);
      const engine = s.engine ? await timeSequential(() => s.engine!(store), Math.min(requests, 100)) : null;
      const rps = await throughput(get, requests, concurrency);
      console.log(
        `${s.name.padEnd(28)} ${ms(percentile(http, 50)).padStart(9)} ${ms(percentile(http, 95)).padStart(9)} ${ms(percentile(http, 99)).padStart(9)} ` +
          `${(engine ? ms(percentile(engine, 50)) : "-").padStart(11)} ${rps.toFixed(0).padStart(7)}`,
      );
    }
    console.log(`\nserver process rss after the runs: ${mb()} (server and load generator share the process)`);
    await new Promise((r) => server.close(r));
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
