// Issue #13, item 10: what the explorer says is current and readable. The "limited overview"
// notice goes once expansions change what is shown; Cypher errors drop parser rule names and
// say what to write instead of type(r); Ctrl+Enter runs from the parameters box; a favicon.

import type { Page } from "playwright-core";
import { neighbours } from "./support/corpus.js";
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
  // Expanding an entity of the overview with neighbours outside it adds them.
  const shown = await page.evaluate(() => window.__actorgraph.graph.nodes());
  const first = shown.find((id) => neighbours(suite.server.dataset, id).some((n) => !shown.includes(n)));
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

test("a parser error names no grammar rule, whichever rule the parser was in", async () => {
  const page = await suite.open("/");
  suite.session.allow(/status of 400/);
  // The embedded parser reports a misspelt keyword after a whole query as "expected rule iC_Statements".
  const error = await cypherError(page, "MATCH (a) RETURN a LIMT 3", "LIMT");
  expect(error).toMatch(/line: 1/);
  expect(error).not.toMatch(/expected rule|[a-zA-Z]{1,3}_[A-Z]\w+/);
});

test("the API docs page shows what each POST takes in its body", async () => {
  const page = suite.session.page;
  await page.goto(`${suite.server.baseUrl}/api/docs`);
  const post = (path: string) => page.locator("section").filter({ hasText: `POST ${path}` });
  for (const [path, fields, required] of [
    ["/api/cypher", ["query", "params", "rowLimit"], ["query"]],
    ["/api/articles", ["title", "text", "dryRun", "review"], ["title", "text"]],
  ] as const) {
    const rows = post(path).getByRole("row");
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "")),
    );
    const body = cells.filter((c) => c[1] === "body");
    expect(body.map((c) => c[0])).toEqual(expect.arrayContaining([...fields]));
    expect(body.filter((c) => c[2] === "yes").map((c) => c[0])).toEqual([...required]);
  }
});

test("on a small screen the limited-overview notice sits beside the drawing, covering no entity", async () => {
  await suite.session.page.setViewportSize({ width: 1024, height: 700 });
  const page = await suite.open("/?limit=5");
  await page.evaluate(() => window.__actorgraph.layoutDone());
  const status = page.getByTestId("status");
  expect(await status.textContent()).toMatch(/limited to 5 entities/);
  const notice = (await status.boundingBox())!;
  const graph = (await page.getByTestId("graph").boundingBox())!;
  const overlaps = notice.y < graph.y + graph.height && graph.y < notice.y + notice.height;
  expect(overlaps && notice.x < graph.x + graph.width && graph.x < notice.x + notice.width).toBe(false);
  // Every entity is drawn inside the graph's own box, so nothing is under the notice.
  const outside = await page.evaluate(() => {
    const { width, height } = window.__actorgraph.renderer.getDimensions();
    return window.__actorgraph.visibleNodes().filter((id) => {
      const at = window.__actorgraph.nodeViewportPosition(id)!;
      return at.x < 0 || at.y < 0 || at.x > width || at.y > height;
    });
  });
  expect(outside).toEqual([]);
});
