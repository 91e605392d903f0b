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
