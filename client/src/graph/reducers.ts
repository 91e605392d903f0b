// sigma node and edge reducers: they turn the scene (filters, focus, colours, sizes, curves)
// into display data for each item, leaving the data graph untouched.

import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Attributes } from "graphology-types";
import { DIMMED, edgeColour, type Scene } from "./scene.js";

export function nodeReducer(scene: () => Scene) {
  return (id: string, data: Attributes): Partial<NodeDisplayData> => {
    const s = scene();
    if (!s.visibility.nodes.has(id)) return { ...data, hidden: true };
    const out: Partial<NodeDisplayData> & Attributes = { ...data, color: s.colourOf(id), size: s.sizeOf(id) };
    if (!s.focus) return out;
    if (s.focus.nodes.has(id)) {
      out.forceLabel = true;
      out.zIndex = 2;
      if (s.focus.primary.has(id)) out.highlighted = true;
    } else {
      out.color = DIMMED.node;
      out.label = "";
      out.zIndex = 0;
    }
    return out;
  };
}

export function edgeReducer(scene: () => Scene) {
  return (id: string, data: Attributes): Partial<EdgeDisplayData> => {
    const s = scene();
    if (!s.visibility.edges.has(id)) return { ...data, hidden: true };
    const curvature = s.curvature.get(id) ?? 0;
    const directed = data.directed !== false;
    const confidence = typeof data.confidence === "number" ? data.confidence : 1;
    const out: Partial<EdgeDisplayData> & Attributes = {
      ...data,
      color: edgeColour(data.family, data.relationType),
      size: 0.8 + confidence * 1.6,
      curvature,
      type: curvature !== 0 ? (directed ? "curvedArrow" : "curved") : directed ? "arrow" : "line",
    };
    if (!s.focus) {
      if (!s.zoomedIn && (s.bundle.get(id) ?? 1) > 1) out.label = "";
      return out;
    }
    if (s.focus.edges.has(id)) {
      out.forceLabel = true;
      out.zIndex = 2;
      out.size = (out.size ?? 1) + 1;
    } else {
      out.color = DIMMED.edge;
      out.label = "";
      out.zIndex = 0;
    }
    return out;
  };
}
