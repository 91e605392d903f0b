// The real app on the real engine of this jest project (the embedded engine in memory, or the
// test run's Neo4j), loaded with the curated corpus: what every API test talks to through supertest.

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
import type { GraphStore } from "../../server/store/graph-store.js";
import { currentTestEngine, openTestStore, testEngineEnv, type TestEngineName } from "../support/test-engine.js";

export interface Harness {
  app: Express;
  store: GraphStore;
  dataset: Dataset;
  close(): Promise<void>;
}

/**
 * Environment overrides (e.g. RATE_LIMIT_PER_MINUTE) apply to this app only; `engine` defaults to
 * the project's; `graph` replaces the curated corpus (e.g. the corpus with imported events).
 */
export async function startHarness(
  env: Record<string, string> = {},
  engine: TestEngineName = currentTestEngine(),
  graph?: Dataset,
): Promise<Harness> {
  // Anything ingested goes to a folder of its own, never into the project's data/.
  const ingestDir = await mkdtemp(join(tmpdir(), "actorgraph-harness-"));
  const config = readConfig({
    ACTORGRAPH_DB: ":memory:",
    RATE_LIMIT_PER_MINUTE: "0",
    ACTORGRAPH_INGEST_DIR: ingestDir,
    ...testEngineEnv(engine),
    ...env,
  });
  const store = await openTestStore(engine);
  const dataset = graph ?? (await loadCuratedDataset(config.dataDir));
  // A reset, so a Neo4j database starts from exactly the corpus whatever ran before.
  await store.load(dataset, { reset: true });
  const index = new EntityIndex(await store.entities());
  const app = createApp({ store, index, config, logger: createLogger("silent") });
  const close = async (): Promise<void> => {
    await store.close();
    await rm(ingestDir, { recursive: true, force: true });
  };
  return { app, store, dataset, close };
}
