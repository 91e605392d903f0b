// /api/health and /api/schema: is the engine answering, what it holds, and the vocabulary.

import { Router } from "express";
import { DATE_BASES, FAMILY_COLOURS, NODE_LABEL_DEFS, RELATION_TYPE_DEFS } from "../../../graph-schema/index.js";
import type { ApiDeps } from "../deps.js";

export function metaRoutes({ store, index }: ApiDeps): Router {
  const router = Router();

  router.get("/health", async (_req, res) => {
    try {
      const [engine, counts] = await Promise.all([store.describe(), store.counts()]);
      res.json({
        status: "ok",
        engine: engine.engine,
        version: engine.version,
        counts: {
          entities: counts.totalEntities,
          relations: counts.totalRelations,
          articles: counts.articles,
          disputes: counts.disputes,
          entitiesByType: counts.entities,
          relationsByType: counts.relations,
        },
        searchIndex: { entities: index.size },
      });
    } catch (error) {
      // Readiness: a load balancer should stop sending traffic while the engine is away.
      res.status(503).json({ status: "unavailable", engine: store.engine, detail: (error as Error).message });
    }
  });

  router.get("/schema", (_req, res) => {
    res.json({
      nodeLabels: Object.values(NODE_LABEL_DEFS),
      relationTypes: RELATION_TYPE_DEFS,
      relationFamilies: FAMILY_COLOURS,
      dateBases: DATE_BASES,
    });
  });

  return router;
}
