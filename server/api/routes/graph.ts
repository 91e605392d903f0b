// /api/subgraph and /api/paths: neighbourhoods of seed entities and shortest paths between two,
// both in graphology's serialized format so the explorer imports them directly.

import { Router } from "express";
import {
  PathsRequest,
  SUBGRAPH_EVIDENCE_MAX_LIMIT,
  SubgraphRequest,
  type SerializedSubgraph,
  type SubgraphAttributes,
  type SubgraphResponse,
} from "../../../graph-schema/index.js";
import type { ApiDeps } from "../deps.js";
import { notFound, parseInput } from "../problem.js";
import { toLeanSerializedSubgraph, toSerializedSubgraph } from "../subgraph-json.js";
import type { Subgraph } from "../../store/graph-store.js";

type Neighbourhood = Omit<SubgraphRequest, "include">;

/** The store's answer; without seeds, the whole graph (up to the limit) is the answer. */
async function neighbourhood(
  { store, index }: ApiDeps,
  request: Neighbourhood,
): Promise<{ sub: Subgraph; attributes: SubgraphAttributes }> {
  const unknown = request.seeds.filter((id) => !index.has(id));
  if (unknown.length > 0) throw notFound(`no entity with id ${unknown.map((id) => `"${id}"`).join(", ")}`);
  const whole = request.seeds.length === 0;
  const seeds = whole ? index.ids() : request.seeds;
  const sub = await store.subgraph({ ...request, seeds, depth: whole ? 0 : request.depth });
  const { truncated, omittedEntities, omittedRelations } = sub;
  return { sub, attributes: { seeds: request.seeds, truncated, omittedEntities, omittedRelations } };
}

/** A subgraph with every relation's evidence (what exports write). */
export async function subgraphFor(deps: ApiDeps, request: Neighbourhood): Promise<SerializedSubgraph> {
  const { sub, attributes } = await neighbourhood(deps, request);
  return toSerializedSubgraph(sub.entities, sub.relations, attributes);
}

/** Evidence in full when asked, or, unasked, up to SUBGRAPH_EVIDENCE_MAX_LIMIT; counts otherwise. */
export function wantsEvidence(request: Pick<SubgraphRequest, "include" | "limit">): boolean {
  return request.include ? request.include === "evidence" : request.limit <= SUBGRAPH_EVIDENCE_MAX_LIMIT;
}

async function subgraphResponse(deps: ApiDeps, request: SubgraphRequest): Promise<SubgraphResponse> {
  const { include: _include, ...rest } = request;
  if (wantsEvidence(request)) return subgraphFor(deps, rest);
  const { sub, attributes } = await neighbourhood(deps, rest);
  return toLeanSerializedSubgraph(sub.entities, sub.relations, attributes);
}

export function graphRoutes(deps: ApiDeps): Router {
  const router = Router();

  router.get("/subgraph", async (req, res) => {
    res.json(await subgraphResponse(deps, parseInput(SubgraphRequest, req.query)));
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
