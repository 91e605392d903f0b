// Turns the graph a Cypher result holds into a drawable graph, placing known entities where the
// overview has them. The server already gave every element the explorer's attribute names
// (entity type, relation family and direction, parsed evidence): nothing is re-derived here.

import type { CypherResponse, EntityType, RelationEdgeAttributes } from "../../../graph-schema/index.js";
import { emptyGraph, type DataGraph, type PositionedEntity } from "../graph/model.js";
import { initialPosition, initialRadius } from "../layout/initial-positions.js";

export function buildQueryGraph(
  body: CypherResponse["graph"],
  positions: (id: string) => { x: number; y: number } | null,
): DataGraph {
  const graph = emptyGraph();
  const radius = initialRadius(body.nodes.length);
  for (const n of body.nodes) {
    const a = n.attributes;
    // Articles and disputes have no entity type: their node label stands in for the legend.
    const attrs: PositionedEntity = {
      ...(a as Partial<PositionedEntity>),
      label: String(a.label ?? n.key),
      entityType: String(a.entityType ?? a.nodeLabel ?? "") as EntityType,
      aliases: Array.isArray(a.aliases) ? a.aliases.map(String) : [],
      description: String(a.description ?? ""),
      ...(positions(n.key) ?? initialPosition(n.key, radius)),
    };
    graph.addNode(n.key, attrs);
  }
  for (const e of body.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.key)) continue;
    const attrs = e.attributes as unknown as RelationEdgeAttributes;
    if (e.undirected) graph.addUndirectedEdgeWithKey(e.key, e.source, e.target, attrs);
    else graph.addDirectedEdgeWithKey(e.key, e.source, e.target, attrs);
  }
  return graph;
}
