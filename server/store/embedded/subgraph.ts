// The k-hop neighbourhood of seed entities on the embedded engine: a breadth-first search with
// fixed-length per-hop queries (ids and filter fields only; var-length patterns returning
// properties are ~20× slower), the filter applied in JS with relationPasses(), then full records
// fetched for what the limit keeps. Semantics: ../graph-store.ts (the same as the Neo4j engine).

import type { EntityLabel } from "../../../graph-schema/index.js";
import type { Subgraph, SubgraphQuery } from "../graph-store.js";
import { relationPasses } from "../relation-filter.js";
import type { LbugConnections } from "./connections.js";
import { edgeSource, edgeSourceLabel, expand, type HopEdge } from "./neighbours.js";
import { compareIds, entitiesByIds, locate, relationsByRefs } from "./reads.js";

interface Reached {
  hop: number;
  label: EntityLabel;
}

interface Exploration {
  reached: Map<string, Reached>;
  edges: Map<string, HopEdge>;
}

export async function readSubgraph(db: LbugConnections, query: SubgraphQuery): Promise<Subgraph> {
  const { reached, edges } = await explore(db, query);
  const ordered = [...reached].sort(([a, x], [b, y]) => x.hop - y.hop || compareIds(a, b));
  const kept = new Map(ordered.slice(0, Math.max(0, query.limit)).map(([id, r]) => [id, r.label]));
  const keptEdges = [...edges.values()].filter((e) => kept.has(e.node) && kept.has(e.other));
  const position = new Map([...kept.keys()].map((id, i) => [id, i]));
  const entities = (await entitiesByIds(db, kept)).sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  const refs = keptEdges.map((e) => ({ id: e.id, type: e.type, source: edgeSource(e), sourceLabel: edgeSourceLabel(e) }));
  const relations = await relationsByRefs(db, refs);
  return {
    seeds: [...new Set(query.seeds)].filter((id) => reached.get(id)?.hop === 0),
    entities,
    relations,
    truncated: kept.size < reached.size,
    omittedEntities: reached.size - kept.size,
    omittedRelations: edges.size - keptEdges.length,
  };
}

/**
 * BFS: hop h expands the entities first reached at h-1. One more pass from the last level,
 * restricted to entities already reached, finds the relations between entities at that level.
 */
async function explore(db: LbugConnections, query: SubgraphQuery): Promise<Exploration> {
  const located = await locate(db, query.seeds);
  const reached = new Map<string, Reached>();
  for (const id of query.seeds) {
    const label = located.get(id);
    if (label) reached.set(id, { hop: 0, label });
  }
  const edges = new Map<string, HopEdge>();
  const filterFields = Boolean(query.from || query.to || query.sources?.length);
  const allowed = query.entityTypes?.length ? new Set<string>(query.entityTypes) : null;
  let frontier = new Map([...reached].map(([id, r]) => [id, r.label]));
  for (let level = 1; level <= query.depth + 1 && frontier.size > 0; level++) {
    const last = level > query.depth;
    const next = new Map<string, EntityLabel>();
    for (const edge of await expand(db, frontier, query.relationTypes, filterFields)) {
      if (!relationPasses(edge, query)) continue;
      if (!reached.has(edge.other)) {
        if (last || (allowed && !allowed.has(edge.otherLabel))) continue;
        reached.set(edge.other, { hop: level, label: edge.otherLabel });
        next.set(edge.other, edge.otherLabel);
      }
      edges.set(edge.id, edge);
    }
    frontier = next;
  }
  return { reached, edges };
}
