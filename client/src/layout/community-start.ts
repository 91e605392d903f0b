// Starting positions for big graphs: Louvain communities of the serialized subgraph, each
// placed as its own disc (see communityPositions), so ForceAtlas2 starts from clusters.

import { UndirectedGraph } from "graphology";
import type { SerializedSubgraph } from "../../../graph-schema/index.js";
import { communities } from "../analysis/algorithms.js";
import { communityPositions } from "./initial-positions.js";

export function communityStart(sub: SerializedSubgraph, radius: number): Map<string, { x: number; y: number }> {
  const simple = new UndirectedGraph({ allowSelfLoops: false });
  for (const node of sub.nodes) simple.mergeNode(node.key);
  for (const edge of sub.edges) {
    if (edge.source === edge.target || !simple.hasNode(edge.source) || !simple.hasNode(edge.target)) continue;
    simple.mergeEdge(edge.source, edge.target, { weight: 1 });
  }
  const communityOf = communities(simple);
  // Entities without relations share one group instead of each being a community of its own.
  simple.forEachNode((id) => {
    if (simple.degree(id) === 0) communityOf.set(id, -1);
  });
  return communityPositions(simple.nodes(), communityOf, radius);
}
