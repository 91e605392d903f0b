// Opens the engine the configuration names. Engines are imported lazily so the embedded
// default never loads the Neo4j driver and vice versa.

import type { EngineConfig } from "../config.js";
import type { GraphStore } from "./graph-store.js";

export async function openStore(config: EngineConfig): Promise<GraphStore> {
  if (config.engine === "neo4j") {
    const { openNeo4jStore } = await import("./neo4j/neo4j-store.js");
    return openNeo4jStore(config);
  }
  const { openEmbeddedStore } = await import("./embedded/embedded-store.js");
  return openEmbeddedStore({ path: config.path });
}
