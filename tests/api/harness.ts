// The real app on the real embedded engine (in memory), loaded with the curated corpus:
// what every API test talks to through supertest.

import type { Express } from "express";
import { createApp } from "../../server/api/app.js";
import { readConfig } from "../../server/config.js";
import { loadCuratedDataset } from "../../server/dataset/curated.js";
import type { Dataset } from "../../server/dataset/dataset.js";
import { createLogger } from "../../server/logger.js";
import { EntityIndex } from "../../server/search/entity-index.js";
import { openEmbeddedStore } from "../../server/store/embedded/embedded-store.js";
import type { GraphStore } from "../../server/store/graph-store.js";

export interface Harness {
  app: Express;
  store: GraphStore;
  dataset: Dataset;
  close(): Promise<void>;
}

/** Environment overrides (e.g. RATE_LIMIT_PER_MINUTE) apply to this app only. */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const config = readConfig({ ACTORGRAPH_DB: ":memory:", RATE_LIMIT_PER_MINUTE: "0", ...env });
  const store = await openEmbeddedStore({ path: ":memory:" });
  const dataset = await loadCuratedDataset(config.dataDir);
  await store.load(dataset);
  const index = new EntityIndex(await store.entities());
  const app = createApp({ store, index, config, logger: createLogger("silent") });
  return { app, store, dataset, close: () => store.close() };
}
