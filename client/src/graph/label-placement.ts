// Node labels that do not overlap: before each frame the labels sigma may draw are placed
// greedily (selected ones first, then by node size), and a label that would cover one already
// placed is left out. Labels get a white halo so they stay readable over relations.

import type Sigma from "sigma";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { Settings } from "sigma/settings";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & { key?: string };

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

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

function labelBox(x: number, y: number, size: number, width: number, fontSize: number): Box {
  const x1 = x + size + 1;
  return { x1, y1: y - fontSize / 2 - 1, x2: x1 + width + 4, y2: y + fontSize / 2 + 1 };
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Chooses which labels to draw in this frame: candidates are the visible, labelled nodes big
 * enough on screen (or forced); forced ones first, then bigger nodes first.
 */
export function placeLabels(renderer: Sigma): Set<string> {
  const settings = renderer.getSettings();
  const font = labelFont(settings);
  const { width, height } = renderer.getDimensions();
  const candidates: { id: string; box: Box; forced: boolean; size: number }[] = [];
  renderer.getGraph().forEachNode((id) => {
    const data = renderer.getNodeDisplayData(id);
    if (!data || data.hidden || !data.label) return;
    const size = renderer.scaleSize(data.size);
    if (!data.forceLabel && size < settings.labelRenderedSizeThreshold) return;
    const at = renderer.framedGraphToViewport(data);
    if (at.x < -200 || at.x > width + 50 || at.y < -20 || at.y > height + 20) return;
    const box = labelBox(at.x, at.y, size, labelWidth(data.label, font), settings.labelSize);
    candidates.push({ id, box, forced: data.forceLabel, size });
  });
  candidates.sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || (a.id < b.id ? -1 : 1));
  const placed: Box[] = [];
  const chosen = new Set<string>();
  for (const c of candidates) {
    if (!c.forced && placed.some((p) => overlaps(p, c.box))) continue;
    placed.push(c.box);
    chosen.add(c.id);
  }
  return chosen;
}

/** A label with a white halo, drawn where sigma's disc label would be. */
export function drawHaloLabel(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  if (!data.label) return;
  context.font = labelFont(settings);
  const x = data.x + data.size + 3;
  const y = data.y + settings.labelSize / 3;
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = "rgba(255, 255, 255, 0.85)";
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? "#000";
  context.fillText(data.label, x, y);
}

/**
 * Installs the placement on a renderer: planned at the first label of every frame (after sigma
 * has processed the frame's display data), applied to each label sigma considers.
 */
export function installLabelPlacement(renderer: Sigma): void {
  let chosen: Set<string> | null = null;
  renderer.on("beforeRender", () => {
    chosen = null;
  });
  renderer.setSetting("defaultDrawNodeLabel", (context, data, settings) => {
    chosen ??= placeLabels(renderer);
    const key = (data as LabelData).key;
    if (key !== undefined && !chosen.has(key) && !data.forceLabel) return;
    drawHaloLabel(context, data, settings);
  });
}
