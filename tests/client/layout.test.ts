// Layout helpers: starting positions without the spiral sequential ids used to give, communities
// starting as separate groups, the worker's simple weighted copy, and size-dependent FA2 settings.

import { MultiGraph } from "graphology";
import { communityPositions, initialPosition } from "../../client/src/layout/initial-positions.js";
import { layoutCopy, layoutSettings } from "../../client/src/layout/layout-plan.js";

describe("initialPosition", () => {
  it("spreads sequential ids evenly instead of along a spiral", () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `person-${i.toString(36)}`);
    const points = ids.map((id) => initialPosition(id, 100));
    const quadrants = [0, 0, 0, 0];
    for (const p of points) quadrants[(p.x >= 0 ? 0 : 1) + (p.y >= 0 ? 0 : 2)]! += 1;
    for (const q of quadrants) expect(q).toBeGreaterThan(400);
    // Neighbouring ids: the angle from one to the next is not (nearly) constant, as on a spiral.
    const steps = points.slice(1).map((p, i) => {
      const d = Math.atan2(p.y, p.x) - Math.atan2(points[i]!.y, points[i]!.x);
      return Math.round(((d + 4 * Math.PI) % (2 * Math.PI)) * 10);
    });
    expect(new Set(steps).size).toBeGreaterThan(40);
    for (const p of points) expect(Math.hypot(p.x, p.y)).toBeLessThanOrEqual(100);
  });
});

describe("communityPositions", () => {
  it("starts the members of a community closer to each other than to other communities", () => {
    const ids = Array.from({ length: 600 }, (_, i) => `n${i}`);
    const communityOf = new Map(ids.map((id, i) => [id, i % 3]));
    const at = communityPositions(ids, communityOf, 100);
    const centre = (c: number) => {
      const members = ids.filter((id) => communityOf.get(id) === c).map((id) => at.get(id)!);
      return {
        x: members.reduce((s, p) => s + p.x, 0) / members.length,
        y: members.reduce((s, p) => s + p.y, 0) / members.length,
      };
    };
    const centres = [0, 1, 2].map(centre);
    let inside = 0;
    for (const id of ids) {
      const p = at.get(id)!;
      const own = communityOf.get(id)!;
      const distances = centres.map((c) => Math.hypot(p.x - c.x, p.y - c.y));
      if (distances.indexOf(Math.min(...distances)) === own) inside++;
    }
    expect(inside / ids.length).toBeGreaterThan(0.9);
  });
});

describe("layoutCopy", () => {
  it("keeps one link per linked pair, whatever the direction or number of relations", () => {
    const g = new MultiGraph();
    g.addNode("a", { x: 1, y: 2 });
    g.addNode("b", { x: 3, y: 4 });
    g.addNode("c", { x: 5, y: 6 });
    g.addDirectedEdge("a", "b");
    g.addDirectedEdge("b", "a");
    g.addDirectedEdge("a", "b");
    g.addDirectedEdge("b", "c");
    g.addDirectedEdge("c", "c");
    const copy = layoutCopy(g);
    expect(copy.order).toBe(3);
    expect(copy.size).toBe(2);
    expect(copy.getNodeAttributes("b")).toEqual({ x: 3, y: 4 });
  });
});

describe("layoutSettings", () => {
  it("uses Barnes-Hut, LinLog and a gentler pull for big graphs than for storylines", () => {
    const big = layoutSettings(20000);
    const small = layoutSettings(29);
    expect(big.barnesHutOptimize).toBe(true);
    expect(big.linLogMode).toBe(true);
    expect(small.barnesHutOptimize).toBe(false);
    expect(big.gravity!).toBeLessThan(small.gravity!);
    expect(big.slowDown!).toBeGreaterThan(small.slowDown!);
  });
});
