// The resting camera's frame for the scene: the label-aware bounding box of the drawn nodes,
// using the sizes and visibility the reducers give them.

import type Sigma from "sigma";
import { labelAwareBBox, labelledPoints, type BBox } from "./camera-fit.js";
import type { Scene } from "./scene.js";

/** Above this many nodes the frame is sigma's own (measuring every label is not worth it). */
const MAX_MEASURED_NODES = 3000;

export function frameWithLabels(renderer: Sigma, scene: Scene, order: number): BBox | null {
  if (order === 0 || order > MAX_MEASURED_NODES) return null;
  const { width, height } = renderer.getDimensions();
  const padding = renderer.getSetting("stagePadding") ?? 0;
  const points = labelledPoints(renderer, scene.sizeOf, (id) => scene.visibility.nodes.has(id));
  return labelAwareBBox(points, width, height, padding);
}
