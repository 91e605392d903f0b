// The actors overview as the explorer reads it: which view a graph opens in, the view state's
// filters and limit as the server's parameters, the overview put into a graph as sent, pair-edge
// widths and the notice; and the pair selection in the view state.

import { MultiGraph } from "graphology";
import {
  FAMILY_COLOURS,
  OVERVIEW_DETAIL_LIMIT,
  OverviewResponse,
  pairBalance,
  pairKey,
} from "../../graph-schema/index.js";
import { edgeReducer } from "../../client/src/graph/reducers.js";
import type { Scene } from "../../client/src/graph/scene.js";
import {
  drawnViewFor,
  fillWithOverview,
  isPairEdge,
  overviewFilters,
  overviewLimit,
  overviewNotice,
  pairWidth,
} from "../../client/src/overview/actors-overview.js";
import { pageRangeText } from "../../client/src/overview/pager.js";
import { defaultViewState, pairSelection, parseSelection } from "../../client/src/state/view-state.js";

const actor = (key: string, relations: number, rank: number) => ({
  key,
  attributes: { label: key, entityType: "State", aliases: [], description: "", relations, events: relations * 2, rank },
});

function overview(): OverviewResponse {
  const byType = { MET: { relations: 2, events: 5 }, FOUGHT: { relations: 1, events: 1 } };
  return OverviewResponse.parse({
    options: { type: "undirected", multi: false, allowSelfLoops: true },
    attributes: { totalEntities: 10, totalRelations: 3, omittedEntities: 7, shownRelations: 3 },
    nodes: [actor("russia", 3, 1), actor("georgia", 3, 2), actor("armenia", 0, 3)],
    edges: [
      {
        key: pairKey("russia", "georgia"),
        source: "georgia",
        target: "russia",
        undirected: true,
        attributes: {
          label: "3 relations · 6 reports",
          relations: 3,
          events: 6,
          byType,
          ...pairBalance(byType),
          firstDate: "2011-06",
          lastDate: null,
        },
      },
    ],
  });
}

describe("which view a graph opens in", () => {
  it("draws every relation up to the limit, the overview past it, and what the user chose regardless", () => {
    expect(drawnViewFor("auto", OVERVIEW_DETAIL_LIMIT)).toBe("detail");
    expect(drawnViewFor("auto", OVERVIEW_DETAIL_LIMIT + 1)).toBe("overview");
    expect(drawnViewFor("overview", 1)).toBe("overview");
    expect(drawnViewFor("all", OVERVIEW_DETAIL_LIMIT * 10)).toBe("detail");
  });
});

describe("the overview request from the view state", () => {
  it("sends the filters under the server's names, and no confidence floor at 0", () => {
    const state = {
      ...defaultViewState(),
      relationTypes: ["MET" as const],
      entityTypes: ["State" as const],
      from: "2012",
      minConfidence: 0,
    };
    expect(overviewFilters(state)).toEqual({
      relationTypes: ["MET"],
      entityTypes: ["State"],
      sources: null,
      from: "2012",
      to: null,
      minConfidence: null,
    });
    expect(overviewFilters({ ...state, minConfidence: 0.5 }).minConfidence).toBe(0.5);
  });

  it("leaves the actor count to the server unless the view sets a limit, kept within the server's bound", () => {
    expect(overviewLimit(defaultViewState())).toBeUndefined();
    expect(overviewLimit({ ...defaultViewState(), limit: 25 })).toBe(25);
    expect(overviewLimit({ ...defaultViewState(), limit: 50_000 })).toBe(2_000);
  });
});

describe("the overview in the graph", () => {
  it("holds the actors and pair edges exactly as sent, marked as pair edges, replacing what was there", () => {
    const graph = new MultiGraph({ type: "mixed" });
    graph.addNode("stale");
    const o = overview();
    fillWithOverview(graph, o, () => ({ x: 1, y: 2 }));
    expect(graph.nodes().sort()).toEqual(["armenia", "georgia", "russia"]);
    expect(graph.edges()).toEqual(["georgia~russia"]);
    const edge = graph.getEdgeAttributes("georgia~russia");
    expect(isPairEdge(edge)).toBe(true);
    expect(edge).toMatchObject({ relations: 3, events: 6, byType: o.edges[0]!.attributes.byType });
    expect(graph.isUndirected("georgia~russia")).toBe(true);
    expect(graph.getNodeAttributes("russia")).toMatchObject({ relations: 3, rank: 1, x: 1, y: 2 });
    expect(isPairEdge({ relationType: "MET" })).toBe(false);
  });

  it("widens pair edges with their reports, logarithmically, up to the heaviest", () => {
    expect(pairWidth(0, 100)).toBe(1);
    expect(pairWidth(100, 100)).toBe(8);
    const mid = pairWidth(10, 100);
    expect(mid).toBeGreaterThan(pairWidth(1, 100));
    expect(mid).toBeLessThan(pairWidth(50, 100));
    expect(pairWidth(5, 0)).toBe(1);
  });

  it("says how many of the actors are shown, and nothing when none is left out", () => {
    expect(overviewNotice(overview().attributes)).toMatch(/^Showing the 3 most connected of 10 actors\./);
    expect(overviewNotice({ ...overview().attributes, omittedEntities: 0 })).toBeNull();
  });
});

test("a pair edge's selection round-trips through the view state's selection", () => {
  const key = pairKey("russia", "georgia");
  expect(parseSelection(pairSelection(key))).toEqual({ kind: "pair", id: key });
  expect(parseSelection("e:r-1")).toEqual({ kind: "relation", id: "r-1" });
});

test("a page says which items it shows of how many", () => {
  expect(pageRangeText(0, 20, 57, "relations")).toBe("1–20 of 57 relations");
  expect(pageRangeText(40, 17, 57, "relations")).toBe("41–57 of 57 relations");
  expect(pageRangeText(0, 0, 0, "relations")).toBe("No relations");
});

test("a pair edge is drawn as wide as the scene says for its reports, in its family's colour", () => {
  const scene: Scene = {
    visibility: { nodes: new Set(["a", "b"]), edges: new Set(["a~b"]) },
    curvature: new Map(),
    zoomedIn: false,
    colourOf: () => "#000000",
    sizeOf: () => 5,
    focus: null,
    tier: "detailed",
    hoveredEdges: new Set(),
    pairWidth: (events) => events / 10,
  };
  const drawn = edgeReducer(() => scene)("a~b", { pair: true, events: 40, family: "material-conflict", label: "x" });
  expect(drawn).toMatchObject({ size: 4, type: "line", color: `${FAMILY_COLOURS["material-conflict"]}99` });
});
