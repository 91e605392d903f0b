// The graph of what is shown (filters applied), with display colours, sizes and positions, as
// exports need it. GEXF gets flat attributes (lists joined) since the format has no lists.

import Graph from "graphology";
import type { DataGraph } from "../graph/model.js";
import type { Scene } from "../graph/scene.js";
import { edgeColour } from "../graph/scene.js";

/** The shown subgraph with the data's own attributes (for JSON). */
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

/** Flat, typed attributes for GEXF: viz colour/size/position plus the facts an analyst filters on. */
export function gexfReadyGraph(shown: DataGraph, scene: Pick<Scene, "colourOf" | "sizeOf">): Graph {
  const out = new Graph({ type: "mixed", multi: true, allowSelfLoops: true });
  shown.forEachNode((id, a) => {
    out.addNode(id, {
      label: a.label,
      entityType: a.entityType,
      aliases: a.aliases.join("; "),
      description: a.description,
      x: a.x,
      y: a.y,
      size: scene.sizeOf(id),
      color: scene.colourOf(id),
    });
  });
  shown.forEachEdge((id, a, source, target, _sa, _ta, undirected) => {
    const attrs = {
      label: a.label,
      relationType: a.relationType,
      family: a.family,
      date: a.date ?? "",
      dateBasis: a.dateBasis,
      confidence: a.confidence,
      cameo: a.cameo ?? "",
      sources: a.sources.join(";"),
      disputed: a.disputed,
      color: edgeColour(a.family, a.relationType),
      weight: a.confidence,
    };
    if (undirected) out.addUndirectedEdgeWithKey(id, source, target, attrs);
    else out.addDirectedEdgeWithKey(id, source, target, attrs);
  });
  return out;
}
