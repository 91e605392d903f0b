// The framing of the resting camera: the nodes' bounding box, widened on the right so that the
// labels drawn to the right of the nodes fit in the view too (sigma's padding only covers nodes).

import type Sigma from "sigma";
import { labelFont, labelWidth } from "./label-placement.js";

export interface BBox {
  x: [number, number];
  y: [number, number];
}

export interface LabelledPoint {
  x: number;
  y: number;
  /** Node radius in px at zoom 1. */
  size: number;
  /** Label width in px (0: no label). */
  label: number;
}

/** px per graph unit when sigma fits `bbox` into the viewport (mirrors its normalisation). */
export function fitScale(bbox: BBox, width: number, height: number, padding: number): number {
  const bw = bbox.x[1] - bbox.x[0] || 1;
  const bh = bbox.y[1] - bbox.y[0] || 1;
  const viewportRatio = height / width;
  const graphRatio = bh / bw;
  const crossed = (viewportRatio < 1 && graphRatio > 1) || (viewportRatio > 1 && graphRatio < 1);
  const correction = crossed
    ? 1
    : Math.min(Math.max(graphRatio, 1 / graphRatio), Math.max(1 / viewportRatio, viewportRatio));
  return ((Math.min(width, height) - 2 * padding) * correction) / Math.max(bw, bh);
}

/**
 * The bounding box to give sigma so every label ends `margin` px inside the right edge: the
 * box is widened to the right until the widest overflow is gone (a few fixed-point steps).
 */
export function labelAwareBBox(
  points: readonly LabelledPoint[],
  width: number,
  height: number,
  padding: number,
  margin = 8,
): BBox | null {
  if (points.length === 0 || width <= 2 * padding || height <= 2 * padding) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const base = Math.max(maxX - minX, maxY - minY, 1e-6);
  let extra = 0;
  for (let step = 0; step < 12; step++) {
    const bbox: BBox = { x: [minX, maxX + extra], y: [minY, maxY] };
    const scale = fitScale(bbox, width, height, padding);
    const centre = (minX + maxX + extra) / 2;
    let overflow = -Infinity;
    for (const p of points) {
      if (p.label <= 0) continue;
      overflow = Math.max(overflow, width / 2 + scale * (p.x - centre) + p.size + 3 + p.label - (width - margin));
    }
    if (overflow <= 0.5) break;
    extra = Math.min(extra + overflow / scale, 3 * base);
  }
  return { x: [minX, maxX + extra], y: [minY, maxY] };
}

/** Points of the drawn graph with their label widths, for the nodes that show a label. */
export function labelledPoints(renderer: Sigma, sizeOf: (id: string) => number, shows: (id: string) => boolean) {
  const settings = renderer.getSettings();
  const font = labelFont(settings);
  const points: LabelledPoint[] = [];
  renderer.getGraph().forEachNode((id, a) => {
    const size = sizeOf(id);
    const text = typeof a.label === "string" ? a.label : "";
    const label = shows(id) && text && size >= settings.labelRenderedSizeThreshold ? labelWidth(text, font) : 0;
    points.push({ x: a.x as number, y: a.y as number, size, label });
  });
  return points;
}
