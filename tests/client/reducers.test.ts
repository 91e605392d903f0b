// What the reducers draw for a selection: a hub's many relations are not all labelled at rest
// (their labels would pile up), a small focus is, and zooming in or hovering labels them.

import { edgeReducer, MAX_LABELLED_FOCUS_EDGES } from "../../client/src/graph/reducers.js";
import type { Scene } from "../../client/src/graph/scene.js";

function scene(focusEdges: number, patch: Partial<Scene> = {}): Scene {
  const edges = Array.from({ length: focusEdges }, (_v, i) => `e${i}`);
  return {
    visibility: { nodes: new Set(["hub"]), edges: new Set(edges) },
    curvature: new Map(),
    zoomedIn: false,
    colourOf: () => "#000000",
    sizeOf: () => 5,
    focus: { nodes: new Set(["hub"]), edges: new Set(edges), primary: new Set(["hub"]) },
    tier: "detailed",
    hoveredEdges: new Set(),
    pairWidth: () => 1,
    ...patch,
  };
}

const reduce = (s: Scene) =>
  edgeReducer(() => s)("e0", { label: "met", relationType: "MET", family: "verbal-cooperation", confidence: 1 });

test("a small focus keeps its relation labels, forced", () => {
  const data = reduce(scene(MAX_LABELLED_FOCUS_EDGES));
  expect(data).toMatchObject({ label: "met", forceLabel: true });
});

test("a hub's focus blanks relation labels at rest, and shows them zoomed in or hovered", () => {
  const many = MAX_LABELLED_FOCUS_EDGES + 6;
  expect(reduce(scene(many))).toMatchObject({ label: "", forceLabel: false });
  expect(reduce(scene(many, { zoomedIn: true }))).toMatchObject({ label: "met", forceLabel: true });
  expect(reduce(scene(many, { hoveredEdges: new Set(["e0"]) }))).toMatchObject({ label: "met", forceLabel: true });
});
