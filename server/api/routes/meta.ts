// /api/health and /api/schema: is the engine answering, what it holds, and the vocabulary.

import { Router } from "express";
import {
  DATE_BASES,
  FAMILY_COLOURS,
  NODE_LABEL_DEFS,
  RELATION_TYPE_DEFS,
  type HealthResponse,
  type SchemaResponse,
} from "../../../graph-schema/index.js";
import type { ApiDeps } from "../deps.js";

export function metaRoutes({ store, index }: ApiDeps): Router {
  const router = Router();

  router.get("/health", async (_req, res) => {
    try {
      const [engine, counts] = await Promise.all([store.describe(), store.counts()]);
      const body: HealthResponse = {
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
      };
      res.json(body);
    } catch (error) {
      // Readiness: a load balancer should stop sending traffic while the engine is away.
      res.status(503).json({ status: "unavailable", engine: store.engine, detail: (error as Error).message });
    }
  });

  // The vocabulary is fixed for the life of the process: serialised once, not per request.
  const schema: SchemaResponse = {
    nodeLabels: Object.values(NODE_LABEL_DEFS).map((d) => ({ ...d, properties: [...d.properties] })),
    relationTypes: RELATION_TYPE_DEFS.map((d) => ({ ...d, from: [...d.from], to: [...d.to] })),
    relationFamilies: FAMILY_COLOURS,
    dateBases: [...DATE_BASES],
  };
  const schemaJson = JSON.stringify(schema);
  router.get("/schema", (_req, res) => void res.type("application/json").send(schemaJson));

  return router;
}
