// Issue #13, item 8: Back and Forward walk the trail of the exploration (selections, paths)
// inside the explorer instead of leaving it; camera moves and filter tweaks add no entries.

import type { Page } from "playwright-core";
import { entityName } from "./support/corpus.js";
import { chooseFromAutocomplete, eventually, highlightedNodes, viewState } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

async function selectionAfter(page: Page, move: () => Promise<unknown>, expected: string | null) {
  await move();
  return eventually(
    async () => ({ sel: (await viewState(page)).sel ?? null, url: new URL(page.url()).searchParams.get("sel") }),
    (s) => s.sel === expected && s.url === expected,
  );
}

test("Back and Forward go through the selections made, within the explorer", async () => {
  const { dataset } = suite.server;
  const page = await suite.open("/");
  const start = page.url();
  const first = "dmitry-peskov";
  const second = "sergei-lavrov";
  await selectionAfter(
    page,
    () => chooseFromAutocomplete(page, "search-input", "Peskow", entityName(dataset, first)),
    first,
  );
  await selectionAfter(
    page,
    () => chooseFromAutocomplete(page, "search-input", "Lavrov", entityName(dataset, second)),
    second,
  );
  // A camera move is no step of the trail.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("+");
  await new Promise((r) => setTimeout(r, 700));

  expect(await selectionAfter(page, () => page.goBack(), first)).toEqual({ sel: first, url: first });
  expect(await highlightedNodes(page)).toContain(first);
  expect(await page.getByTestId("details").textContent()).toContain(entityName(dataset, first));
  expect(await selectionAfter(page, () => page.goBack(), null)).toEqual({ sel: null, url: null });
  expect(new URL(page.url()).origin).toBe(new URL(start).origin);
  expect(await highlightedNodes(page)).toEqual([]);
  expect(await selectionAfter(page, () => page.goForward(), first)).toEqual({ sel: first, url: first });
  expect(await selectionAfter(page, () => page.goForward(), second)).toEqual({ sel: second, url: second });
});

test("a path is a step too: Back returns to the view before it", async () => {
  const { dataset } = suite.server;
  const page = await suite.open("/?sel=iran");
  await chooseFromAutocomplete(page, "path-from", "Trump", entityName(dataset, "donald-trump"));
  await chooseFromAutocomplete(page, "path-to", "Araghchi", entityName(dataset, "abbas-araghchi"));
  await page.getByTestId("path-find").click();
  await page.getByTestId("path-result").waitFor({ state: "visible" });
  await eventually(
    () => Promise.resolve(new URL(page.url()).searchParams.get("path")),
    (p) => p === "donald-trump,abbas-araghchi",
  );
  await page.goBack();
  const back = await eventually(
    () => viewState(page),
    (s) => s.path === null && s.sel === "iran",
  );
  expect({ path: back.path, sel: back.sel }).toEqual({ path: null, sel: "iran" });
  expect(await page.getByTestId("path-result").count()).toBe(0);
});
