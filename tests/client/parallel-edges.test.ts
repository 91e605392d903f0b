// Parallel relations between the same two entities get distinct curvatures, symmetric around
// the straight line, and an edge drawn the other way round lands on its own side.

import { bundleSizes, parallelEdgeCurvatures } from "../../client/src/graph/parallel-edges.js";

describe("parallelEdgeCurvatures", () => {
  it("leaves a single edge straight", () => {
    const c = parallelEdgeCurvatures([{ key: "e1", source: "a", target: "b" }]);
    expect(c.get("e1")).toBe(0);
  });

  it("gives every edge of a bundle its own curve, spread symmetrically", () => {
    const edges = Array.from({ length: 5 }, (_v, i) => ({ key: `e${i}`, source: "a", target: "b" }));
    const c = parallelEdgeCurvatures(edges);
    const values = edges.map((e) => c.get(e.key)!);
    expect(new Set(values).size).toBe(5);
    expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(0);
    expect(Math.max(...values)).toBeCloseTo(-Math.min(...values));
  });

  it("negates curvature for an edge running the other way, so the two do not overlap", () => {
    const c = parallelEdgeCurvatures([
      { key: "x1", source: "a", target: "b" },
      { key: "x2", source: "b", target: "a" },
    ]);
    // Same sign after orienting both a→b means the same side; they must be on opposite sides.
    const oriented = [c.get("x1")!, -c.get("x2")!];
    expect(oriented[0]).not.toBe(0);
    expect(Math.sign(oriented[0]!)).toBe(-Math.sign(oriented[1]!));
  });

  it("keeps big bundles within a bounded spread and ignores self-loops", () => {
    const edges = Array.from({ length: 12 }, (_v, i) => ({ key: `e${i}`, source: "us", target: "ru" }));
    const c = parallelEdgeCurvatures([...edges, { key: "loop", source: "us", target: "us" }]);
    const spread = Math.max(...edges.map((e) => Math.abs(c.get(e.key)!)));
    expect(spread).toBeLessThanOrEqual(0.6);
    expect(c.has("loop")).toBe(false);
  });

  it("counts bundle sizes per pair of ends", () => {
    const sizes = bundleSizes([
      { key: "a", source: "x", target: "y" },
      { key: "b", source: "y", target: "x" },
      { key: "c", source: "x", target: "z" },
    ]);
    expect([sizes.get("a"), sizes.get("b"), sizes.get("c")]).toEqual([2, 2, 1]);
  });
});
