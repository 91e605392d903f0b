// sigma node and edge reducers: they turn the scene (filters, focus, colours, sizes, curves)
// into display data for each item, leaving the data graph untouched. sigma hands them a copy of
// the attributes, so they write into it; every lookup is O(1) (sets and maps built with the scene).

import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Attributes } from "graphology-types";
import { DIMMED, edgeColour, type Scene } from "./scene.js";

/** Relations in big graphs: faint, so the structure shows through the many crossings. */
const FAST_EDGE_ALPHA = "99";

export function nodeReducer(scene: () => Scene) {
  return (id: string, data: Attributes): Partial<NodeDisplayData> => {
    const s = scene();
    if (!s.visibility.nodes.has(id)) {
      data.hidden = true;
      return data;
    }
    data.color = s.colourOf(id);
    data.size = s.sizeOf(id);
    if (!s.focus) return data;
    if (s.focus.nodes.has(id)) {
      data.forceLabel = true;
      data.zIndex = 2;
      if (s.focus.primary.has(id)) data.highlighted = true;
    } else {
      data.color = DIMMED.node;
      data.label = "";
      data.zIndex = 0;
    }
    return data;
  };
}

/**
 * A focus with more relations than this labels them only once zoomed in (or hovered): a hub's
 * dozen labels would pile on each other around it; the details panel lists them meanwhile.
 */
export const MAX_LABELLED_FOCUS_EDGES = 6;

function labelsFocusEdges(s: Scene): boolean {
  return !!s.focus && (s.focus.edges.size <= MAX_LABELLED_FOCUS_EDGES || s.zoomedIn);
}

/** Relation labels: the selection's, the hovered entity's, and all of them once zoomed in (small graphs). */
function showsLabel(s: Scene, id: string): boolean {
  if (s.hoveredEdges.has(id)) return true;
  if (s.focus) return s.focus.edges.has(id) && labelsFocusEdges(s);
  return s.tier === "detailed" && s.zoomedIn;
}

export function edgeReducer(scene: () => Scene) {
  return (id: string, data: Attributes): Partial<EdgeDisplayData> => {
    const s = scene();
    if (!s.visibility.edges.has(id)) {
      data.hidden = true;
      return data;
    }
    const colour = edgeColour(data.family, data.relationType);
    if (data.pair === true) {
      // An overview pair edge: thickness says how many reports, colour the dominant family;
      // translucent, so the hundreds of crossing pairs of a big overview do not fill the picture.
      const curvature = s.curvature.get(id) ?? 0;
      data.color = colour + FAST_EDGE_ALPHA;
      data.size = s.pairWidth(typeof data.events === "number" ? data.events : 0);
      data.curvature = curvature;
      data.type = curvature !== 0 ? "curved" : "line";
    } else if (s.tier === "fast") {
      data.type = "thin";
      data.color = colour + FAST_EDGE_ALPHA;
      data.size = 1;
    } else {
      const curvature = s.curvature.get(id) ?? 0;
      const directed = data.directed !== false;
      const confidence = typeof data.confidence === "number" ? data.confidence : 1;
      data.color = colour;
      data.size = 0.8 + confidence * 1.6;
      data.curvature = curvature;
      data.type = curvature !== 0 ? (directed ? "curvedArrow" : "curved") : directed ? "arrow" : "line";
    }
    if (!showsLabel(s, id)) data.label = "";
    if (!s.focus) return data;
    if (s.focus.edges.has(id)) {
      data.forceLabel = showsLabel(s, id);
      data.zIndex = 2;
      data.color = colour;
      data.size = (data.size as number) + 1;
    } else {
      data.color = DIMMED.edge;
      data.zIndex = 0;
    }
    return data;
  };
}
