// Creates the sigma renderer: programs for straight, thin and curved (parallel) relations, label
// settings, overlap-free halo labels, and the reducers that apply the scene. The render tier
// only changes settings, live, on the same renderer.

import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type Graph from "graphology";
import { edgeReducer, nodeReducer } from "./reducers.js";
import type { Scene } from "./scene.js";
import { tierSettings, type RenderTier } from "./render-tier.js";
import { installLabelPlacement, type DrawnLabel } from "./label-placement.js";

export const LABEL_FONT = "Inter, 'Segoe UI', system-ui, -apple-system, sans-serif";
export const STAGE_PADDING = 40;

export interface GraphRenderer {
  sigma: Sigma;
  /** The entity labels the last frame drew. */
  drawnLabels: () => DrawnLabel[];
}

export function createRenderer(
  graph: Graph,
  container: HTMLElement,
  scene: () => Scene,
  tier: RenderTier,
): GraphRenderer {
  const sigma = new Sigma(graph, container, {
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
    stagePadding: STAGE_PADDING,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    defaultEdgeType: "arrow",
    // Every program of both tiers stays registered, so a tier change is a settings change.
    edgeProgramClasses: {
      arrow: EdgeArrowProgram,
      line: EdgeRectangleProgram,
      thin: EdgeLineProgram,
      curvedArrow: EdgeCurvedArrowProgram,
      curved: EdgeCurveProgram,
    },
    nodeReducer: nodeReducer(scene),
    edgeReducer: edgeReducer(scene),
  });
  // One pass over the nodes per still frame (labels are hidden while big graphs move).
  return { sigma, drawnLabels: installLabelPlacement(sigma) };
}
