// Issue #13, item 5: a selection gives a clear view. Around a hub every entity label drawn is
// clear of the others, each neighbour that is in view keeps its label, and a relation selected
// while the camera looks elsewhere brings both its ends into view.

import type { Page } from "playwright-core";
import { saveScreenshot } from "./support/artifacts.js";
import { eventually, highlightedNodes, labelCollisions, layoutSettled, viewState } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

async function settledFrame(page: Page): Promise<void> {
  await layoutSettled(page);
  await new Promise((resolve) => setTimeout(resolve, 700));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

test("around a hub, the labels drawn do not collide and its neighbours keep theirs", async () => {
  const page = await suite.open("/?sel=russia");
  await settledFrame(page);
  await saveScreenshot(page, "selection-hub");
  const labels = await page.evaluate(() => window.__actorgraph.drawnLabels());
  expect(labelCollisions(labels)).toEqual([]);
  const focus = await highlightedNodes(page);
  const labelled = new Set(labels.map((l) => l.id));
  expect(focus.filter((id) => !labelled.has(id))).toEqual([]);
});

test("a relation selected while the camera looks elsewhere brings both its ends into view", async () => {
  const page = await suite.open("/");
  await page.evaluate(() => window.__actorgraph.layoutDone());
  // Zoomed far into one corner: the relation's ends are off-screen.
  await page.evaluate(() => window.__actorgraph.renderer.getCamera().setState({ x: 0.05, y: 0.05, ratio: 0.1 }));
  await page.getByTestId("dispute-question").first().click();
  const chip = page.getByTestId("dispute-view").locator(".relation-links button").first();
  await chip.click();
  const sel = (
    await eventually(
      () => viewState(page),
      (s) => String(s.sel).startsWith("e:"),
    )
  ).sel as string;
  const [source, target] = await page.evaluate((id) => window.__actorgraph.graph.extremities(id), sel.slice(2));
  const inView = () =>
    page.evaluate(
      ([a, b]) => {
        const { width, height } = window.__actorgraph.renderer.getDimensions();
        return [a!, b!].every((id) => {
          const at = window.__actorgraph.nodeViewportPosition(id)!;
          return at.x >= 0 && at.y >= 0 && at.x <= width && at.y <= height;
        });
      },
      [source, target],
    );
  expect(await eventually(inView, (ok) => ok)).toBe(true);
});

/** Every name the next frame writes on the canvas (labels and highlights), with where it starts. */
async function namesWritten(page: Page): Promise<{ text: string; x: number; y: number }[]> {
  return page.evaluate(async () => {
    const renderer = window.__actorgraph.renderer;
    const written: { text: string; x: number; y: number }[] = [];
    type Drawer = (context: CanvasRenderingContext2D, data: never, settings: never) => void;
    // Records what a drawer writes, through sigma's public drawer settings.
    const recording =
      (draw: Drawer): Drawer =>
      (context, data, settings) => {
        const fillText = context.fillText;
        context.fillText = (text: string, x: number, y: number) => {
          written.push({ text, x, y });
          fillText.call(context, text, x, y);
        };
        try {
          draw(context, data, settings);
        } finally {
          delete (context as Partial<CanvasRenderingContext2D>).fillText;
        }
      };
    const label = renderer.getSetting("defaultDrawNodeLabel") as unknown as Drawer;
    const hover = renderer.getSetting("defaultDrawNodeHover") as unknown as Drawer;
    renderer.setSetting("defaultDrawNodeLabel", recording(label) as never);
    renderer.setSetting("defaultDrawNodeHover", recording(hover) as never);
    renderer.refresh();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    renderer.setSetting("defaultDrawNodeLabel", label as never);
    renderer.setSetting("defaultDrawNodeHover", hover as never);
    return written;
  });
}

test("on a small screen a selected relation's end names are each written in one place", async () => {
  await suite.session.page.setViewportSize({ width: 1024, height: 700 });
  const page = await suite.open("/");
  await layoutSettled(page);
  const call = await page.evaluate(() => {
    const graph = window.__actorgraph.graph;
    return graph.findEdge(
      (_, a, source, target) =>
        a.relationType === "CALLED" && [source, target].sort().join() === ["donald-trump", "vladimir-putin"].join(),
    );
  });
  expect(call).toBeDefined();
  const selected = await suite.open(`/?sel=e:${call}`);
  await settledFrame(selected);
  const written = await namesWritten(selected);
  const places = new Map<string, Set<string>>();
  for (const w of written) {
    const at = places.get(w.text) ?? new Set<string>();
    at.add(`${Math.round(w.x)},${Math.round(w.y)}`);
    places.set(w.text, at);
  }
  expect(places.get("Vladimir Putin")?.size).toBe(1);
  expect(places.get("Donald Trump")?.size).toBe(1);
  expect([...places].filter(([, at]) => at.size > 1).map(([text]) => text)).toEqual([]);
});
