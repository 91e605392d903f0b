// Issue #13, item 10: what the explorer says is current and readable. The "limited overview"
// notice goes once expansions change what is shown; Cypher errors drop parser rule names and
// say what to write instead of type(r); Ctrl+Enter runs from the parameters box; a favicon.

import type { Page } from "playwright-core";
import { eventually, typeCypher } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

/** Runs a query and returns the error it gets (waiting until the message mentions the query). */
async function cypherError(page: Page, query: string, mentions: string): Promise<string> {
  await typeCypher(page, query);
  await page.getByTestId("cypher-run").click();
  const error = page.getByTestId("cypher-error");
  return eventually(
    async () => ((await error.count()) ? ((await error.textContent()) ?? "") : ""),
    (text) => text.includes(mentions),
  );
}

test("the limited-overview notice goes once an expansion brings in more entities", async () => {
  const page = await suite.open("/?limit=5");
  const status = page.getByTestId("status");
  expect(await status.textContent()).toMatch(/limited to 5 entities/);
  // Expanding an entity of the overview adds its neighbours.
  const [first] = await page.evaluate(() => window.__actorgraph.graph.nodes());
  await page.goto(`${suite.server.baseUrl}/?limit=5&sel=${first!}`);
  await page.getByTestId("expand").click();
  const text = await eventually(
    async () => (await status.textContent()) ?? "",
    (t) => !/limited to/.test(t),
  );
  expect(text).not.toMatch(/limited to/);
  expect(await page.evaluate(() => window.__actorgraph.graph.order)).toBeGreaterThan(5);
});

test("Cypher errors read as sentences, with the embedded dialect's stand-in for type(r)", async () => {
  const page = await suite.open("/");
  suite.session.allow(/status of 400/);
  const parseError = await cypherError(page, "MATCH (a RETURN a", "RETURN");
  expect(parseError).toMatch(/line: 1/);
  expect(parseError).not.toMatch(/oC_|expected rule/);
  const typeError = await cypherError(page, "MATCH ()-[r]->() RETURN type(r) LIMIT 1", "TYPE");
  expect(typeError).toMatch(/label\(r\)/);
});

test("Ctrl+Enter in the parameters box runs the query", async () => {
  const page = await suite.open("/");
  await typeCypher(page, "MATCH (s:State {id: $id}) RETURN s.name");
  const params = page.getByTestId("cypher-params");
  await params.fill('{"id": "russia"}');
  await params.press("Control+Enter");
  const table = page.getByTestId("cypher-table");
  await table.waitFor({ state: "visible" });
  expect(await table.textContent()).toContain("Russia");
});

test("the page has a favicon the server serves", async () => {
  const page = await suite.open("/");
  const href = await page.locator('link[rel="icon"]').getAttribute("href");
  const res = await fetch(new URL(href!, suite.server.baseUrl));
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/image\//);
});
