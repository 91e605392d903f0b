// Curvature for parallel relations, so each relation between the same two entities stays
// visible and labelled: @sigma/edge-curve's parallel-edge index over the visible relations, and
// the curvature its authors derive from that index (sigma's "parallel edges" example).

import { MultiDirectedGraph } from "graphology";
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from "@sigma/edge-curve";
import type { ExplorerGraph } from "../filters/visibility.js";

/** How far the outermost curve of a big bundle may bend, in units of the default curvature. */
const AMPLITUDE = 3.5;

/** Curvature of the `index`-th of a bundle whose indices run up to `maxIndex` (0: straight). */
export function bundleCurvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0 || index === 0) return 0;
  if (index < 0) return -bundleCurvature(-index, maxIndex);
  const maxCurvature = AMPLITUDE * (1 - Math.exp(-maxIndex / AMPLITUDE)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** Curvature per visible relation (0 for one alone between its ends; self-loops are left out). */
export function curvaturesOf(graph: ExplorerGraph, edges: ReadonlySet<string>): Map<string, number> {
  // The index is written as edge attributes: it works on a light copy of only what is visible.
  const bundles = new MultiDirectedGraph();
  for (const key of edges) {
    const [source, target] = graph.extremities(key);
    if (source === target) continue;
    bundles.mergeNode(source);
    bundles.mergeNode(target);
    bundles.addEdgeWithKey(key, source, target);
  }
  indexParallelEdgesIndex(bundles, { edgeIndexAttribute: "index", edgeMaxIndexAttribute: "maxIndex" });
  const curvatures = new Map<string, number>();
  bundles.forEachEdge((key, a) => {
    const index = typeof a.index === "number" ? a.index : 0;
    const maxIndex = typeof a.maxIndex === "number" ? a.maxIndex : 0;
    curvatures.set(key, bundleCurvature(index, maxIndex));
  });
  return curvatures;
}
