// The k-hop neighbourhood of seed entities answered from the in-process GraphCache, on node and
// relation numbers: the same breadth-first search and answer as subgraph.ts (see graph-store.ts),
// without an object or a string per edge looked at (a depth-2 search looks at tens of thousands).

import { relationPasses, type FilteredRelation, type RelationFilter } from "../../../graph-schema/index.js";
import type { EvidenceDepth, RelationAt, Subgraph, SubgraphQuery } from "../graph-store.js";
import type { GraphCache } from "./graph-cache.js";

/** Per-node and per-relation marks reused by every search: a mark is set when it equals the search's stamp. */
class SearchMarks {
  private stamp = 0;
  readonly reachedAt: Uint32Array;
  readonly keptAt: Uint32Array;
  readonly edgeAt: Uint32Array;
  /** Hop at which each node was first reached (valid where reachedAt holds the stamp). */
  readonly hop: Int32Array;

  constructor(nodes: number, relations: number) {
    this.reachedAt = new Uint32Array(nodes);
    this.keptAt = new Uint32Array(nodes);
    this.edgeAt = new Uint32Array(relations);
    this.hop = new Int32Array(nodes);
  }

  /** A stamp no mark holds yet. */
  next(): number {
    if (this.stamp === 0xffffffff) {
      this.stamp = 0;
      for (const marks of [this.reachedAt, this.keptAt, this.edgeAt]) marks.fill(0);
    }
    return ++this.stamp;
  }
}

const marksOf = new WeakMap<GraphCache, SearchMarks>();

/** The filter fields relationPasses() reads; when none is given, every relation passes. */
const FILTER_KEYS = [
  "relationTypes",
  "minConfidence",
  "disputed",
  "sources",
  "from",
  "to",
  "includeUndated",
] as const satisfies readonly (keyof RelationFilter)[];

interface Search {
  /** Reached nodes in the order first reached. */
  reached: number[];
  /** Relation numbers of the edges kept by the search, once each. */
  edges: number[];
}

export function cachedSubgraph<D extends EvidenceDepth>(
  cache: GraphCache,
  query: SubgraphQuery<D>,
): Subgraph<RelationAt<D>> {
  let marks = marksOf.get(cache);
  if (!marks) marksOf.set(cache, (marks = new SearchMarks(cache.nodeIds.length, cache.relationCount)));
  const stamp = marks.next();
  const { reached, edges } = search(cache, query, marks, stamp);
  const kept = nearestFirst(cache, reached, marks.hop).slice(0, Math.max(0, query.limit));
  for (const n of kept) marks.keptAt[n] = stamp;
  const keptEdges = cache.sortById(
    edges.filter((r) => marks.keptAt[cache.src[r]!] === stamp && marks.keptAt[cache.dst[r]!] === stamp),
  );
  const counted = query.evidence === "count";
  const read = (r: number) => (counted ? cache.countedRelation(r) : cache.relation(r));
  const seeds = [...new Set(query.seeds)].filter((id) => {
    const node = cache.nodeIndex.get(id);
    return node !== undefined && marks.reachedAt[node] === stamp && marks.hop[node] === 0;
  });
  return {
    seeds,
    entities: kept.map((n) => cache.entity(n)),
    // `evidence` picks the shape RelationAt<D> names.
    relations: keptEdges.map(read) as RelationAt<D>[],
    truncated: kept.length < reached.length,
    omittedEntities: reached.length - kept.length,
    omittedRelations: edges.length - keptEdges.length,
  };
}

/**
 * BFS: hop h expands the nodes first reached at h-1; one more pass from the last level keeps the
 * relations between nodes already reached. A relation the filter rejects leads nowhere; a node of
 * a type not asked for is not reached (seeds always are).
 */
function search(cache: GraphCache, query: SubgraphQuery, marks: SearchMarks, stamp: number): Search {
  const { reachedAt, edgeAt, hop } = marks;
  const reached: number[] = [];
  for (const id of query.seeds) {
    const node = cache.nodeIndex.get(id);
    if (node === undefined || reachedAt[node] === stamp) continue;
    reachedAt[node] = stamp;
    hop[node] = 0;
    reached.push(node);
  }
  const passes = relationFilter(cache, query);
  const allowedLabels = query.entityTypes?.length ? new Set<string>(query.entityTypes) : null;
  const { adjacencyStart, adjacency, src, dst } = cache;
  const edges: number[] = [];
  let frontier = reached.slice();
  for (let level = 1; level <= query.depth + 1 && frontier.length > 0; level++) {
    const last = level > query.depth;
    const next: number[] = [];
    for (const node of frontier) {
      for (let at = adjacencyStart[node]!, end = adjacencyStart[node + 1]!; at < end; at++) {
        const r = adjacency[at]!;
        const other = src[r] === node ? dst[r]! : src[r]!;
        const known = reachedAt[other] === stamp;
        if ((last && !known) || (passes && !passes(r))) continue;
        if (!known) {
          if (allowedLabels && !allowedLabels.has(cache.label(other))) continue;
          reachedAt[other] = stamp;
          hop[other] = level;
          reached.push(other);
          next.push(other);
        }
        if (edgeAt[r] !== stamp) {
          edgeAt[r] = stamp;
          edges.push(r);
        }
      }
    }
    frontier = next;
  }
  return { reached, edges };
}

/** relationPasses() on a relation number, or null when the query filters nothing. */
function relationFilter(cache: GraphCache, query: SubgraphQuery): ((r: number) => boolean) | null {
  const filter = query as RelationFilter;
  if (FILTER_KEYS.every((k) => filter[k] === undefined || filter[k] === null)) return null;
  return (r) => {
    // The fields a hop reads (no `disputed`: the subgraph's search never filtered on it).
    const fields: FilteredRelation = {
      type: cache.typeOf(r),
      confidence: cache.confidence[r]!,
      sources: cache.sources(r),
      date: cache.date(r),
    };
    return relationPasses(fields, filter);
  };
}

/** Nodes by hop, then id (a numeric sort of hop and id rank: no string compared). */
function nearestFirst(cache: GraphCache, nodes: number[], hop: Int32Array): number[] {
  const rank = cache.idRank();
  const n = cache.nodeIds.length;
  const keys = new Float64Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) keys[i] = hop[nodes[i]!]! * n + rank[nodes[i]!]!;
  keys.sort();
  const byRank = cache.nodesByIdRank();
  return Array.from(keys, (k) => byRank[k % n]!);
}
