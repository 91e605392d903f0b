// Camera moves of the graph view (fly to an entity, zoom, reset) and conversions of entities
// and relations to viewport points, used by the keyboard, search and the test hooks.

import type Sigma from "sigma";
import type { CameraView } from "../state/view-state.js";

const FLY_MS = 500;

export function flyToNode(renderer: Sigma, id: string): void {
  const data = renderer.getNodeDisplayData(id);
  if (!data) return;
  const camera = renderer.getCamera();
  camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.7) }, { duration: FLY_MS });
}

/** Room kept around fitted nodes, as a share of the view. */
const FIT_MARGIN = 1.3;

/** Moves the camera so all the given entities are in view, with a margin (a relation's two ends, a focus). */
export function fitNodes(renderer: Sigma, ids: Iterable<string>): void {
  const points = [...ids].flatMap((id) => {
    const data = renderer.getNodeDisplayData(id);
    return data ? [data] : [];
  });
  if (points.length === 0) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const camera = renderer.getCamera();
  const ratio = Math.min(1, Math.max(0.15, Math.max(maxX - minX, maxY - minY) * FIT_MARGIN + 0.05));
  camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: FLY_MS });
}

/** True when every given entity is drawn inside the viewport (at least `margin` px from its edges). */
export function allInView(renderer: Sigma, ids: Iterable<string>, margin = 20): boolean {
  const { width, height } = renderer.getDimensions();
  return [...ids].every((id) => {
    const at = nodeViewportPosition(renderer, id);
    return !!at && at.x >= margin && at.y >= margin && at.x <= width - margin && at.y <= height - margin;
  });
}

export function zoom(renderer: Sigma, direction: "in" | "out"): void {
  const camera = renderer.getCamera();
  if (direction === "in") void camera.animatedZoom({ duration: 250 });
  else void camera.animatedUnzoom({ duration: 250 });
}

export function resetCamera(renderer: Sigma): void {
  void renderer.getCamera().animatedReset({ duration: 300 });
}

export function cameraView(renderer: Sigma): CameraView {
  const { x, y, ratio } = renderer.getCamera().getState();
  return { x, y, ratio };
}

export function nodeViewportPosition(renderer: Sigma, id: string): { x: number; y: number } | null {
  const data = renderer.getNodeDisplayData(id);
  return data ? renderer.framedGraphToViewport(data) : null;
}

/** The middle of the drawn edge (curved edges: the bezier's midpoint, as edge-curve draws it). */
export function edgeViewportPosition(renderer: Sigma, id: string): { x: number; y: number } | null {
  const graph = renderer.getGraph();
  if (!graph.hasEdge(id)) return null;
  const [source, target] = graph.extremities(id);
  const s = nodeViewportPosition(renderer, source);
  const t = nodeViewportPosition(renderer, target);
  const edge = renderer.getEdgeDisplayData(id) as { curvature?: number } | undefined;
  if (!s || !t) return null;
  const curvature = edge?.curvature ?? 0;
  const cx = (s.x + t.x) / 2;
  const cy = (s.y + t.y) / 2;
  return { x: cx + ((t.y - s.y) * curvature) / 2, y: cy - ((t.x - s.x) * curvature) / 2 };
}
