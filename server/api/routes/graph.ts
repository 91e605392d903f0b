// /api/subgraph and /api/paths: neighbourhoods of seed entities and shortest paths between two,
// both in graphology's serialized format so the explorer imports them directly.

import { Router } from "express";
import {
  PathsRequest,
  SUBGRAPH_EVIDENCE_MAX_LIMIT,
  SubgraphRequest,
  type SerializedSubgraph,
  type SubgraphAttributes,
} from "../../../graph-schema/index.js";
import type { ApiDeps } from "../deps.js";
import { notFound, parseInput } from "../problem.js";
import { subgraphJson, toSerializedSubgraph } from "../subgraph-json.js";
import type { EvidenceDepth, RelationAt, Subgraph } from "../../store/graph-store.js";

type Neighbourhood = Omit<SubgraphRequest, "include">;

/** The store's answer at an evidence depth; without seeds, the whole graph (up to the limit) is the answer. */
async function neighbourhood<D extends EvidenceDepth>(
  { store, index }: ApiDeps,
  request: Neighbourhood,
  evidence: D,
): Promise<{ sub: Subgraph<RelationAt<D>>; attributes: SubgraphAttributes }> {
  const unknown = request.seeds.filter((id) => !index.has(id));
  if (unknown.length > 0) throw notFound(`no entity with id ${unknown.map((id) => `"${id}"`).join(", ")}`);
  const whole = request.seeds.length === 0;
  const sub = whole
    ? await wholeGraph({ store, index }, request, evidence)
    : await store.subgraph({ ...request, evidence });
  const { truncated, omittedEntities, omittedRelations } = sub;
  return { sub, attributes: { seeds: request.seeds, truncated, omittedEntities, omittedRelations } };
}

/**
 * The whole graph; under a limit, the best-connected entities (ranked by relations passing the
 * filter, as the overview ranks actors), then unconnected ones in id order.
 */
async function wholeGraph<D extends EvidenceDepth>(
  { store, index }: Pick<ApiDeps, "store" | "index">,
  request: Neighbourhood,
  evidence: D,
): Promise<Subgraph<RelationAt<D>>> {
  const everyone = index.ids();
  const query = { ...request, depth: 0, evidence };
  if (everyone.length <= request.limit) return store.subgraph({ ...query, seeds: everyone });
  // Entity types do not narrow the whole graph (every entity is a seed), so they do not rank it either.
  const { relationTypes, from, to, sources, minConfidence, limit } = request;
  const ranking = await store.overview({ relationTypes, from, to, sources, minConfidence, limit });
  const seeds = [...new Set([...ranking.actors.map((a) => a.id), ...everyone.sort()])].slice(0, limit);
  const sub = await store.subgraph({ ...query, seeds });
  const omittedEntities = everyone.length - sub.entities.length;
  const omittedRelations = Math.max(0, ranking.totalRelations - sub.relations.length);
  return { ...sub, truncated: omittedEntities > 0 || omittedRelations > 0, omittedEntities, omittedRelations };
}

/** A subgraph with every relation's evidence (what exports write). */
export async function subgraphFor(deps: ApiDeps, request: Neighbourhood): Promise<SerializedSubgraph> {
  const { sub, attributes } = await neighbourhood(deps, request, "full");
  return toSerializedSubgraph(sub.entities, sub.relations, attributes);
}

/** Evidence in full when asked, or, unasked, up to SUBGRAPH_EVIDENCE_MAX_LIMIT; counts otherwise. */
export function wantsEvidence(request: Pick<SubgraphRequest, "include" | "limit">): boolean {
  return request.include ? request.include === "evidence" : request.limit <= SUBGRAPH_EVIDENCE_MAX_LIMIT;
}

/** The response body as JSON text (subgraphJson: the nodes of the store's shared records are written once). */
async function subgraphResponse(deps: ApiDeps, request: SubgraphRequest): Promise<string> {
  const { include: _include, ...rest } = request;
  if (wantsEvidence(request)) {
    const { sub, attributes } = await neighbourhood(deps, rest, "full");
    return subgraphJson(sub.entities, sub.relations, false, attributes);
  }
  // Counted in the store: the evidence text is neither sent to the server nor parsed.
  const { sub, attributes } = await neighbourhood(deps, rest, "count");
  return subgraphJson(sub.entities, sub.relations, true, attributes);
}

export function graphRoutes(deps: ApiDeps): Router {
  const router = Router();

  router.get("/subgraph", async (req, res) => {
    // The text JSON.stringify(SubgraphResponse) gives, with res.json()'s content type.
    res.type("json").send(await subgraphResponse(deps, parseInput(SubgraphRequest, req.query)));
  });

  router.get("/paths", async (req, res) => {
    const q = parseInput(PathsRequest, req.query);
    for (const id of [q.from, q.to]) if (!deps.index.has(id)) throw notFound(`no entity with id "${id}"`);
    const { from, to, maxLength, limit, dateFrom, dateTo, ...rest } = q;
    const result = await deps.store.paths({
      from,
      to,
      maxLength,
      limit,
      filter: { ...rest, from: dateFrom, to: dateTo },
    });
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
