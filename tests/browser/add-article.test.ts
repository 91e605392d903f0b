// Issue #4, test 12: the "Add article" panel. A dry run previews the mentions and evidence it
// found (marked in the text) and writes nothing; submitting ingests the article, after which
// the overview is reloaded with the new relations drawn and selected.
// Needs POST /api/articles (server) and ACTORGRAPH_API_KEY in the configuration.

import type { Page, Response } from "playwright-core";
import type { IngestReport } from "../../graph-schema/index.js";
import { saveScreenshot } from "./support/artifacts.js";
import { eventually, graphEdgeIds, highlightedEdges } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const API_KEY = "browser-test-key";
const suite = useExplorerSuite({ ACTORGRAPH_API_KEY: API_KEY });

const ARTICLE = {
  title: "Lavrov and Rubio meet again",
  outlet: "Browser Test Wire",
  published: "2025-04-02",
  url: "https://news.example/lavrov-rubio",
  text:
    "Russian Foreign Minister Sergei Lavrov met US Secretary of State Marco Rubio in Riyadh on Tuesday. " +
    "Kremlin spokesman Dmitry Peskov said Russia supports talks between the United States and Iran.",
};

async function fillPanel(page: Page, apiKey: string): Promise<void> {
  await page.getByTestId("add-article").click();
  await page.getByTestId("ingest-title").fill(ARTICLE.title);
  await page.getByTestId("ingest-outlet").fill(ARTICLE.outlet);
  await page.getByTestId("ingest-published").fill(ARTICLE.published);
  await page.getByTestId("ingest-url").fill(ARTICLE.url);
  await page.getByTestId("ingest-text").fill(ARTICLE.text);
  await page.getByTestId("ingest-api-key").fill(apiKey);
}

const isIngest = (response: Response) =>
  response.request().method() === "POST" && new URL(response.url()).pathname === "/api/articles";

async function articleCount(): Promise<number> {
  const res = await fetch(`${suite.server.baseUrl}/api/articles`);
  const body = (await res.json()) as unknown[] | { articles?: unknown[]; items?: unknown[] };
  const list = Array.isArray(body) ? body : (body.articles ?? body.items ?? []);
  return list.length;
}

test("a dry run marks the mentions and evidence found and writes nothing", async () => {
  const page = await suite.open("/");
  const articlesBefore = await articleCount();
  await fillPanel(page, API_KEY);
  const [response] = await Promise.all([page.waitForResponse(isIngest), page.getByTestId("ingest-preview").click()]);
  expect(response.status()).toBe(200);
  const report = (await response.json()) as IngestReport;
  expect(report.dryRun).toBe(true);
  expect(report.entities.length).toBeGreaterThan(0);

  const highlights = page.getByTestId("ingest-highlights");
  await highlights.waitFor({ state: "visible" });
  const marks = (await highlights.locator("mark").allTextContents()).map((t) => t.trim());
  const mentioned = report.entities.flatMap((e) => e.mentions.map((m) => m.text));
  const sentences = report.relations.map((r) => r.evidence.sentence);
  // Every mention is marked, and every mark is a mention or an evidence sentence (or holds one).
  for (const text of mentioned) expect(marks.some((m) => m.includes(text))).toBe(true);
  for (const mark of marks) {
    expect(mentioned.some((t) => mark === t) || sentences.some((s) => s.includes(mark) || mark.includes(s))).toBe(true);
  }
  expect(await highlights.textContent()).toContain("Sergei Lavrov");
  await saveScreenshot(page, "add-article-preview");
  expect(await articleCount()).toBe(articlesBefore);
});

test("a wrong API key is refused with a visible message", async () => {
  const page = await suite.open("/");
  suite.session.allow(/status of 401/);
  await fillPanel(page, "not-the-key");
  const [response] = await Promise.all([page.waitForResponse(isIngest), page.getByTestId("ingest-preview").click()]);
  expect(response.status()).toBe(401);
  const result = page.getByTestId("ingest-result");
  await result.waitFor({ state: "visible" });
  expect((await result.textContent())?.toLowerCase()).toMatch(/key|401|unauthori[sz]ed/);
});

test("submitting ingests the article, reloads the graph and selects the new relations", async () => {
  const page = await suite.open("/");
  const articlesBefore = await articleCount();
  await fillPanel(page, API_KEY);
  const [response] = await Promise.all([page.waitForResponse(isIngest), page.getByTestId("ingest-submit").click()]);
  expect([200, 201]).toContain(response.status());
  const report = (await response.json()) as IngestReport;
  expect(report.dryRun).toBe(false);
  expect(report.relations.length).toBeGreaterThan(0);
  await page.getByTestId("ingest-result").waitFor({ state: "visible" });
  expect(await articleCount()).toBe(articlesBefore + 1);

  const ids = report.relations.map((r) => r.id).sort();
  const drawn = await eventually(
    () => graphEdgeIds(page),
    (edges) => ids.every((id) => edges.includes(id)),
  );
  for (const id of ids) expect(drawn).toContain(id);
  const highlighted = await eventually(
    () => highlightedEdges(page),
    (edges) => ids.every((id) => edges.includes(id)),
  );
  for (const id of ids) expect(highlighted).toContain(id);
  // Issue #13, item 10: the storyline panel tells the new counts, not those of the first load.
  const counts = await page.evaluate(() => ({
    entities: window.__actorgraph.graph.order,
    relations: window.__actorgraph.graph.size,
  }));
  const storyline = await eventually(
    async () => (await page.getByTestId("details").textContent()) ?? "",
    (text) => text.includes(`from ${articlesBefore + 1} articles`),
  );
  expect(storyline).toContain(
    `${counts.entities} entities, ${counts.relations} relations from ${articlesBefore + 1} articles`,
  );
});
