// Issue #13, item 1: the explorer works from 1024×700 to 1920×1080. The graph keeps a usable
// share of the window, the overview fills it, most entities keep a readable label inside it, and
// the drawing follows its container when the window or the panels around it change.

import type { Page } from "playwright-core";
import { saveScreenshot } from "./support/artifacts.js";
import { eventually, labelCollisions, layoutSettled } from "./support/explorer.js";
import type { DrawnLabel } from "./support/hooks.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

interface Drawing {
  container: { width: number; height: number };
  canvas: { width: number; height: number };
  /** Bounding box of the node centres in the container (px). */
  spread: { width: number; height: number; inside: boolean };
  labels: DrawnLabel[];
}

async function drawing(page: Page): Promise<Drawing> {
  return page.evaluate(() => {
    const hooks = window.__actorgraph;
    const element = document.querySelector<HTMLElement>("[data-testid=graph]")!;
    const container = { width: element.clientWidth, height: element.clientHeight };
    const points = hooks.graph.nodes().map((id) => hooks.nodeViewportPosition(id)!);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const inside = points.every((p) => p.x >= 0 && p.y >= 0 && p.x <= container.width && p.y <= container.height);
    return {
      container,
      canvas: hooks.renderer.getDimensions(),
      spread: { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys), inside },
      labels: hooks.drawnLabels(),
    };
  });
}

/** Labels whose whole text lies inside the container. */
function readable(d: Drawing): DrawnLabel[] {
  return d.labels.filter((l) => l.x1 >= 0 && l.y1 >= 0 && l.x2 <= d.container.width && l.y2 <= d.container.height);
}

test.each(SIZES)("at $width×$height the overview fills the graph area with readable labels", async (size) => {
  await suite.session.page.setViewportSize(size);
  const page = await suite.open("/");
  await layoutSettled(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await saveScreenshot(page, `responsive-${size.width}x${size.height}`);
  const d = await drawing(page);
  const entities = suite.server.dataset.entities.length;

  // The graph keeps at least half the window's width and half its height.
  expect(d.container.width).toBeGreaterThanOrEqual(size.width / 2);
  expect(d.container.height).toBeGreaterThanOrEqual(size.height / 2);
  expect(d.canvas).toEqual(d.container);
  // The overview is spread over the area (not a clump), every entity inside it.
  expect(d.spread.inside).toBe(true);
  expect(Math.max(d.spread.width / d.container.width, d.spread.height / d.container.height)).toBeGreaterThan(0.6);
  // Most entities keep a label, wholly inside the area, and no two labels overlap.
  const labels = readable(d);
  expect(labels.length).toBeGreaterThanOrEqual(Math.ceil(entities * 0.6));
  expect(labels.length).toBe(d.labels.length);
  expect(labelCollisions(labels)).toEqual([]);
});

test("the drawing follows its container: hiding the Cypher dock and shrinking the window", async () => {
  const page = await suite.open("/");
  await layoutSettled(page);
  const before = await drawing(page);
  await page.getByTestId("cypher-toggle").click();
  const taller = await eventually(
    () => drawing(page),
    (d) => d.canvas.height === d.container.height && d.container.height > before.container.height,
  );
  expect(taller.canvas).toEqual(taller.container);
  expect(taller.container.height).toBeGreaterThan(before.container.height);

  await page.setViewportSize({ width: 1024, height: 700 });
  const narrow = await eventually(
    () => drawing(page),
    (d) => d.canvas.width === d.container.width && d.container.width < taller.container.width && d.spread.inside,
  );
  expect(narrow.canvas).toEqual(narrow.container);
  expect(narrow.spread.inside).toBe(true);
  expect(readable(narrow).length).toBe(narrow.labels.length);
});
