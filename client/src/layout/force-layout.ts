// ForceAtlas2 in a web worker until the layout settles: positions are sampled a few times a
// second and the run stops when they barely move any more, or when a size-scaled budget ends.

import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import type Graph from "graphology";

const SAMPLE_MS = 200;
/** Mean movement per sample, as a share of the layout's extent, under which it counts as settled. */
const SETTLED_SHARE = 0.0015;

/** Time budget: ~2 s for small graphs, growing with size, capped at 20 s. */
export function layoutBudgetMs(order: number): number {
  return Math.min(20_000, 2000 + order * 4);
}

export interface LayoutRun {
  done: Promise<{ ms: number }>;
  stop(): void;
}

function snapshot(graph: Graph): Map<string, [number, number]> {
  const positions = new Map<string, [number, number]>();
  graph.forEachNode((id, a) => positions.set(id, [a.x as number, a.y as number]));
  return positions;
}

function meanMovementShare(graph: Graph, before: Map<string, [number, number]>): number {
  let moved = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((id, a) => {
    const x = a.x as number;
    const y = a.y as number;
    const prev = before.get(id);
    if (prev) moved += Math.hypot(x - prev[0], y - prev[1]);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return moved / Math.max(graph.order, 1) / extent;
}

/**
 * Each relation weighs 1 / (relations between the same pair): a pair with twelve parallel
 * relations attracts like one link, so a bundle does not crush its two ends together.
 */
function pairShareWeight(graph: Graph): (edge: string, attrs: unknown, source: string, target: string) => number {
  const counts = new Map<string, number>();
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  graph.forEachEdge((_e, _a, source, target) =>
    counts.set(key(source, target), (counts.get(key(source, target)) ?? 0) + 1),
  );
  return (_edge, _attrs, source, target) => 1 / (counts.get(key(source, target)) ?? 1);
}

export function runForceLayout(graph: Graph, budgetMs = layoutBudgetMs(graph.order)): LayoutRun {
  const started = performance.now();
  if (graph.order < 2) return { done: Promise.resolve({ ms: 0 }), stop: () => undefined };
  const settings = {
    ...inferSettings(graph),
    // LinLog + stronger gravity keep the many-relations hubs apart and leaves close to them.
    linLogMode: true,
    gravity: 1,
    scalingRatio: 4,
    adjustSizes: false,
    barnesHutOptimize: graph.order > 500,
  };
  const supervisor = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: pairShareWeight(graph) });
  let finish: (value: { ms: number }) => void = () => undefined;
  const done = new Promise<{ ms: number }>((resolve) => (finish = resolve));
  let previous = snapshot(graph);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    window.clearInterval(timer);
    supervisor.kill();
    finish({ ms: Math.round(performance.now() - started) });
  };
  supervisor.start();
  const timer = window.setInterval(() => {
    const elapsed = performance.now() - started;
    const share = meanMovementShare(graph, previous);
    previous = snapshot(graph);
    if (elapsed > budgetMs || (elapsed > 600 && share < SETTLED_SHARE)) stop();
  }, SAMPLE_MS);
  return { done, stop };
}
