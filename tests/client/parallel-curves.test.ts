// Parallel relations get distinct curves from @sigma/edge-curve's parallel-edge index: a relation
// alone stays straight, a bundle spreads symmetrically, opposite directions part, only visible
// relations count.

import { MultiGraph } from "graphology";
import type { ExplorerGraph } from "../../client/src/filters/visibility.js";

type Curves = typeof import("../../client/src/graph/parallel-curves.js");
let curves: Curves;

beforeAll(async () => {
  // The curve plugin and sigma's programs read WebGL constants when imported; node has no WebGL,
  // so any constant reads as 0 (the index helper under test draws nothing).
  const constants = new Proxy({}, { get: () => 0 });
  Object.assign(globalThis, { WebGLRenderingContext: constants, WebGL2RenderingContext: constants });
  curves = await import("../../client/src/graph/parallel-curves.js");
});

function graphOf(edges: [string, string, string][]): ExplorerGraph {
  const g = new MultiGraph();
  for (const [key, s, t] of edges) {
    g.mergeNode(s);
    g.mergeNode(t);
    g.addDirectedEdgeWithKey(key, s, t);
  }
  return g as unknown as ExplorerGraph;
}

test("a relation alone between its ends stays straight", () => {
  const g = graphOf([["e1", "a", "b"]]);
  expect(curves.curvaturesOf(g, new Set(["e1"])).get("e1")).toBe(0);
});

test("a bundle in one direction spreads symmetrically, each relation on its own curve", () => {
  const g = graphOf(Array.from({ length: 4 }, (_v, i): [string, string, string] => [`e${i}`, "a", "b"]));
  const c = curves.curvaturesOf(g, new Set(g.edges()));
  const values = g.edges().map((e) => c.get(e)!);
  expect(new Set(values).size).toBe(4);
  expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(0);
});

test("relations in opposite directions get curves, and hidden relations do not count", () => {
  const g = graphOf([
    ["x1", "a", "b"],
    ["x2", "b", "a"],
    ["x3", "a", "b"],
  ]);
  const both = curves.curvaturesOf(g, new Set(["x1", "x2"]));
  expect(both.get("x1")).toBeGreaterThan(0);
  expect(both.get("x2")).toBeGreaterThan(0);
  expect(both.has("x3")).toBe(false);
  expect(curves.curvaturesOf(g, new Set(["x1"])).get("x1")).toBe(0);
});

test("big bundles stay within a bounded bend", () => {
  expect(curves.bundleCurvature(12, 12)).toBeLessThan(1);
  expect(curves.bundleCurvature(-3, 6)).toBeCloseTo(-curves.bundleCurvature(3, 6));
});
