// The real app over an in-memory embedded store holding a synthetic graph (few, small articles),
// listening on a loopback port, plus how long the overview request takes and how big it is.

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "../../server/api/app.js";
import { readConfig } from "../../server/config.js";
import { createLogger } from "../../server/logger.js";
import { EntityIndex } from "../../server/search/entity-index.js";
import { openEmbeddedStore } from "../../server/store/embedded/embedded-store.js";
import type { GraphStore } from "../../server/store/graph-store.js";
import { closeServer, listenOnLoopback, requireClientBuild } from "../../tests/browser/support/server.js";
import { syntheticDataset } from "../synthetic.js";

export interface SyntheticServer {
  baseUrl: string;
  entities: number;
  relations: number;
  generateMs: number;
  loadMs: number;
  close(): Promise<void>;
}

export interface OverviewResponse {
  /** Median of the timed requests, after one warm-up. */
  medianMs: number;
  bytes: number;
  entities: number;
  relations: number;
  truncated: boolean;
}

/** Articles are only evidence holders here: a few dozen keep the text and the mentions small. */
const ARTICLES = 40;

/** The real app over a loaded in-memory store on a loopback port, unthrottled and silent. */
export async function serveLoadedStore(store: GraphStore): Promise<Server> {
  const index = new EntityIndex(await store.entities());
  const config = readConfig({ ACTORGRAPH_DB: ":memory:", RATE_LIMIT_PER_MINUTE: "0", LOG_LEVEL: "silent" });
  const app = createApp({ store, index, config, logger: createLogger("silent") });
  return listenOnLoopback((port, host) => app.listen(port, host));
}

export async function startSyntheticServer(entities: number, relations: number, seed = 11): Promise<SyntheticServer> {
  requireClientBuild();
  let t = performance.now();
  const dataset = syntheticDataset({ entities, relations, articles: ARTICLES, seed });
  const generateMs = performance.now() - t;
  const store = await openEmbeddedStore({ path: ":memory:" });
  try {
    t = performance.now();
    await store.load(dataset);
    const loadMs = performance.now() - t;
    const server = await serveLoadedStore(store);
    return {
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      entities: dataset.entities.length,
      relations: dataset.relations.length,
      generateMs,
      loadMs,
      close: async () => {
        await closeServer(server);
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** GETs `url` once to warm up, then `runs` times: the median time and the first timed body. */
export async function timedGet(url: string, runs = 3): Promise<{ medianMs: number; bytes: number; body: string }> {
  const once = async () => {
    const t = performance.now();
    const res = await fetch(url);
    const body = await res.text();
    if (!res.ok) throw new Error(`${res.status} ${url}: ${body.slice(0, 200)}`);
    return { ms: performance.now() - t, body };
  };
  await once();
  const timed = [];
  for (let i = 0; i < runs; i++) timed.push(await once());
  const times = timed.map((r) => r.ms).sort((a, b) => a - b);
  const body = timed[0]!.body;
  return { medianMs: times[Math.floor(times.length / 2)]!, bytes: Buffer.byteLength(body), body };
}

/** Times the overview request the explorer makes for `?limit=<limit>`. */
export async function timeOverview(baseUrl: string, limit: number, runs = 3): Promise<OverviewResponse> {
  const { medianMs, bytes, body } = await timedGet(`${baseUrl}/api/subgraph?limit=${limit}`, runs);
  const parsed = JSON.parse(body) as { nodes: unknown[]; edges: unknown[]; attributes: { truncated: boolean } };
  return {
    medianMs,
    bytes,
    entities: parsed.nodes.length,
    relations: parsed.edges.length,
    truncated: parsed.attributes.truncated,
  };
}
