// /api/overview and /api/timeline: the views of a graph too large to draw relation by relation,
// aggregated by the engine (GraphStore.overview / timeline) and shaped here.

import { Router } from "express";
import {
  OverviewRequest,
  TimelineRequest,
  type OverviewResponse,
  type TimelineResponse,
} from "../../../graph-schema/index.js";
import type { ApiDeps } from "../deps.js";
import { overviewResponse } from "../overview-json.js";
import { parseInput } from "../problem.js";
import { timelineBins } from "../timeline-bins.js";

export function overviewRoutes({ store, index }: ApiDeps): Router {
  const router = Router();

  router.get("/overview", async (req, res) => {
    const query = parseInput(OverviewRequest, req.query);
    const body: OverviewResponse = overviewResponse(await store.overview(query), index, query);
    res.json(body);
  });

  router.get("/timeline", async (req, res) => {
    const { precision, ...filter } = parseInput(TimelineRequest, req.query);
    const body: TimelineResponse = timelineBins(await store.timeline(filter), precision);
    res.json(body);
  });

  return router;
}
