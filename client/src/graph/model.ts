// The data graph: a graphology multi graph of entities and relations built from the API's
// serialized subgraphs. Expansions merge into it; nothing else writes to it but the layout.

import Graph from "graphology";
import type {
  EntityNodeAttributes,
  RelationEdgeAttributes,
  SerializedSubgraph,
  SubgraphAttributes,
} from "../../../graph-schema/index.js";
import type { ExplorerGraph } from "../filters/visibility.js";

/** Node attributes as stored in the graph: the API's plus the layout's position. */
export type PositionedEntity = EntityNodeAttributes & { x: number; y: number };

export type DataGraph = Graph<PositionedEntity, RelationEdgeAttributes, Partial<SubgraphAttributes>>;

export function emptyGraph(): DataGraph {
  return new Graph({ type: "mixed", multi: true, allowSelfLoops: true });
}

export function asExplorerGraph(graph: DataGraph): ExplorerGraph {
  return graph as unknown as ExplorerGraph;
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/**
 * Adds the subgraph's entities and relations that are not in the graph yet. New nodes get
 * a position from `place` (near a seed, or the initial layout's spot).
 */
export function mergeSubgraph(
  graph: DataGraph,
  sub: SerializedSubgraph,
  place: (id: string) => { x: number; y: number },
): MergeResult {
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  for (const node of sub.nodes) {
    if (graph.hasNode(node.key)) continue;
    graph.addNode(node.key, { ...node.attributes, ...place(node.key) });
    addedNodes.push(node.key);
  }
  for (const edge of sub.edges) {
    if (graph.hasEdge(edge.key) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (edge.undirected) graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
    addedEdges.push(edge.key);
  }
  return { addedNodes, addedEdges };
}
