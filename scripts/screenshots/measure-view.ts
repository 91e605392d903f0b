// What one screenshot shows, read in the page through the explorer's test hooks and sigma's public
// API: the graph container, where the drawn nodes lie, and how many node labels were drawn. Builds
// without the `drawnLabels()` hook get their labels counted by wrapping sigma's public
// `defaultDrawNodeLabel` setting for one frame; a build without a needed hook gets nulls and a note.

import type { Page } from "playwright-core";
import "../../tests/browser/support/hooks.js";

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ViewMeasures {
  container: { width: number; height: number };
  /** Nodes drawn (visible) and in the loaded graph. */
  nodes: { drawn: number; loaded: number } | null;
  /** Bounding box of the drawn nodes' centres in container px, and its share of the container. */
  nodeBox: (Box & { widthShare: number; heightShare: number; allInside: boolean }) | null;
  labels: {
    /** "hook": drawnLabels(); "wrapped drawer": text drawn by sigma's label drawer in one frame. */
    source: "hook" | "wrapped drawer";
    drawn: number;
    hidden: number;
    /** Drawn labels whose text lies wholly inside the container. */
    inside: number;
    /** Names the highlight drawer adds for selected or hovered nodes (on sigma's hover layer). */
    highlightLabels: number;
    /** Pairs of texts (labels and highlight labels) of different nodes whose boxes overlap. */
    overlapping: number;
    /** Nodes whose name is drawn twice, apart (a label and a highlight label in different places). */
    doubled: number;
  } | null;
  highlighted: { nodes: number; edges: number } | null;
  /** The view state's `sel` after loading. */
  sel: string | null;
  notes: string[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Pairs of texts of different nodes whose boxes overlap (a node's label under its own highlight is not one). */
export function overlappingPairs(boxes: readonly LabelBox[]): number {
  let pairs = 0;
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1))
      if (a.id !== b.id && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs += 1;
  });
  return pairs;
}

/** Nodes whose name is drawn twice at places that do not overlap (label and highlight apart). */
export function doubledNames(boxes: readonly LabelBox[]): number {
  const apart = new Set<string>();
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1))
      if (a.id === b.id && !(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)) apart.add(a.id);
  });
  return apart.size;
}

export interface LabelBox extends Box {
  id: string;
}

interface DrawnText {
  source: "hook" | "wrapped drawer";
  /** Entity labels of the frame (the placement's). */
  labels: LabelBox[];
  /** Labels sigma's highlight/hover drawer adds on its own layer (selected or hovered nodes). */
  highlights: LabelBox[];
}

/**
 * The label text of one fresh frame: the labels from the hook (or, without it, from wrapping
 * sigma's public `defaultDrawNodeLabel` setting), and the highlight labels from wrapping
 * `defaultDrawNodeHover`. A wrapper records the ink box of each text its drawer fills, then the
 * original settings are put back.
 */
async function drawnText(page: Page, useHook: boolean): Promise<DrawnText | null> {
  return page.evaluate(async (hookWanted) => {
    const hooks = window.__actorgraph;
    const renderer = hooks.renderer;
    const hook = hookWanted && typeof hooks.drawnLabels === "function";
    if (!renderer || typeof renderer.getSetting !== "function") return null;
    const seen = { labels: [] as LabelBox[], highlights: [] as LabelBox[] };
    const reset = () => {
      seen.labels = [];
      seen.highlights = [];
    };
    type Drawer = ReturnType<typeof renderer.getSetting<"defaultDrawNodeLabel">>;
    const recording =
      (original: Drawer, into: "labels" | "highlights"): Drawer =>
      (context, data, settings) => {
        const fill = context.fillText;
        context.fillText = (text: string, x: number, y: number, maxWidth?: number) => {
          const m = context.measureText(text);
          const [x1, y1] = [x - m.actualBoundingBoxLeft, y - m.actualBoundingBoxAscent];
          const [x2, y2] = [x + m.actualBoundingBoxRight, y + m.actualBoundingBoxDescent];
          seen[into].push({ id: String((data as { key?: unknown }).key), x1, y1, x2, y2 });
          fill.call(context, text, x, y, maxWidth);
        };
        try {
          original(context, data, settings);
        } finally {
          delete (context as Partial<CanvasRenderingContext2D>).fillText;
        }
      };
    const label = renderer.getSetting("defaultDrawNodeLabel");
    const hover = renderer.getSetting("defaultDrawNodeHover");
    renderer.on("beforeRender", reset);
    if (!hook) renderer.setSetting("defaultDrawNodeLabel", recording(label, "labels"));
    renderer.setSetting("defaultDrawNodeHover", recording(hover, "highlights"));
    renderer.refresh();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const { labels, highlights } = seen;
    renderer.off("beforeRender", reset);
    if (!hook) renderer.setSetting("defaultDrawNodeLabel", label);
    renderer.setSetting("defaultDrawNodeHover", hover);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return hook
      ? { source: "hook" as const, labels: hooks.drawnLabels(), highlights }
      : { source: "wrapped drawer" as const, labels, highlights };
  }, useHook);
}

interface Geometry {
  container: { width: number; height: number };
  nodes: { drawn: number; loaded: number } | null;
  centres: { x: number; y: number }[] | null;
  highlighted: { nodes: number; edges: number } | null;
  sel: string | null;
}

async function geometry(page: Page): Promise<Geometry> {
  return page.evaluate(() => {
    const element = document.querySelector<HTMLElement>("[data-testid=graph]");
    const container = { width: element?.clientWidth ?? 0, height: element?.clientHeight ?? 0 };
    const hooks = window.__actorgraph;
    const visible = typeof hooks.visibleNodes === "function" ? hooks.visibleNodes() : null;
    const loaded = hooks.graph && typeof hooks.graph.order === "number" ? hooks.graph.order : null;
    const centres =
      visible && typeof hooks.nodeViewportPosition === "function"
        ? visible.map((id) => hooks.nodeViewportPosition(id)).filter((p) => p !== null)
        : null;
    const highlighted =
      typeof hooks.highlightedNodes === "function" && typeof hooks.highlightedEdges === "function"
        ? { nodes: hooks.highlightedNodes().length, edges: hooks.highlightedEdges().length }
        : null;
    const sel = typeof hooks.state === "function" ? hooks.state().sel : null;
    return {
      container,
      nodes: visible && loaded !== null ? { drawn: visible.length, loaded } : null,
      centres,
      highlighted,
      sel: typeof sel === "string" ? sel : null,
    };
  });
}

function nodeBox(centres: { x: number; y: number }[], container: Geometry["container"]): ViewMeasures["nodeBox"] {
  if (centres.length === 0) return null;
  const xs = centres.map((p) => p.x);
  const ys = centres.map((p) => p.y);
  const box = { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
  return {
    x1: round(box.x1),
    y1: round(box.y1),
    x2: round(box.x2),
    y2: round(box.y2),
    widthShare: Math.round(((box.x2 - box.x1) / container.width) * 100) / 100,
    heightShare: Math.round(((box.y2 - box.y1) / container.height) * 100) / 100,
    allInside: box.x1 >= 0 && box.y1 >= 0 && box.x2 <= container.width && box.y2 <= container.height,
  };
}

/** `useLabelHook: false` counts labels by the wrapped drawer even where the hook exists (one method for every build). */
export async function measureView(page: Page, useLabelHook = true): Promise<ViewMeasures> {
  const notes: string[] = [];
  const g = await geometry(page);
  if (!g.nodes) notes.push("no visibleNodes()/graph hook: node count left out");
  if (!g.centres) notes.push("no nodeViewportPosition() hook: node box left out");
  const text = await drawnText(page, useLabelHook);
  if (!text) notes.push("no renderer hook: labels not counted");
  else if (text.source === "wrapped drawer")
    notes.push(
      `${useLabelHook ? "no drawnLabels() hook" : "--wrap-label-drawer"}: labels counted by wrapping sigma's ` +
        "defaultDrawNodeLabel for one frame (boxes: the text's ink)",
    );
  const { width, height } = g.container;
  const labels =
    text && g.nodes
      ? {
          source: text.source,
          drawn: text.labels.length,
          hidden: g.nodes.drawn - text.labels.length,
          inside: text.labels.filter((b) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= width && b.y2 <= height).length,
          highlightLabels: text.highlights.length,
          overlapping: overlappingPairs([...text.labels, ...text.highlights]),
          doubled: doubledNames([...text.labels, ...text.highlights]),
        }
      : null;
  return {
    container: g.container,
    nodes: g.nodes,
    nodeBox: g.centres ? nodeBox(g.centres, g.container) : null,
    labels,
    highlighted: g.highlighted,
    sel: g.sel,
    notes,
  };
}
