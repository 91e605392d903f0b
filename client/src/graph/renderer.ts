// Creates the sigma renderer for a render tier: programs for straight and curved (parallel)
// relations, label settings, overlap-free halo labels, and the reducers that apply the scene.

import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type Graph from "graphology";
import { edgeReducer, nodeReducer } from "./reducers.js";
import type { Scene } from "./scene.js";
import { tierSettings, type RenderTier } from "./render-tier.js";
import { drawHaloLabel, installLabelPlacement } from "./label-placement.js";

export const LABEL_FONT = "Inter, 'Segoe UI', system-ui, -apple-system, sans-serif";
export const STAGE_PADDING = 40;

export function createRenderer(graph: Graph, container: HTMLElement, scene: () => Scene, tier: RenderTier): Sigma {
  const renderer = new Sigma(graph, container, {
    allowInvalidContainer: true,
    ...tierSettings(tier),
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: "#1f2430" },
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    edgeLabelWeight: "500",
    edgeLabelColor: { color: "#4a5060" },
    defaultDrawNodeLabel: drawHaloLabel,
    stagePadding: STAGE_PADDING,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    defaultEdgeType: tier === "fast" ? "line" : "arrow",
    edgeProgramClasses:
      tier === "fast"
        ? { line: EdgeLineProgram }
        : {
            arrow: EdgeArrowProgram,
            line: EdgeRectangleProgram,
            curvedArrow: EdgeCurvedArrowProgram,
            curved: EdgeCurveProgram,
          },
    nodeReducer: nodeReducer(scene),
    edgeReducer: edgeReducer(scene),
  });
  // One pass over the nodes per still frame (labels are hidden while big graphs move).
  installLabelPlacement(renderer);
  return renderer;
}
