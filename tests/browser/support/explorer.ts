// What a test does to the explorer, through the contract's test ids and `window.__actorgraph`
// hooks: read what is shown, choose from autocomplete, click on the canvas, type Cypher.

import type { Page } from "playwright-core";
import type { DrawnLabel, ViewState, ViewportPoint } from "./hooks.js";
import "./hooks.js";

export const visibleNodes = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__actorgraph.visibleNodes().sort());
export const visibleEdges = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__actorgraph.visibleEdges().sort());
export const highlightedNodes = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__actorgraph.highlightedNodes().sort());
export const highlightedEdges = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__actorgraph.highlightedEdges().sort());
export const viewState = (page: Page): Promise<ViewState> => page.evaluate(() => window.__actorgraph.state());
export const graphNodeIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__actorgraph.graph.nodes().sort());
export const graphEdgeIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__actorgraph.graph.edges().sort());

/** Waits until ForceAtlas2 has settled, so positions (and screenshots) are stable. */
export async function layoutSettled(page: Page): Promise<number> {
  const { ms } = await page.evaluate(() => window.__actorgraph.layoutDone());
  return ms;
}

/** Waits until `read()` returns a value for which `accept` holds (UI updates are asynchronous). */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** A point of the page: a point given relative to the graph container, shifted by its box. */
async function pagePoint(page: Page, point: ViewportPoint): Promise<ViewportPoint> {
  const box = await page.getByTestId("graph").boundingBox();
  if (!box) throw new Error("the graph container is not displayed");
  return { x: box.x + point.x, y: box.y + point.y };
}

/**
 * A real mouse click on the drawn edge (sigma picks edges from its own pixels); `selection` is
 * what the click selects (`p:<key>` for an overview pair edge).
 */
export async function clickEdge(page: Page, id: string, selection = `e:${id}`): Promise<void> {
  // A real click at the drawn curve. On a loaded machine the camera may still be settling when the
  // position is read, so the click is repeated (position read afresh after two frames) until the
  // page reports the relation selected; a click that never selects it fails the test.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const at = await page.evaluate((edge) => window.__actorgraph.edgeViewportPosition(edge), id);
    if (!at) throw new Error(`edge ${id} is not drawn`);
    const { x, y } = await pagePoint(page, at);
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    const selected = await page.evaluate(() => window.__actorgraph.state().sel);
    if (selected === selection) return;
  }
  throw new Error(`clicking the drawn edge ${id} did not select it`);
}

/**
 * Types into an autocomplete input (`search-input`, `path-from`, `path-to`) and clicks the
 * option holding `optionText`.
 */
export async function chooseFromAutocomplete(
  page: Page,
  inputTestId: string,
  typed: string,
  optionText: string,
): Promise<void> {
  const input = page.getByTestId(inputTestId);
  await input.click();
  await input.fill("");
  await input.pressSequentially(typed);
  const option = page.getByTestId("search-option").filter({ hasText: optionText }).first();
  await option.waitFor({ state: "visible" });
  await option.click();
}

/** Replaces the Cypher editor's text (inserted as text, so no auto-closing brackets interfere). */
export async function typeCypher(page: Page, query: string): Promise<void> {
  const content = page.getByTestId("cypher-editor").locator(".cm-content");
  await content.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(query);
}

/** Opens the filters panel (the `f` key toggles it) unless it is open already. */
export async function showFilters(page: Page): Promise<void> {
  const panel = page.getByTestId("filters");
  if (!(await panel.isVisible())) await page.locator("body").press("f");
  await panel.waitFor({ state: "visible" });
}

/** Sets a range input's value the way a user's drag ends: value set, then input and change events. */
export async function setRange(page: Page, testId: string, value: number): Promise<void> {
  await page.getByTestId(testId).evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.value = String(v);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }, value);
}

/** Pairs of drawn labels whose text boxes overlap (ids), for checks that labels stay readable. */
export function labelCollisions(labels: readonly DrawnLabel[]): [string, string][] {
  const overlapping = (a: DrawnLabel, b: DrawnLabel) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  return labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter((b) => overlapping(a, b))
      .map((b): [string, string] => [a.id, b.id]),
  );
}
