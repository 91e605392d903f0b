// The k-hop neighbourhood of seed entities on the embedded engine: a breadth-first search one hop
// at a time over ids and filter fields (GraphAccess: per-hop Cypher while the graph copy is off;
// the copy answers on node numbers, cached-subgraph.ts), the filter applied in JS with
// relationPasses(), then whole records for what the limit keeps.
// Semantics: ../graph-store.ts (the same as the Neo4j engine's).

import type { EntityType } from "../../../graph-schema/index.js";
import type { EvidenceDepth, RelationAt, Subgraph, SubgraphQuery } from "../graph-store.js";
import { relationPasses } from "../../../graph-schema/index.js";
import type { GraphAccess } from "./access.js";
import type { HopEdge } from "./neighbours.js";
import { compareIds } from "./reads.js";

interface Reached {
  hop: number;
  label: EntityType;
}

interface Exploration {
  reached: Map<string, Reached>;
  edges: Map<string, HopEdge>;
}

export async function readSubgraph<D extends EvidenceDepth>(
  graph: GraphAccess,
  query: SubgraphQuery<D>,
): Promise<Subgraph<RelationAt<D>>> {
  const { reached, edges } = await explore(graph, query);
  const ordered = [...reached].sort(([a, x], [b, y]) => x.hop - y.hop || compareIds(a, b));
  const kept = new Map(ordered.slice(0, Math.max(0, query.limit)).map(([id, r]) => [id, r.label]));
  const keptEdges = [...edges.values()].filter((e) => kept.has(e.node) && kept.has(e.other));
  const position = new Map([...kept.keys()].map((id, i) => [id, i]));
  const entities = (await graph.entities(kept)).sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  const relations = await graph.relations(keptEdges, query.evidence ?? ("full" as D));
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
async function explore(graph: GraphAccess, query: SubgraphQuery): Promise<Exploration> {
  const located = await graph.locate(query.seeds);
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
    const next = new Map<string, EntityType>();
    for (const edge of await graph.expand(frontier, query.relationTypes, filterFields, last ? reached : null)) {
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
