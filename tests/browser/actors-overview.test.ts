// Issue 12: the explorer on a graph with imported GDELT and ICEWS events, forced to the actors
// overview: one weighted edge per pair as the API sends them, a pair edge opening into its
// per-type counts and the relations behind it, and a relation's event rows with their source link.

import type { Page } from "playwright-core";
import {
  EvidencePage,
  OverviewResponse,
  TimelineResponse,
  pairEdgeLabel,
  type OverviewResponse as Overview,
  type Relation,
} from "../../graph-schema/index.js";
import { saveScreenshot } from "./support/artifacts.js";
import {
  clickEdge,
  eventually,
  graphEdgeIds,
  graphNodeIds,
  layoutSettled,
  setRange,
  showFilters,
  viewState,
} from "./support/explorer.js";
import { importedFixtureGraph } from "./support/imported-graph.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite({}, { graph: importedFixtureGraph });

/** Relations behind a pair edge listed per page in the details panel (the page size). */
const PAIR_PAGE_SIZE = 20;

async function getJson(path: string): Promise<unknown> {
  const res = await fetch(`${suite.server.baseUrl}${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

const relationPage = async (path: string) => (await getJson(path)) as { total: number; items: Relation[] };

const overview = async (): Promise<Overview> => OverviewResponse.parse(await getJson("/api/overview"));

/** The pair with most relations: the one most likely to hold both curated and imported relations. */
const heaviestPair = (o: Overview) =>
  [...o.edges].sort((x, y) => y.attributes.relations - x.attributes.relations || x.key.localeCompare(y.key))[0]!;

const linksToArticle = (r: Relation) => r.evidence.some((e) => e.event?.url?.startsWith("http"));

/** The heaviest pair whose first page of relations holds one with a GDELT event linking to its article. */
async function pairWithLinkedEvent(o: Overview) {
  const pairs = [...o.edges].sort(
    (x, y) => y.attributes.relations - x.attributes.relations || x.key.localeCompare(y.key),
  );
  for (const pair of pairs) {
    const behind = await relationPage(
      `/api/relations?entity=${pair.source}&other=${pair.target}&limit=${PAIR_PAGE_SIZE}`,
    );
    const index = behind.items.findIndex(linksToArticle);
    if (index >= 0) return { pair, behind, index };
  }
  throw new Error("no pair of the fixture graph has an event with a source URL");
}

async function openPair(page: Page, key: string): Promise<void> {
  await layoutSettled(page);
  await clickEdge(page, key, `p:${key}`);
  await page.getByTestId("pair-details").waitFor({ state: "visible" });
}

test("the overview draws the API's actors and pair edges, with the view switch and the notice", async () => {
  const expected = await overview();
  const page = await suite.open("/?view=overview");
  expect(await graphNodeIds(page)).toEqual(expected.nodes.map((n) => n.key).sort());
  expect(await graphEdgeIds(page)).toEqual(expected.edges.map((e) => e.key).sort());
  expect(await page.getByTestId("view-overview").getAttribute("aria-pressed")).toBe("true");
  expect(await page.getByTestId("view-all").getAttribute("aria-pressed")).toBe("false");
  const summary = (await page.locator("#graph-summary").textContent()) ?? "";
  expect(summary).toContain(`${expected.attributes.totalRelations.toLocaleString("en")} relations`);
  // Actors without any relation are left out; the notice says how many are shown of all.
  const { totalEntities, omittedEntities } = expected.attributes;
  expect(omittedEntities).toBeGreaterThan(0);
  expect(await page.getByTestId("status").textContent()).toContain(
    `Showing the ${totalEntities - omittedEntities} most connected of ${totalEntities} actors`,
  );
  await saveScreenshot(page, "actors-overview");
});

test("a limit shows the most connected actors with a notice, and a filter re-asks the server", async () => {
  const limited = OverviewResponse.parse(await getJson("/api/overview?limit=5"));
  const page = await suite.open("/?view=overview&limit=5");
  expect(await graphNodeIds(page)).toEqual(limited.nodes.map((n) => n.key).sort());
  const notice = `Showing the 5 most connected of ${limited.attributes.totalEntities.toLocaleString("en")} actors`;
  expect(await page.getByTestId("status").textContent()).toContain(notice);

  // Unchecking the heaviest pair's main type asks the server for the overview without it.
  const main = Object.entries(heaviestPair(limited).attributes.byType).sort((x, y) => y[1].events - x[1].events)[0]![0];
  await showFilters(page);
  const asked = page.waitForResponse((r) => r.url().includes("/api/overview?") && r.url().includes("relationTypes="));
  await page.getByTestId(`filter-type-${main}`).uncheck();
  const response = await asked;
  const types = (await viewState(page)).relationTypes;
  expect(types).not.toContain(main);
  const filtered = OverviewResponse.parse(await response.json());
  await eventually(
    () => graphEdgeIds(page),
    (ids) =>
      ids.join() ===
      filtered.edges
        .map((e) => e.key)
        .sort()
        .join(),
  );
  expect(await graphEdgeIds(page)).toEqual(filtered.edges.map((e) => e.key).sort());
  for (const edge of filtered.edges) expect(edge.attributes.byType[main]).toBeUndefined();
});

test("a pair edge opens into its per-type counts and the relations behind it; a relation shows its event rows", async () => {
  const { pair, behind, index } = await pairWithLinkedEvent(await overview());
  const page = await suite.open("/?view=overview");
  await openPair(page, pair.key);
  expect(await page.getByTestId("pair-type-row").count()).toBe(Object.keys(pair.attributes.byType).length);
  expect(await page.getByTestId("pair-counts").textContent()).toBe(
    pairEdgeLabel(pair.attributes.relations, pair.attributes.events),
  );
  await page.getByTestId("pair-relation").first().waitFor({ state: "visible" });
  expect(await page.getByTestId("pair-relation").count()).toBe(Math.min(PAIR_PAGE_SIZE, pair.attributes.relations));
  expect(await page.getByTestId("pair-page").textContent()).toContain(`of ${pair.attributes.relations} relations`);

  await saveScreenshot(page, "actors-overview-pair");
  const relation = behind.items[index]!;
  await page.getByTestId("pair-relation").nth(index).getByRole("button").click();
  await page.getByTestId("edge-details").waitFor({ state: "visible" });
  expect((await viewState(page)).sel).toBe(`e:${relation.id}`);

  const first = EvidencePage.parse(await getJson(`/api/relations/${relation.id}/evidence?limit=20`));
  const rows = page.getByTestId("event-row");
  expect(await rows.count()).toBe(first.items.filter((e) => e.event).length);
  const event = first.items.find((e) => e.event?.url?.startsWith("http"))!.event!;
  const row = page.getByTestId("evidence-item").filter({ hasText: event.eventId }).first();
  expect(await row.textContent()).toContain(`CAMEO ${event.cameo}`);
  const link = row.getByTestId("event-link");
  expect(await link.getAttribute("href")).toBe(new URL(event.url!).href);
  expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
  expect(await link.getAttribute("target")).toBe("_blank");
  await saveScreenshot(page, "actors-overview-event-rows");
});

test("a relation's evidence comes a page at a time, and Show more appends the next page", async () => {
  const all = await relationPage("/api/relations?limit=1000");
  const busy = [...all.items].sort((x, y) => y.evidence.length - x.evidence.length || x.id.localeCompare(y.id))[0]!;
  expect(busy.evidence.length).toBeGreaterThan(2);
  // The fixture's relations have fewer events than a page: the first request is narrowed to 2
  // rows (served by the real API), so "Show more" has a next page to fetch.
  const page = await suite.open("/?view=overview");
  await page.route(/\/api\/relations\/[^/]+\/evidence\?limit=20&offset=0$/, (route) =>
    route.continue({ url: route.request().url().replace("limit=20", "limit=2") }),
  );
  await page.evaluate((id) => {
    history.pushState(null, "", `?view=overview&sel=e:${id}`);
    dispatchEvent(new PopStateEvent("popstate"));
  }, busy.id);
  await page.getByTestId("edge-details").waitFor({ state: "visible" });
  const items = page.getByTestId("evidence-item");
  expect(await items.count()).toBe(2);
  expect(await page.getByTestId("evidence-shown").textContent()).toBe(`2 of ${busy.evidence.length} shown`);
  await page.getByTestId("evidence-more").click();
  await eventually(
    () => items.count(),
    (n) => n > 2,
  );
  expect(await items.count()).toBe(Math.min(22, busy.evidence.length));
  expect(await page.getByTestId("evidence-more").isVisible()).toBe(busy.evidence.length > 22);
});

test("the time filter shows the timeline's bars, steps over its periods, and asks the server for the window", async () => {
  const timeline = TimelineResponse.parse(await getJson("/api/timeline"));
  expect(timeline.bins.length).toBeGreaterThan(2);
  const page = await suite.open("/?view=overview");
  await showFilters(page);
  const bars = page.getByTestId("time-bar");
  await eventually(
    () => bars.count(),
    (n) => n === timeline.bins.length,
  );
  expect(await bars.count()).toBe(timeline.bins.length);
  const busiest = timeline.bins.findIndex((b) => b.relations === Math.max(...timeline.bins.map((x) => x.relations)));
  expect(await bars.nth(busiest).getAttribute("title")).toContain(`${timeline.bins[busiest]!.relations} relations`);
  expect(await page.getByTestId("time-from").getAttribute("max")).toBe(String(timeline.bins.length - 1));
  if (timeline.undated.relations > 0)
    expect(await page.getByTestId("time-outside-bars").textContent()).toContain(
      `${timeline.undated.relations} undated`,
    );

  const asked = page.waitForResponse((r) => r.url().includes("/api/overview?") && r.url().includes("from="));
  await setRange(page, "time-from", 1);
  expect((await viewState(page)).from).toBe(timeline.bins[1]!.period);
  const narrowed = OverviewResponse.parse(await (await asked).json());
  const keys = narrowed.edges.map((e) => e.key).sort();
  expect(
    await eventually(
      () => graphEdgeIds(page),
      (ids) => ids.join() === keys.join(),
    ),
  ).toEqual(keys);
  await saveScreenshot(page.getByTestId("filters"), "actors-overview-timeline");
});
