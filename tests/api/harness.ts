// The real app on the real embedded engine (in memory), loaded with the curated corpus:
// what every API test talks to through supertest.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  // Anything ingested goes to a folder of its own, never into the project's data/.
  const ingestDir = await mkdtemp(join(tmpdir(), "actorgraph-harness-"));
  const config = readConfig({
    ACTORGRAPH_DB: ":memory:",
    RATE_LIMIT_PER_MINUTE: "0",
    ACTORGRAPH_INGEST_DIR: ingestDir,
    ...env,
  });
  const store = await openEmbeddedStore({ path: ":memory:" });
  const dataset = await loadCuratedDataset(config.dataDir);
  await store.load(dataset);
  const index = new EntityIndex(await store.entities());
  const app = createApp({ store, index, config, logger: createLogger("silent") });
  const close = async (): Promise<void> => {
    await store.close();
    await rm(ingestDir, { recursive: true, force: true });
  };
  return { app, store, dataset, close };
}
