// Node labels that do not overlap: before each frame the labels sigma may draw are placed
// greedily (selected ones first, then by node size). A label goes right of its node, or left of
// it when it would cross the right edge or cover a label or a node already there; forced labels
// may also go above or below. A label with no free spot inside the view is left out, unless
// forced (then the least covered spot). Labels get a white halo so they stay readable over relations.

import type Sigma from "sigma";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { Settings } from "sigma/settings";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & { key?: string };

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a drawn label's text lies in the viewport (px). */
export interface DrawnLabel extends Box {
  id: string;
}

/** Room kept between a label and the viewport's right edge. */
const EDGE_MARGIN = 6;
const GAP = 3;

const widths = new Map<string, number>();
let measurer: CanvasRenderingContext2D | null = null;

/** Width in px of a label drawn with `font` (cached; labels repeat from frame to frame). */
export function labelWidth(text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  measurer ??= document.createElement("canvas").getContext("2d");
  if (!measurer) return text.length * 7;
  measurer.font = font;
  const width = measurer.measureText(text).width;
  widths.set(key, width);
  return width;
}

export function labelFont(settings: Pick<Settings, "labelWeight" | "labelSize" | "labelFont">): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

export interface LabelSpot {
  /** Node centre in the viewport and its radius (px). */
  x: number;
  y: number;
  size: number;
  /** Label text width and font size (px). */
  width: number;
  fontSize: number;
}

/** The text boxes a label may take, best first: right of the node, left of it, then above and below. */
export function labelSpots(spot: LabelSpot, viewportWidth: number, forced: boolean): Box[] {
  const { x, y, size, width, fontSize } = spot;
  const half = fontSize / 2 + 1;
  const right = { x1: x + size + GAP, y1: y - half, x2: x + size + GAP + width, y2: y + half };
  const left = { x1: x - size - GAP - width, y1: y - half, x2: x - size - GAP, y2: y + half };
  const fitsRight = right.x2 <= viewportWidth - EDGE_MARGIN || left.x1 < 0;
  const sides = fitsRight ? [right, left] : [left, right];
  if (!forced) return sides;
  const lift = size + half + 1;
  const above = { x1: x - width / 2, y1: y - lift - half, x2: x + width / 2, y2: y - lift + half };
  const below = { x1: x - width / 2, y1: y + lift - half, x2: x + width / 2, y2: y + lift + half };
  return [...sides, above, below];
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

export interface LabelCandidate {
  id: string;
  spot: LabelSpot;
  forced: boolean;
}

export interface Viewport {
  width: number;
  height: number;
}

const inside = (box: Box, view: Viewport) =>
  box.x1 >= 0 && box.y1 >= 0 && box.x2 <= view.width - EDGE_MARGIN && box.y2 <= view.height;

/**
 * Places labels greedily in the order given: each takes its first spot inside the viewport that
 * covers no placed label and no node disc; a forced label with no free spot takes its least
 * covered one (inside the viewport if it can).
 */
export function placeLabelBoxes(
  candidates: readonly LabelCandidate[],
  view: Viewport,
  discs: readonly Box[] = [],
): Map<string, Box> {
  const placed = new Map<string, Box>();
  const taken: Box[] = [];
  const cover = (box: Box) =>
    taken.reduce((sum, t) => sum + overlap(t, box), 0) +
    discs.reduce((sum, d) => sum + overlap(d, box), 0) +
    (inside(box, view) ? 0 : 1e6);
  for (const c of candidates) {
    const spots = labelSpots(c.spot, view.width, c.forced);
    const free = spots.find((box) => cover(box) === 0);
    const chosen = free ?? (c.forced ? spots.reduce((a, b) => (cover(b) < cover(a) ? b : a)) : undefined);
    if (!chosen) continue;
    taken.push(chosen);
    placed.set(c.id, chosen);
  }
  return placed;
}

/**
 * Chooses where to draw the labels of this frame: candidates are the visible, labelled nodes big
 * enough on screen (or forced); forced ones first, then bigger nodes first.
 */
export function placeLabels(renderer: Sigma): Map<string, Box> {
  const settings = renderer.getSettings();
  const font = labelFont(settings);
  const { width, height } = renderer.getDimensions();
  const candidates: (LabelCandidate & { size: number })[] = [];
  const discs: Box[] = [];
  renderer.getGraph().forEachNode((id) => {
    const data = renderer.getNodeDisplayData(id);
    if (!data || data.hidden) return;
    const size = renderer.scaleSize(data.size);
    const at = renderer.framedGraphToViewport(data);
    discs.push({ x1: at.x - size, y1: at.y - size, x2: at.x + size, y2: at.y + size });
    if (!data.label || (!data.forceLabel && size < settings.labelRenderedSizeThreshold)) return;
    if (at.x < -200 || at.x > width + 50 || at.y < -20 || at.y > height + 20) return;
    const spot = { x: at.x, y: at.y, size, width: labelWidth(data.label, font), fontSize: settings.labelSize };
    candidates.push({ id, spot, forced: data.forceLabel, size });
  });
  candidates.sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || (a.id < b.id ? -1 : 1));
  return placeLabelBoxes(candidates, { width, height }, discs);
}

/** A label with a white halo, its text in `box`. */
function drawHaloText(context: CanvasRenderingContext2D, text: string, box: Box, settings: Settings): void {
  context.font = labelFont(settings);
  const x = box.x1;
  const y = (box.y1 + box.y2) / 2 + settings.labelSize / 3;
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = "rgba(255, 255, 255, 0.85)";
  context.strokeText(text, x, y);
  context.fillStyle = settings.labelColor.color ?? "#000";
  context.fillText(text, x, y);
}

/**
 * A selected or hovered node's highlight: a white disc under the node and a white card under its
 * name where the placement put it. sigma's own hover drawer writes the name again right of the
 * node, so a name placed on the left was drawn twice.
 */
function drawHighlight(context: CanvasRenderingContext2D, data: LabelData, box: Box, settings: Settings): void {
  const padding = 2;
  context.fillStyle = "#FFF";
  context.shadowBlur = 8;
  context.shadowColor = "#000";
  context.beginPath();
  context.arc(data.x, data.y, data.size + padding, 0, Math.PI * 2);
  context.fill();
  context.fillRect(box.x1 - padding, box.y1 - padding, box.x2 - box.x1 + 2 * padding, box.y2 - box.y1 + 2 * padding);
  context.shadowBlur = 0;
  if (data.label) drawHaloText(context, data.label, box, settings);
}

/**
 * Installs the placement on a renderer: planned at the first label of every frame (after sigma
 * has processed the frame's display data), applied to each label sigma considers. Returns what
 * the last frame drew (the test hooks count and check the readable labels).
 */
export function installLabelPlacement(renderer: Sigma): () => DrawnLabel[] {
  let planned: Map<string, Box> | null = null;
  let drawn: DrawnLabel[] = [];
  renderer.on("beforeRender", () => {
    planned = null;
    drawn = [];
  });
  renderer.setSetting("defaultDrawNodeLabel", (context, data, settings) => {
    planned ??= placeLabels(renderer);
    const key = (data as LabelData).key;
    const box = key === undefined ? undefined : planned.get(key);
    if (!box || !data.label || key === undefined) return;
    drawHaloText(context, data.label, box, settings);
    drawn.push({ id: key, ...box });
  });
  const sigmaHighlight = renderer.getSetting("defaultDrawNodeHover");
  renderer.setSetting("defaultDrawNodeHover", (context, data, settings) => {
    planned ??= placeLabels(renderer);
    const key = (data as LabelData).key;
    const box = key === undefined ? undefined : planned.get(key);
    // A node whose name has no planned place (too small, hovered) gets sigma's own highlight.
    if (box) drawHighlight(context, data, box, settings);
    else sigmaHighlight(context, data, settings);
  });
  return () => drawn;
}
