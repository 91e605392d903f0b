// Issue #4, test 10: the explorer works from the keyboard: "/" focuses search, arrow keys and
// Enter choose an option, Escape clears the selection.

import { eventually, highlightedNodes, viewState } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

test("/ focuses search, arrows + Enter choose an entity, Escape clears the selection", async () => {
  const page = await suite.open("/");
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("/");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("search-input");
  expect(await page.getByTestId("search-input").inputValue()).toBe("");

  await page.keyboard.type("Peskow");
  const options = page.getByTestId("search-option");
  await options.first().waitFor({ state: "visible" });
  const texts = await options.allTextContents();
  const target = texts.findIndex((t) => t.includes("Dmitry Peskov"));
  expect(target).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= target; i++) await page.keyboard.press("ArrowDown");
  expect(await options.nth(target).getAttribute("aria-selected")).toBe("true");
  await page.keyboard.press("Enter");
  expect(
    await eventually(
      () => viewState(page),
      (s) => s.sel === "dmitry-peskov",
    ),
  ).toMatchObject({
    sel: "dmitry-peskov",
  });
  expect((await highlightedNodes(page)).length).toBeGreaterThan(1);

  // Escape from wherever focus is left clears the selection and the highlight.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  const cleared = await eventually(
    () => viewState(page),
    (s) => !s.sel,
  );
  expect(cleared.sel ?? null).toBeNull();
  expect(await highlightedNodes(page)).toEqual([]);
  // The address bar follows the state after its debounce.
  const selInUrl = () => Promise.resolve(new URL(page.url()).searchParams.get("sel"));
  expect(await eventually(selInUrl, (sel) => sel === null)).toBeNull();
});

test("+ and - zoom the camera, 0 resets it", async () => {
  const page = await suite.open("/");
  const ratio = () => page.evaluate(() => window.__actorgraph.renderer.getCamera().getState().ratio);
  const start = await ratio();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("+");
  const zoomedIn = await eventually(ratio, (r) => r < start);
  expect(zoomedIn).toBeLessThan(start);
  await page.keyboard.press("0");
  expect(await eventually(ratio, (r) => Math.abs(r - start) < 1e-6)).toBeCloseTo(start, 6);
  await page.keyboard.press("-");
  expect(await eventually(ratio, (r) => r > start)).toBeGreaterThan(start);
});
