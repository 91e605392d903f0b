// Issue #4, test 7: the URL carries the whole view: a page opened on a copied URL restores the
// selection, filters, colour mode and camera, and shows the same edges highlighted and visible;
// a link written with the old short filter keys still opens with its filters.

import type { Page } from "playwright-core";
import { RELATION_TYPES } from "../../graph-schema/index.js";
import {
  chooseFromAutocomplete,
  eventually,
  highlightedNodes,
  layoutSettled,
  viewState,
  visibleEdges,
  showFilters,
} from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

const camera = (page: Page) =>
  page.evaluate(() => {
    const { x, y, ratio } = window.__actorgraph.renderer.getCamera().getState();
    return { x, y, ratio };
  });

test("a copied URL restores selection, filters, colour mode and camera", async () => {
  const page = await suite.open("/");
  await layoutSettled(page);
  await chooseFromAutocomplete(page, "search-input", "Putin", "Vladimir Putin");
  await showFilters(page);
  await page.getByTestId("filter-type-STATED").uncheck();
  await page.getByTestId("colour-mode").selectOption("community");
  // The flight to the chosen entity ends first: its last frame would overwrite the camera set here.
  await eventually(
    () => page.evaluate(() => window.__actorgraph.renderer.getCamera().isAnimated()),
    (animated) => !animated,
  );
  await page.evaluate(() => window.__actorgraph.renderer.getCamera().setState({ x: 0.4, y: 0.6, ratio: 0.5 }));

  const state = await eventually(
    () => viewState(page),
    // The camera saved is the one set above (not the end of the flight to the entity, saved before it).
    (s) =>
      s.sel === "vladimir-putin" && s.colour === "community" && (s.cam as { ratio?: number } | null)?.ratio === 0.5,
  );
  expect(state).toMatchObject({ sel: "vladimir-putin", colour: "community", cam: { x: 0.4, y: 0.6, ratio: 0.5 } });
  const url = await eventually(
    async () => page.url(),
    (u) => u.includes("cam=0.4,0.6,0.5") && u.includes("sel="),
  );
  const shared = new URL(url);
  expect(shared.searchParams.get("sel")).toBe("vladimir-putin");
  // The filters are written under the API's names only.
  const shownTypes = shared.searchParams.get("relationTypes");
  expect(shownTypes?.split(",")).toEqual(RELATION_TYPES.filter((t) => t !== "STATED"));
  expect(shared.searchParams.has("types")).toBe(false);

  const copy = await suite.openAnother(shared.pathname + shared.search);
  expect(await viewState(copy)).toEqual(state);
  expect(await visibleEdges(copy)).toEqual(await visibleEdges(page));
  expect(await highlightedNodes(copy)).toEqual(await highlightedNodes(page));
  expect(await copy.getByTestId("entity-details").textContent()).toContain("Vladimir Putin");
  expect(await copy.getByTestId("colour-mode").inputValue()).toBe("community");
  const [a, b] = [await camera(page), await camera(copy)];
  expect(b.x).toBeCloseTo(a.x, 3);
  expect(b.y).toBeCloseTo(a.y, 3);
  expect(b.ratio).toBeCloseTo(a.ratio, 3);
});

test("the share button copies the current URL", async () => {
  const page = await suite.open("/?sel=iran");
  await suite.session.context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: suite.server.baseUrl,
  });
  await page.getByTestId("share").click();
  const copied = await eventually(
    () => page.evaluate(() => navigator.clipboard.readText()),
    (text) => text.length > 0,
  );
  expect(copied).toBe(page.url());
  expect(new URL(copied).searchParams.get("sel")).toBe("iran");
});

test("a link with the old short filter keys opens with those filters", async () => {
  const { relations } = suite.server.dataset;
  const shownTypes = RELATION_TYPES.filter((t) => t !== "STATED");
  const page = await suite.open(`/?types=${shownTypes.join(",")}&disp=1`);
  expect(await viewState(page)).toMatchObject({ relationTypes: shownTypes, disputed: true });
  const expected = relations.filter((r) => r.disputed && r.type !== "STATED").map((r) => r.id);
  expect(expected.length).toBeGreaterThan(0);
  expect(
    await eventually(
      () => visibleEdges(page),
      (ids) => ids.length === expected.length,
    ),
  ).toEqual(expected.sort());
});
