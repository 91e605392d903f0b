// What subgraph and path searches need from the graph (locate entities, expand a frontier one hop,
// fetch whole records), served either by Cypher on the database or by the in-process GraphCache.

import type { EntityType, EntityRecord, RelationType } from "../../../graph-schema/index.js";
import type { EvidenceDepth, RelationAt } from "../graph-store.js";
import type { LbugConnections } from "./connections.js";
import type { GraphCache } from "./graph-cache.js";
import { edgeSource, edgeSourceLabel, expand, type HopEdge } from "./neighbours.js";
import { byId, entitiesByIds, locate, relationsByRefs } from "./reads.js";

/** Entity ids (a Set, or the keys of a Map). */
export type EntitySet = Pick<ReadonlyMap<string, unknown>, "has" | "keys">;

export interface GraphAccess {
  /** Labels of the stored entities among `ids`. */
  locate(ids: string[]): Promise<Map<string, EntityType>>;
  /**
   * Every relation (of the given types) touching the frontier's entities; with `within`, only
   * those whose other end is in it (the caller drops the rest anyway; the cache skips them early).
   */
  expand(
    frontier: Map<string, EntityType>,
    types: readonly RelationType[] | undefined,
    filterFields: boolean,
    within: EntitySet | null,
  ): Promise<HopEdge[]>;
  /** Records of the edges' relations at an evidence depth, sorted by id. */
  relations<D extends EvidenceDepth>(edges: HopEdge[], evidence: D): Promise<RelationAt<D>[]>;
  entities(labelled: Map<string, EntityType>): Promise<EntityRecord[]>;
}

export function databaseAccess(db: LbugConnections): GraphAccess {
  return {
    locate: (ids) => locate(db, ids),
    expand: (frontier, types, filterFields) => expand(db, frontier, types, filterFields),
    relations: (edges, evidence) =>
      relationsByRefs(
        db,
        edges.map((e) => ({ id: e.id, type: e.type, source: edgeSource(e), sourceLabel: edgeSourceLabel(e) })),
        evidence,
      ),
    entities: (labelled) => entitiesByIds(db, labelled),
  };
}

/** Traversals and records in memory: no database round trip. */
export function cacheAccess(cache: GraphCache): GraphAccess {
  return {
    locate: async (ids) => {
      const found = new Map<string, EntityType>();
      for (const id of ids) {
        const node = cache.nodeIndex.get(id);
        if (node !== undefined) found.set(id, cache.label(node));
      }
      return found;
    },
    expand: async (frontier, types, _filterFields, within) => expandInCache(cache, frontier, types, within),
    relations: async <D extends EvidenceDepth>(edges: HopEdge[], evidence: D) => {
      const indices = [...new Set(edges.map((e) => cache.relationNumber(e.id)!))];
      const read = (i: number) => (evidence === "count" ? cache.countedRelation(i) : cache.relation(i));
      // `evidence` picks the shape RelationAt<D> names.
      return indices.map(read).sort(byId) as RelationAt<D>[];
    },
    entities: async (labelled) => {
      const records: EntityRecord[] = [];
      for (const id of labelled.keys()) {
        const node = cache.nodeIndex.get(id);
        if (node !== undefined) records.push(cache.entity(node));
      }
      return records;
    },
  };
}

function expandInCache(
  cache: GraphCache,
  frontier: Map<string, EntityType>,
  types: readonly RelationType[] | undefined,
  within: EntitySet | null,
): HopEdge[] {
  const allowed = types?.length ? new Set<string>(types) : null;
  // Most edges of the last BFS pass lead outside `within`: tested on node numbers, before any record.
  const inside = within ? cache.nodeMask(within.keys()) : null;
  const edges: HopEdge[] = [];
  for (const [id, label] of frontier) {
    const node = cache.nodeIndex.get(id);
    if (node === undefined) continue;
    for (const r of cache.edgesOf(node)) {
      if (inside && inside[cache.src[r] === node ? cache.dst[r]! : cache.src[r]!] === 0) continue;
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
