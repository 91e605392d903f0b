// Metrics of what is shown: the simple projection merges parallel relations, so betweenness on
// it ranks the broker between two groups first; communities are numbered by size.

import { MultiGraph } from "graphology";
import { betweenness } from "graphology-metrics/centrality/index.js";
import { rankBrokers, rankCommunities, simpleProjection } from "../../client/src/analysis/metrics.js";
import type { ExplorerGraph } from "../../client/src/filters/visibility.js";

function bridgeGraph(): MultiGraph {
  // Two triangles joined only through "broker", with a parallel relation that must count once.
  const g = new MultiGraph();
  for (const n of ["a1", "a2", "a3", "b1", "b2", "b3", "broker"]) g.addNode(n);
  const link = (s: string, t: string) => g.addEdge(s, t);
  link("a1", "a2");
  link("a2", "a3");
  link("a3", "a1");
  link("b1", "b2");
  link("b2", "b3");
  link("b3", "b1");
  link("a1", "broker");
  link("broker", "b1");
  link("broker", "b1");
  return g;
}

describe("analysis metrics", () => {
  it("ranks the entity between two groups as the top broker", () => {
    const g = bridgeGraph();
    const visible = { nodes: new Set(g.nodes()), edges: new Set(g.edges()) };
    const simple = simpleProjection(g as unknown as ExplorerGraph, visible);
    expect(simple.size).toBe(8);
    expect(simple.getEdgeAttribute("broker", "b1", "weight")).toBe(2);
    const scores = new Map(Object.entries(betweenness(simple, { normalized: true })));
    const ranked = rankBrokers(scores, 3);
    expect(ranked[0]!.id).toBe("broker");
  });

  it("leaves out hidden relations and entities", () => {
    const g = bridgeGraph();
    const visible = { nodes: new Set(g.nodes().filter((n) => n !== "broker")), edges: new Set(g.edges()) };
    const simple = simpleProjection(g as unknown as ExplorerGraph, visible);
    expect(simple.hasNode("broker")).toBe(false);
    expect(simple.size).toBe(6);
  });

  it("numbers communities by size, largest first", () => {
    const ranked = rankCommunities({ a: 7, b: 7, c: 7, d: 3, e: 3, f: 9 });
    expect([ranked.get("a"), ranked.get("d"), ranked.get("f")]).toEqual([0, 1, 2]);
  });
});
