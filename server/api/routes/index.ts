// Every /api route, in one router.

import { Router } from "express";
import { APP_VERSION } from "../../version.js";
import type { ApiDeps } from "../deps.js";
import { cypherRoutes } from "./cypher.js";
import { docsRoutes } from "./docs.js";
import { entityRoutes } from "./entities.js";
import { exportRoutes } from "./export.js";
import { graphRoutes } from "./graph.js";
import { ingestRoutes } from "./ingest.js";
import { metaRoutes } from "./meta.js";
import { overviewRoutes } from "./overview.js";
import { recordRoutes } from "./records.js";

export function apiRoutes(deps: ApiDeps): Router {
  return Router()
    .use(metaRoutes(deps))
    .use(entityRoutes(deps))
    .use(graphRoutes(deps))
    .use(overviewRoutes(deps))
    .use(recordRoutes(deps))
    .use(cypherRoutes(deps))
    .use(exportRoutes(deps))
    .use(ingestRoutes(deps))
    .use(docsRoutes(APP_VERSION));
}
