// Creates the sigma renderer: programs for straight and curved (parallel) relations, label
// density settings for a readable storyline, and the reducers that apply the scene.

import Sigma from "sigma";
import { EdgeArrowProgram, EdgeRectangleProgram } from "sigma/rendering";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type Graph from "graphology";
import { edgeReducer, nodeReducer } from "./reducers.js";
import type { Scene } from "./scene.js";

export const LABEL_FONT = "Inter, 'Segoe UI', system-ui, -apple-system, sans-serif";

export function createRenderer(graph: Graph, container: HTMLElement, scene: () => Scene): Sigma {
  return new Sigma(graph, container, {
    allowInvalidContainer: true,
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: "#1f2430" },
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    edgeLabelWeight: "500",
    edgeLabelColor: { color: "#4a5060" },
    labelDensity: 2,
    labelGridCellSize: 70,
    labelRenderedSizeThreshold: 4,
    stagePadding: 40,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    defaultEdgeType: "arrow",
    edgeProgramClasses: {
      arrow: EdgeArrowProgram,
      line: EdgeRectangleProgram,
      curvedArrow: EdgeCurvedArrowProgram,
      curved: EdgeCurveProgram,
    },
    nodeReducer: nodeReducer(scene),
    edgeReducer: edgeReducer(scene),
  });
}
