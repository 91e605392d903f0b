// /api/subgraph and /api/paths: neighbourhoods of seed entities and shortest paths between two,
// both in graphology's serialized format so the explorer imports them directly.

import { Router } from "express";
import { PathsRequest, SubgraphRequest } from "../../../graph-schema/index.js";
import type { ApiDeps } from "../deps.js";
import { notFound, parseInput } from "../problem.js";
import { toSerializedSubgraph } from "../subgraph-json.js";
import type { SerializedSubgraph } from "../../../graph-schema/index.js";

/** Answers a subgraph request; without seeds, the whole graph (up to the limit) is the answer. */
export async function subgraphFor({ store, index }: ApiDeps, request: SubgraphRequest): Promise<SerializedSubgraph> {
  const unknown = request.seeds.filter((id) => !index.has(id));
  if (unknown.length > 0) throw notFound(`no entity with id ${unknown.map((id) => `"${id}"`).join(", ")}`);
  const whole = request.seeds.length === 0;
  const seeds = whole ? index.ids() : request.seeds;
  const sub = await store.subgraph({ ...request, seeds, depth: whole ? 0 : request.depth });
  return toSerializedSubgraph(sub.entities, sub.relations, {
    seeds: request.seeds,
    truncated: sub.truncated,
    omittedEntities: sub.omittedEntities,
    omittedRelations: sub.omittedRelations,
  });
}

export function graphRoutes(deps: ApiDeps): Router {
  const router = Router();

  router.get("/subgraph", async (req, res) => {
    res.json(await subgraphFor(deps, parseInput(SubgraphRequest, req.query)));
  });

  router.get("/paths", async (req, res) => {
    const q = parseInput(PathsRequest, req.query);
    for (const id of [q.from, q.to]) if (!deps.index.has(id)) throw notFound(`no entity with id "${id}"`);
    const result = await deps.store.paths(q);
    const relations = [...new Map(result.paths.flatMap((p) => p.relations).map((r) => [r.id, r])).values()];
    res.json({
      from: q.from,
      to: q.to,
      length: result.paths[0]?.relations.length ?? null,
      paths: result.paths.map((p) => ({ entities: p.entities, relations: p.relations.map((r) => r.id) })),
      graph: toSerializedSubgraph(result.entities, relations),
    });
  });

  return router;
}
