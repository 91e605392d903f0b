// Opens the engine the configuration names. Engines are imported lazily so the embedded
// default never loads the Neo4j driver and vice versa.

import type { EngineConfig } from "../config.js";
import type { Dataset } from "../dataset/dataset.js";
import type { RebuildSource } from "./embedded/recovery.js";
import type { GraphStore } from "./graph-store.js";

/** What an embedded store is derived from, so one that a crash broke can be rebuilt on open. */
export interface StoreOrigin {
  dataDir: string;
  ingestDir: string;
  /** Receives the one line saying a rebuild happened and why (default: stderr). */
  log?: (line: string) => void;
}

/**
 * Opens the store. With `origin`, an embedded database that cannot be opened or that a killed load
 * left half-written is rebuilt from the data folder and the ledger; without it that is an error.
 */
export async function openStore(config: EngineConfig, origin?: StoreOrigin): Promise<GraphStore> {
  if (config.engine === "neo4j") {
    const { openNeo4jStore } = await import("./neo4j/neo4j-store.js");
    return openNeo4jStore(config);
  }
  const { openEmbeddedWithRecovery } = await import("./embedded/recovery.js");
  const { path, bufferPoolBytes, userQueryBufferPoolBytes } = config;
  return openEmbeddedWithRecovery(
    { path, bufferPoolBytes, userQueryBufferPoolBytes },
    origin ? rebuildSource(origin) : null,
  );
}

function rebuildSource(origin: StoreOrigin): RebuildSource {
  return {
    dataset: async (): Promise<Dataset> => {
      const { loadWholeGraph } = await import("../import/imported-graph.js");
      return loadWholeGraph(origin);
    },
    describe: `${origin.dataDir} and the ledger in ${origin.ingestDir}`,
    log: origin.log ?? ((line: string) => process.stderr.write(`actorgraph: ${line}\n`)),
  };
}
