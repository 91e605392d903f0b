// Issue #13, item 6: disputes are views of their own, reached from the storyline list and from
// each relation they bear on (one link per dispute), with the claims side by side.

import type { Page } from "playwright-core";
import { eventually, highlightedEdges, viewState } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

/** Claims of the open dispute: their boxes on the page. */
async function claimBoxes(page: Page) {
  const claims = page.getByTestId("dispute-claim");
  await claims.first().waitFor({ state: "visible" });
  return Promise.all((await claims.all()).map(async (c) => (await c.boundingBox())!));
}

test("a dispute opens on its own from the storyline list: question, claims side by side, its relations", async () => {
  const { dataset } = suite.server;
  const dispute = dataset.disputes[0]!;
  const page = await suite.open("/");
  await page.getByTestId("dispute-question").filter({ hasText: dispute.question }).first().click();
  expect(
    await eventually(
      () => viewState(page),
      (s) => s.sel === `d:${dispute.id}`,
    ),
  ).toMatchObject({
    sel: `d:${dispute.id}`,
  });
  const view = page.getByTestId("dispute-view");
  expect(await view.textContent()).toContain(dispute.question);
  const boxes = await claimBoxes(page);
  expect(boxes).toHaveLength(dispute.claims.length);
  // Side by side: the first two claims start on the same line.
  expect(Math.abs(boxes[0]!.y - boxes[1]!.y)).toBeLessThan(2);
  const bearing = dataset.relations
    .filter((r) => r.disputes.includes(dispute.id))
    .map((r) => r.id)
    .sort();
  expect(await highlightedEdges(page)).toEqual(bearing);
  // The link is a place: reopening it shows the same dispute.
  const again = await suite.openAnother(`/?sel=d:${dispute.id}`);
  expect(await again.getByTestId("dispute-view").textContent()).toContain(dispute.question);
});

test("a relation with several disputes links each one, and the link opens that one", async () => {
  const { dataset } = suite.server;
  const relation = [...dataset.relations].sort((a, b) => b.disputes.length - a.disputes.length)[0]!;
  expect(relation.disputes.length).toBeGreaterThan(1);
  const page = await suite.open(`/?sel=e:${relation.id}`);
  const links = page.getByTestId("open-dispute");
  await links.first().waitFor({ state: "visible" });
  expect(await links.count()).toBe(relation.disputes.length);
  // The disputes come before the evidence, within the panel's first screen.
  const panel = (await page.getByTestId("details").boundingBox())!;
  const last = (await links.last().boundingBox())!;
  expect(last.y + last.height).toBeLessThanOrEqual(panel.y + panel.height);
  const second = dataset.disputes.find((d) => d.id === relation.disputes[1])!;
  await page.getByTestId("dispute").filter({ hasText: second.question }).getByTestId("open-dispute").click();
  await eventually(
    () => viewState(page),
    (s) => s.sel === `d:${second.id}`,
  );
  expect(await page.getByTestId("dispute-view").locator("h2").textContent()).toBe(second.question);
});

test.each([
  [1024, 700],
  [1920, 1080],
])("at %ix%i a dispute's claims stand side by side, each starting on the first screen", async (width, height) => {
  const dispute = suite.server.dataset.disputes.find((d) => d.claims.length === 2)!;
  await suite.session.page.setViewportSize({ width, height });
  const page = await suite.open(`/?sel=d:${dispute.id}`);
  const boxes = await claimBoxes(page);
  expect(Math.abs(boxes[0]!.y - boxes[1]!.y)).toBeLessThan(2);
  expect(boxes[1]!.x).toBeGreaterThanOrEqual(boxes[0]!.x + boxes[0]!.width);
  for (const box of boxes) expect(box.y).toBeLessThan(height);
  // Nothing in a claim's column sticks out of it (the evidence's "Open article" button wraps).
  const overflowing = await page
    .getByTestId("dispute-claim")
    .evaluateAll(
      (claims) =>
        claims.flatMap((c) =>
          [...c.querySelectorAll("button")].filter(
            (b) => b.getBoundingClientRect().right > c.getBoundingClientRect().right,
          ),
        ).length,
    );
  expect(overflowing).toBe(0);
  // The graph keeps a usable share of the window beside the wider panel.
  const graph = (await page.getByTestId("graph").boundingBox())!;
  expect(graph.width).toBeGreaterThanOrEqual(width * 0.35);
});
