// GET /api/export: the filtered subgraph (same parameters as /api/subgraph) as a file that
// Gephi, Cytoscape, networkx or a spreadsheet opens as it is.

import { Router } from "express";
import { ExportRequest } from "../../../graph-schema/index.js";
import { exportSubgraph } from "../../export/index.js";
import type { ApiDeps } from "../deps.js";
import { parseInput } from "../problem.js";
import { subgraphFor } from "./graph.js";

export function exportRoutes(deps: ApiDeps): Router {
  const router = Router();

  router.get("/export", async (req, res) => {
    const { format, part, gexfVersion, graphmlFlavour, ...request } = parseInput(ExportRequest, req.query);
    const subgraph = await subgraphFor(deps, request);
    const file = exportSubgraph(subgraph, format, { part, gexfVersion, graphmlFlavour });
    // attachment() guesses a type from the file name, so the real type is set after it.
    res
      .attachment(file.filename)
      .type(file.contentType)
      .set("X-Truncated", String(subgraph.attributes.truncated))
      .send(file.body);
  });

  return router;
}
