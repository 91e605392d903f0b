// What subgraph and path searches need from the graph (locate entities, expand a frontier one hop,
// fetch whole records), served either by Cypher on the database or by the in-process GraphCache.

import type { EntityLabel, EntityRecord, Relation, RelationType } from "../../../graph-schema/index.js";
import type { LbugConnections } from "./connections.js";
import type { GraphCache } from "./graph-cache.js";
import { edgeSource, edgeSourceLabel, expand, type HopEdge } from "./neighbours.js";
import { byId, entitiesByIds, locate, relationsByRefs } from "./reads.js";

export interface GraphAccess {
  /** Labels of the stored entities among `ids`. */
  locate(ids: string[]): Promise<Map<string, EntityLabel>>;
  /** Every relation (of the given types) touching the frontier's entities. */
  expand(
    frontier: Map<string, EntityLabel>,
    types: readonly RelationType[] | undefined,
    filterFields: boolean,
  ): Promise<HopEdge[]>;
  /** Whole records of the edges' relations, sorted by id. */
  relations(edges: HopEdge[]): Promise<Relation[]>;
  entities(labelled: Map<string, EntityLabel>): Promise<EntityRecord[]>;
}

export function databaseAccess(db: LbugConnections): GraphAccess {
  return {
    locate: (ids) => locate(db, ids),
    expand: (frontier, types, filterFields) => expand(db, frontier, types, filterFields),
    relations: (edges) =>
      relationsByRefs(
        db,
        edges.map((e) => ({ id: e.id, type: e.type, source: edgeSource(e), sourceLabel: edgeSourceLabel(e) })),
      ),
    entities: (labelled) => entitiesByIds(db, labelled),
  };
}

/** Traversals in memory; entity records still come from the database (primary-key look-ups). */
export function cacheAccess(db: LbugConnections, cache: GraphCache): GraphAccess {
  return {
    locate: async (ids) => {
      const found = new Map<string, EntityLabel>();
      for (const id of ids) {
        const node = cache.nodeIndex.get(id);
        if (node !== undefined) found.set(id, cache.label(node));
      }
      return found;
    },
    expand: async (frontier, types) => expandInCache(cache, frontier, types),
    relations: async (edges) => {
      const unique = new Map(edges.map((e) => [e.id, e]));
      return [...unique.values()].map((e) => cache.relation(cache.relationIndex.get(e.id)!)).sort(byId);
    },
    entities: (labelled) => entitiesByIds(db, labelled),
  };
}

function expandInCache(
  cache: GraphCache,
  frontier: Map<string, EntityLabel>,
  types: readonly RelationType[] | undefined,
): HopEdge[] {
  const allowed = types?.length ? new Set<string>(types) : null;
  const edges: HopEdge[] = [];
  for (const [id, label] of frontier) {
    const node = cache.nodeIndex.get(id);
    if (node === undefined) continue;
    for (const r of cache.edgesOf(node)) {
      const type = cache.typeOf(r);
      if (allowed && !allowed.has(type)) continue;
      // A self-loop is listed twice: once leaving the node, once reaching it.
      const outgoing =
        cache.src[r] === node &&
        (cache.dst[r] !== node || !edges.some((e) => e.id === cache.relationId(r) && e.outgoing));
      const other = outgoing ? cache.dst[r]! : cache.src[r]!;
      edges.push({
        id: cache.relationId(r),
        type,
        node: id,
        nodeLabel: label,
        other: cache.nodeIds[other]!,
        otherLabel: cache.label(other),
        outgoing,
        confidence: cache.confidence[r]!,
        date: cache.date(r),
        sources: cache.sources(r),
      });
    }
  }
  return edges;
}
