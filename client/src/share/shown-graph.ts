// The graph of what is shown (filters applied), as exports need it: the subgraph in the API's
// shape for the server's JSON and GEXF writers, with how the view drew each entity (GEXF).

import type { SerializedSubgraph } from "../../../graph-schema/index.js";
import type { DrawnEntity } from "../../../server/export/gexf-export.js";
import type { DataGraph } from "../graph/model.js";
import type { Scene } from "../graph/scene.js";

/** The shown subgraph with the data's own attributes. */
export function shownSubgraph(graph: DataGraph, scene: Pick<Scene, "visibility">): DataGraph {
  const out = graph.nullCopy() as DataGraph;
  graph.forEachNode((id, a) => {
    if (scene.visibility.nodes.has(id)) out.addNode(id, { ...a });
  });
  graph.forEachEdge((id, a, source, target, _sa, _ta, undirected) => {
    if (!scene.visibility.edges.has(id) || !out.hasNode(source) || !out.hasNode(target)) return;
    if (undirected) out.addUndirectedEdgeWithKey(id, source, target, { ...a });
    else out.addDirectedEdgeWithKey(id, source, target, { ...a });
  });
  return out;
}

/** The shown subgraph in the API's shape, and where and how each entity is drawn. */
export function drawnSubgraph(
  shown: DataGraph,
  scene: Pick<Scene, "colourOf" | "sizeOf">,
): { subgraph: SerializedSubgraph; drawing: Map<string, DrawnEntity> } {
  const drawing = new Map<string, DrawnEntity>();
  const nodes: SerializedSubgraph["nodes"] = [];
  shown.forEachNode((key, { x, y, ...attributes }) => {
    nodes.push({ key, attributes });
    drawing.set(key, { x, y, size: scene.sizeOf(key), colour: scene.colourOf(key) });
  });
  const edges: SerializedSubgraph["edges"] = [];
  shown.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) =>
    // Keys in the order the API writes them, so the server's writers give the same bytes.
    edges.push({ key, source, target, ...(undirected ? { undirected } : {}), attributes }),
  );
  const attributes = { seeds: [], truncated: false, omittedEntities: 0, omittedRelations: 0 };
  return {
    subgraph: { options: { type: "mixed", multi: true, allowSelfLoops: true }, attributes, nodes, edges },
    drawing,
  };
}
