// What a ForceAtlas2 run is given: its time budget, how often positions reach the screen, the
// light graph it works on and settings inferred from the graph's size. Pure, so it is tested
// without a worker.

import { UndirectedGraph } from "graphology";
import { inferSettings, type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { AbstractGraph } from "graphology-types";

/** How often the run samples the worker's positions. */
export const SAMPLE_MS = 200;

/** Time budget: ~2 s for small graphs, growing with size, capped at 20 s. */
export function layoutBudgetMs(order: number): number {
  return Math.min(20_000, 2000 + order * 4);
}

/** How often positions reach the drawn graph: every sample for small graphs, ~1/s for big ones. */
export function syncEveryMs(size: number): number {
  return size > 20_000 ? 2000 : size > 2000 ? 1000 : SAMPLE_MS;
}

/** The graph FA2 works on: every pair of linked entities once, weight 1 (parallel relations attract like one). */
export function layoutCopy(graph: AbstractGraph): UndirectedGraph {
  const copy = new UndirectedGraph({ allowSelfLoops: false });
  graph.forEachNode((id, a) => copy.addNode(id, { x: a.x as number, y: a.y as number }));
  graph.forEachEdge((_e, _a, source, target) => {
    if (source !== target && !copy.hasEdge(source, target)) copy.addEdge(source, target);
  });
  return copy;
}

/**
 * FA2 settings from the graph's size (inferSettings: slow-down growing with log n, strong
 * gravity so the pull grows with distance). Small storylines add LinLog and a strong pull (hubs
 * apart, leaves close to them). Big graphs keep the inferred gentle gravity (0.05) and scaling,
 * with Barnes-Hut and LinLog: nodes spread evenly over the disc with room for the edges between
 * them, instead of the solid disc a strong pull gives.
 */
export function layoutSettings(order: number): ForceAtlas2Settings {
  const inferred = inferSettings(order);
  if (order <= 500) return { ...inferred, linLogMode: true, gravity: 1, scalingRatio: 4, adjustSizes: false };
  return { ...inferred, barnesHutOptimize: true, barnesHutTheta: 0.6, linLogMode: true, adjustSizes: false };
}
