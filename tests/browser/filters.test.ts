// Issue #4, test 4: each filter hides what it should and nothing else. The expected sets come
// from the corpus through the one relation filter server and explorer share (relationPasses).

import type { Page } from "playwright-core";
import { ENTITY_TYPES, RELATION_TYPES, relationPasses, type Relation } from "../../graph-schema/index.js";
import { saveScreenshot } from "./support/artifacts.js";
import { relationIds, sorted } from "./support/corpus.js";
import {
  eventually,
  layoutSettled,
  setRange,
  viewState,
  visibleEdges,
  visibleNodes,
  showFilters,
} from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

const edgesBecome = (page: Page, expected: string[]) =>
  eventually(
    () => visibleEdges(page),
    (ids) => ids.join() === expected.join(),
  );

/** The relation type with the most relations (ties: the first in data order). */
function commonestType(relations: Relation[]): Relation["type"] {
  const counts = new Map<Relation["type"], number>();
  for (const r of relations) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

test("unchecking a relation type hides exactly its edges", async () => {
  const { relations } = suite.server.dataset;
  const type = commonestType(relations);
  const page = await suite.open("/");
  await showFilters(page);
  expect(await visibleEdges(page)).toEqual(sorted(relationIds(relations)));
  await page.getByTestId(`filter-type-${type}`).uncheck();
  const expected = sorted(relationIds(relations.filter((r) => r.type !== type)));
  expect(await edgesBecome(page, expected)).toEqual(expected);
  // The view state (and so the URL) holds every relation type but the unchecked one.
  expect((await viewState(page)).relationTypes).toEqual(RELATION_TYPES.filter((t) => t !== type));
  await layoutSettled(page);
  await saveScreenshot(page, "filtered");
});

test("the legend's entity toggle hides that type's nodes and their edges", async () => {
  const { entities, relations } = suite.server.dataset;
  const label = ENTITY_TYPES.find((l) => l === "Place")!;
  const hidden = new Set(entities.filter((e) => e.type === label).map((e) => e.id));
  expect(hidden.size).toBeGreaterThan(0);
  const page = await suite.open("/");
  const toggle = page.getByTestId(`legend-entity-${label}`);
  expect(await toggle.getAttribute("aria-pressed")).toBe("true");
  await toggle.click();
  expect(await toggle.getAttribute("aria-pressed")).toBe("false");

  const expectedNodes = sorted(entities.filter((e) => !hidden.has(e.id)).map((e) => e.id));
  expect(
    await eventually(
      () => visibleNodes(page),
      (ids) => ids.length === expectedNodes.length,
    ),
  ).toEqual(expectedNodes);
  const expectedEdges = sorted(relationIds(relations.filter((r) => !hidden.has(r.source) && !hidden.has(r.target))));
  expect(await edgesBecome(page, expectedEdges)).toEqual(expectedEdges);
  // The filter panel's checkbox mirrors the legend.
  await showFilters(page);
  expect(await page.getByTestId(`filter-entity-${label}`).isChecked()).toBe(false);
});

test("disputed-only leaves exactly the disputed relations", async () => {
  const { relations } = suite.server.dataset;
  const page = await suite.open("/");
  await showFilters(page);
  await page.getByTestId("filter-disputed").check();
  const expected = sorted(relationIds(relations.filter((r) => r.disputed)));
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(relations.length);
  expect(await edgesBecome(page, expected)).toEqual(expected);
  expect((await viewState(page)).disputed).toBe(true);
});

test("moving the time slider's start narrows the edges to the relations that can fall in the range", async () => {
  const { relations } = suite.server.dataset;
  const page = await suite.open("/");
  await showFilters(page);
  const slider = page.getByTestId("time-from");
  const [min, max] = (await slider.evaluate((el) => [(el as HTMLInputElement).min, (el as HTMLInputElement).max])).map(
    Number,
  );
  await setRange(page, "time-from", Math.round(min! + (max! - min!) * 0.75));
  const state = await eventually(
    () => viewState(page),
    (s) => typeof s.from === "string",
  );
  const [from, to] = [state.from as string, typeof state.to === "string" ? state.to : undefined];
  // Undated relations stay visible while the "include undated" toggle (state.includeUndated) is on.
  const passes = (r: Relation) => relationPasses(r, { from, to, includeUndated: state.includeUndated });
  const expected = sorted(relationIds(relations.filter(passes)));
  expect(expected.length).toBeLessThan(relations.length);
  expect(await edgesBecome(page, expected)).toEqual(expected);
  expect(await page.getByTestId("time-label").textContent()).toContain(from.slice(0, 4));
});

test("the source filter keeps the relations one article supports", async () => {
  const { relations, articles } = suite.server.dataset;
  const kept = articles[articles.length - 1]!.id;
  const page = await suite.open("/");
  await showFilters(page);
  for (const other of articles.filter((a) => a.id !== kept)) {
    await page.getByTestId(`filter-source-${other.id}`).uncheck();
  }
  const expected = sorted(relationIds(relations.filter((r) => relationPasses(r, { sources: [kept] }))));
  expect(expected.length).toBeLessThan(relations.length);
  expect(await edgesBecome(page, expected)).toEqual(expected);
  expect(String((await viewState(page)).sources)).toContain(kept);
});
