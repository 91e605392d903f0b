// Relation reads answered from the in-process GraphCache: by id, of one entity, and the filtered,
// paged listing (the same filters and order as relation-list.ts's Cypher path).

import type { Relation } from "../../../graph-schema/index.js";
import type { RelationQuery } from "../graph-store.js";
import { dateInRange } from "../../../graph-schema/index.js";
import type { GraphCache } from "./graph-cache.js";
import { byId, compareIds } from "./reads.js";

export function cachedRelation(cache: GraphCache, id: string): Relation | null {
  const i = cache.relationNumber(id);
  return i === undefined ? null : cache.relation(i);
}

/** Relation indices touching the entity, once each. */
function indicesOf(cache: GraphCache, entityId: string): number[] {
  const node = cache.nodeIndex.get(entityId);
  return node === undefined ? [] : [...new Set(cache.edgesOf(node))];
}

export function cachedRelationsOf(cache: GraphCache, entityId: string): Relation[] {
  return indicesOf(cache, entityId)
    .map((i) => cache.relation(i))
    .sort(byId);
}

function passes(cache: GraphCache, i: number, query: RelationQuery): boolean {
  if (query.type !== undefined && cache.typeOf(i) !== query.type) return false;
  if (query.disputed !== undefined && cache.disputed(i) !== query.disputed) return false;
  if (query.other !== undefined && cache.otherEnd(i, query.entity!) !== query.other) return false;
  if (query.source !== undefined && !cache.sources(i).includes(query.source)) return false;
  return dateInRange(cache.date(i), query.from, query.to);
}

/** Date ascending with undated relations last, then id. */
function byDateThenId(cache: GraphCache): (a: number, b: number) => number {
  return (a, b) => {
    const [x, y] = [cache.date(a), cache.date(b)];
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return compareIds(x, y);
    }
    return compareIds(cache.relationId(a), cache.relationId(b));
  };
}

export function cachedRelationList(cache: GraphCache, query: RelationQuery): { total: number; items: Relation[] } {
  const all = query.entity ? indicesOf(cache, query.entity) : Array.from({ length: cache.relationCount }, (_, i) => i);
  const candidates = all.filter((i) => passes(cache, i, query)).sort(byDateThenId(cache));
  const page = candidates.slice(query.offset, query.offset + query.limit);
  return { total: candidates.length, items: page.map((i) => cache.relation(i)) };
}
