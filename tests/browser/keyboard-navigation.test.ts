// Issue #13, item 7: the explorer from the keyboard alone. Skip links lead to search, the graph
// and the details (a selected entity's relations a few Tabs away); "?" opens the help; with the
// graph focused, Enter selects an entity and the arrow keys walk to its neighbours.

import type { Page } from "playwright-core";
import { neighbours } from "./support/corpus.js";
import { eventually, viewState } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

const focusedInside = (page: Page, selector: string) =>
  page.evaluate((s) => !!document.activeElement?.closest(s), selector);

test("the first Tab stops are skip links; the details one reaches a relation in a few Tabs", async () => {
  const page = await suite.open("/?sel=russia");
  await page.getByTestId("entity-relations").waitFor({ state: "visible" });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const links: string[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Tab");
    links.push(await page.evaluate(() => document.activeElement?.textContent ?? ""));
  }
  expect(links).toEqual(["Skip to search", "Skip to the graph", "Skip to the details"]);
  await page.keyboard.press("Enter");
  let presses = 0;
  while (!(await focusedInside(page, "[data-testid=entity-relations]")) && presses < 20) {
    await page.keyboard.press("Tab");
    presses += 1;
  }
  expect(await focusedInside(page, "[data-testid=entity-relations]")).toBe(true);
  expect(presses).toBeLessThanOrEqual(8);
});

test("? opens the keyboard help, Escape closes it", async () => {
  const page = await suite.open("/");
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("?");
  const dialog = page.locator("dialog.help-dialog");
  await dialog.waitFor({ state: "visible" });
  expect(await dialog.textContent()).toContain("Keyboard shortcuts");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
});

test("with the graph focused, Enter selects an entity and arrows walk from neighbour to neighbour", async () => {
  const { dataset } = suite.server;
  const page = await suite.open("/");
  await page.evaluate(() => window.__actorgraph.layoutDone());
  await page.locator("#graph-region").focus();
  await page.keyboard.press("Enter");
  const first = (
    await eventually(
      () => viewState(page),
      (s) => typeof s.sel === "string",
    )
  ).sel as string;
  expect(dataset.entities.map((e) => e.id)).toContain(first);

  // Each arrow that moves goes to a neighbour of the entity it left; at least one direction moves.
  let current = first;
  let moves = 0;
  for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "ArrowRight", "ArrowDown"]) {
    await page.keyboard.press(key);
    await new Promise((r) => setTimeout(r, 150));
    const sel = (await viewState(page)).sel as string;
    if (sel !== current) {
      expect(neighbours(dataset, current)).toContain(sel);
      current = sel;
      moves += 1;
    }
  }
  expect(moves).toBeGreaterThan(0);
  expect(await page.locator("#graph-announcer").textContent()).toMatch(/neighbour/);
});
