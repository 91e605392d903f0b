// Issue #4, test 5: the Cypher console runs a read query, shows its rows, and draws exactly the
// nodes it returned; a write is refused with a clear message and changes nothing; the examples
// are the ones the server writes for its engine.

import type { Page } from "playwright-core";
import { CypherExamplesResponse } from "../../graph-schema/index.js";
import { saveScreenshot } from "./support/artifacts.js";
import { sorted } from "./support/corpus.js";
import { eventually, typeCypher, visibleEdges, visibleNodes } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();
const ROLE_QUERY = "MATCH (p:Person)-[r:HOLDS_ROLE]->(s) RETURN p, r, s";

async function bodyRows(page: Page): Promise<number> {
  const table = page.getByTestId("cypher-table");
  await table.waitFor({ state: "visible" });
  return table.locator("tbody tr").count();
}

function roleRelations() {
  const roles = suite.server.dataset.relations.filter((r) => r.type === "HOLDS_ROLE");
  const people = new Set(suite.server.dataset.entities.filter((e) => e.type === "Person").map((e) => e.id));
  expect(roles.every((r) => people.has(r.source))).toBe(true);
  return roles;
}

test("a MATCH run with Ctrl+Enter fills the table and draws exactly the returned nodes", async () => {
  const roles = roleRelations();
  const page = await suite.open("/");
  await typeCypher(page, ROLE_QUERY);
  await page.keyboard.press("Control+Enter");
  expect(
    await eventually(
      () => bodyRows(page),
      (n) => n === roles.length,
    ),
  ).toBe(roles.length);
  await saveScreenshot(page, "cypher-table");

  const showGraph = page.getByTestId("cypher-show-graph");
  if (await showGraph.isVisible()) await showGraph.click();
  const expectedNodes = sorted(new Set(roles.flatMap((r) => [r.source, r.target])));
  expect(
    await eventually(
      () => visibleNodes(page),
      (ids) => ids.join() === expectedNodes.join(),
    ),
  ).toEqual(expectedNodes);
  expect(await visibleEdges(page)).toEqual(sorted(roles.map((r) => r.id)));
  await saveScreenshot(page, "cypher-graph");
});

test("the run button runs the query too, and the query goes into the history", async () => {
  const roles = roleRelations();
  const page = await suite.open("/");
  await typeCypher(page, ROLE_QUERY);
  await page.getByTestId("cypher-run").click();
  expect(
    await eventually(
      () => bodyRows(page),
      (n) => n === roles.length,
    ),
  ).toBe(roles.length);
  expect(await page.getByTestId("cypher-history").textContent()).toContain("HOLDS_ROLE");
});

test("a write is refused with a clear message and nothing is created", async () => {
  const page = await suite.open("/");
  // The refusal is an HTTP 403 the browser logs as a failed resource load.
  suite.session.allow(/status of 403/);
  await typeCypher(page, "CREATE (n:Person {id:'x', name:'X'})");
  await page.getByTestId("cypher-run").click();
  const error = page.getByTestId("cypher-error");
  await error.waitFor({ state: "visible" });
  expect((await error.textContent())?.toLowerCase()).toMatch(/refused|read-only|not allowed/);
  const res = await fetch(`${suite.server.baseUrl}/api/entities/x`);
  expect(res.status).toBe(404);
});

test("the examples are the ones the server lists for its engine, and one runs when clicked", async () => {
  const listed = CypherExamplesResponse.parse(
    await (await fetch(`${suite.server.baseUrl}/api/cypher/examples`)).json(),
  ).items;
  const page = await suite.open("/");
  const buttons = page.getByTestId("cypher-examples").getByRole("button");
  const shown = await eventually(
    () => buttons.evaluateAll((items) => items.map((b) => ({ title: b.textContent, query: b.getAttribute("title") }))),
    (items) => items.length === listed.length,
  );
  expect(shown).toEqual(listed.map(({ title, query }) => ({ title, query })));
  const example = listed.find((e) => e.params)!;
  await buttons.filter({ hasText: example.title }).click();
  expect(await bodyRows(page)).toBeGreaterThan(0);
  expect(await page.getByTestId("cypher-params").inputValue()).toBe(JSON.stringify(example.params));
});
