// Issue 12: the curated corpus (under the overview limit) still opens with every relation drawn;
// the "Actors overview / All relations" switch changes the view, lives in the URL, and Back
// returns to the view before.

import { OVERVIEW_DETAIL_LIMIT, OverviewResponse } from "../../graph-schema/index.js";
import { entityIds, relationIds, sorted } from "./support/corpus.js";
import { eventually, graphEdgeIds, graphNodeIds } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

test("the curated corpus opens in the detailed view, and the switch goes to the overview and back", async () => {
  const { dataset } = suite.server;
  expect(dataset.relations.length).toBeLessThanOrEqual(OVERVIEW_DETAIL_LIMIT);
  const page = await suite.open("/");
  expect(await graphEdgeIds(page)).toEqual(sorted(relationIds(dataset.relations)));
  expect(await graphNodeIds(page)).toEqual(sorted(entityIds(dataset)));
  expect(await page.getByTestId("view-all").getAttribute("aria-pressed")).toBe("true");
  expect(await page.getByTestId("view-overview").getAttribute("aria-pressed")).toBe("false");

  const res = await fetch(`${suite.server.baseUrl}/api/overview`);
  const overview = OverviewResponse.parse(await res.json());
  await page.getByTestId("view-overview").click();
  const pairs = sorted(overview.edges.map((e) => e.key));
  expect(
    await eventually(
      () => graphEdgeIds(page),
      (ids) => ids.join() === pairs.join(),
    ),
  ).toEqual(pairs);
  expect(await page.getByTestId("view-overview").getAttribute("aria-pressed")).toBe("true");
  await page.waitForURL(/[?&]view=overview/);

  await page.goBack();
  const relations = sorted(relationIds(dataset.relations));
  expect(
    await eventually(
      () => graphEdgeIds(page),
      (ids) => ids.join() === relations.join(),
    ),
  ).toEqual(relations);
  expect(await page.getByTestId("view-all").getAttribute("aria-pressed")).toBe("true");
  expect(new URL(page.url()).searchParams.get("view")).toBeNull();
});
