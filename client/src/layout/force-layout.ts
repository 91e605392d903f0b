// ForceAtlas2 in a web worker until the layout settles. The worker runs on a light copy of the
// graph (one weighted link per pair of entities, no renderer listening), so it iterates at its
// own speed; positions are copied to the drawn graph a few times a second (less often for big
// graphs, whose frames are expensive). The run cools down over the end of its budget (a few
// steps, each a fresh supervisor with a stronger slow-down), so it stops in a settled picture
// rather than mid-move.

import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type Graph from "graphology";
import { SAMPLE_MS, layoutBudgetMs, layoutCopy, layoutSettings, syncEveryMs } from "./layout-plan.js";

/** Mean movement per sample and per iteration, as a share of the layout's extent, under which it counts as settled. */
const SETTLED_SHARE = 0.0015;
const SETTLED_ITERATION_SHARE = 0.0003;
/** Iterations before the layout may count as settled (the first ones only start to untangle). */
const MIN_ITERATIONS = 60;
/** Share of the budget (at its end) over which the layout is slowed down to a stop. */
const COOL_DOWN_SHARE = 0.3;
const COOL_DOWN_FACTOR = 12;
const COOL_DOWN_STEPS = 3;

export interface LayoutRun {
  done: Promise<{ ms: number }>;
  stop(): void;
}

function movementShare(graph: Graph, before: Float64Array): { share: number; after: Float64Array } {
  const after = new Float64Array(graph.order * 2);
  let moved = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let i = 0;
  graph.forEachNode((_id, a) => {
    const x = a.x as number;
    const y = a.y as number;
    after[i] = x;
    after[i + 1] = y;
    if (before.length === after.length) moved += Math.hypot(x - before[i]!, y - before[i + 1]!);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
    i += 2;
  });
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return { share: moved / Math.max(graph.order, 1) / extent, after };
}

/** Copies the layout's positions onto the drawn graph in one update (one redraw). */
function copyPositions(from: Graph, to: Graph): void {
  to.updateEachNodeAttributes(
    (id, attrs) => {
      if (from.hasNode(id)) {
        attrs.x = from.getNodeAttribute(id, "x") as number;
        attrs.y = from.getNodeAttribute(id, "y") as number;
      }
      return attrs;
    },
    { attributes: ["x", "y"] },
  );
}

/**
 * The worker for a layout copy, restarted with a stronger slow-down at each cooling step over the
 * end of the budget (the supervisor takes its settings when created: a public API, no private field).
 */
function coolingWorker(copy: Graph, budgetMs: number) {
  const settings = layoutSettings(copy.order);
  const baseSlowDown = settings.slowDown ?? 1;
  let supervisor = new FA2LayoutSupervisor(copy, { settings });
  let step = 0;
  const coolFrom = budgetMs * (1 - COOL_DOWN_SHARE);
  return {
    start: () => supervisor.start(),
    kill: () => supervisor.kill(),
    /** Called with the elapsed time: moves to the next cooling step when its time has come. */
    cool(elapsed: number) {
      const due = Math.min(
        COOL_DOWN_STEPS,
        Math.ceil(((elapsed - coolFrom) / (budgetMs - coolFrom)) * COOL_DOWN_STEPS),
      );
      if (due <= step || elapsed > budgetMs) return;
      step = due;
      supervisor.kill();
      const slowDown = baseSlowDown * (1 + ((COOL_DOWN_FACTOR - 1) * step) / COOL_DOWN_STEPS);
      supervisor = new FA2LayoutSupervisor(copy, { settings: { ...settings, slowDown } });
      supervisor.start();
    },
  };
}

export function runForceLayout(graph: Graph, budgetMs = layoutBudgetMs(graph.order)): LayoutRun {
  const started = performance.now();
  if (graph.order < 2) return { done: Promise.resolve({ ms: 0 }), stop: () => undefined };
  const copy = layoutCopy(graph);
  const worker = coolingWorker(copy, budgetMs);
  const syncMs = syncEveryMs(graph.size);
  let finish: (value: { ms: number }) => void = () => undefined;
  const done = new Promise<{ ms: number }>((resolve) => (finish = resolve));
  let previous: Float64Array = new Float64Array(0);
  let lastSync = started;
  let stopped = false;
  const sync = () => {
    copyPositions(copy, graph);
    lastSync = performance.now();
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    window.clearInterval(timer);
    worker.kill();
    sync();
    // The run object outlives the layout (the controller keeps the last one): let the copy go.
    copy.clear();
    finish({ ms: Math.round(performance.now() - started) });
  };
  // Each iteration the worker sends back is one update of the copy: count them, so "settled"
  // means little movement per iteration (a big graph may finish no iteration within a sample).
  let iterations = 0;
  let sampledAt = 0;
  copy.on("eachNodeAttributesUpdated", () => (iterations += 1));
  worker.start();
  const timer = window.setInterval(() => {
    const elapsed = performance.now() - started;
    if (iterations === sampledAt && elapsed <= budgetMs) return;
    const { share, after } = movementShare(copy, previous);
    const perIteration = share / Math.max(1, iterations - sampledAt);
    previous = after;
    sampledAt = iterations;
    worker.cool(elapsed);
    const settled =
      elapsed > 600 && iterations >= MIN_ITERATIONS && share < SETTLED_SHARE && perIteration < SETTLED_ITERATION_SHARE;
    if (elapsed > budgetMs || settled) stop();
    else if (performance.now() - lastSync >= syncMs) sync();
  }, SAMPLE_MS);
  return { done, stop };
}
