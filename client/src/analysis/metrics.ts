// Pure parts of the metrics of what is shown: the simple undirected projection (parallel
// relations become one weighted link), degree, community numbering and the brokers ranking.

import { UndirectedGraph } from "graphology";
import type { ExplorerGraph, Visibility } from "../filters/visibility.js";

/** Above this many nodes betweenness is not computed on the page (it is O(n·m)). */
export const BETWEENNESS_NODE_LIMIT = 2000;

export function simpleProjection(graph: ExplorerGraph, visible: Visibility): UndirectedGraph {
  const simple = new UndirectedGraph({ allowSelfLoops: false });
  for (const id of visible.nodes) simple.addNode(id);
  for (const edge of visible.edges) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (source === target || !simple.hasNode(source) || !simple.hasNode(target)) continue;
    if (simple.hasEdge(source, target)) simple.updateEdgeAttribute(source, target, "weight", (w: number) => w + 1);
    else simple.addEdge(source, target, { weight: 1 });
  }
  return simple;
}

/** Number of shown relations per shown entity (parallel relations each count). */
export function visibleDegree(graph: ExplorerGraph, visible: Visibility): Map<string, number> {
  const degree = new Map<string, number>();
  for (const id of visible.nodes) degree.set(id, 0);
  for (const edge of visible.edges) {
    for (const end of graph.extremities(edge)) if (degree.has(end)) degree.set(end, degree.get(end)! + 1);
  }
  return degree;
}

/** Renumbers raw community ids by size rank (0 = largest, ties by id), so colours are stable. */
export function rankCommunities(raw: Readonly<Record<string, number>>): Map<string, number> {
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rankOf = new Map(ranked.map((c, i) => [c, i]));
  return new Map(Object.entries(raw).map(([id, c]) => [id, rankOf.get(c) ?? 0]));
}

export interface Broker {
  id: string;
  score: number;
}

/** Entities ranked by betweenness, ties broken by id for a stable order. */
export function rankBrokers(scores: ReadonlyMap<string, number>, limit: number): Broker[] {
  return [...scores.entries()]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id, score]) => ({ id, score }));
}
