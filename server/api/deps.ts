// What every route needs: the store behind the GraphStore interface, the in-process entity
// index, the configuration and the logger. Routes never learn which engine runs.

import type { AppConfig } from "../config.js";
import type { Logger } from "../logger.js";
import type { EntityIndex } from "../search/entity-index.js";
import type { Extractor } from "../ingest/extractor.js";
import type { GraphStore } from "../store/graph-store.js";

export interface ApiDeps {
  store: GraphStore;
  index: EntityIndex;
  config: AppConfig;
  logger: Logger;
  /** Extractor for POST /api/articles (default: the rule-based one). */
  extractor?: Extractor;
}
