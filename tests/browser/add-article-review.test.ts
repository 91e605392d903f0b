// Issue #14, item 5: the analyst decides before anything is merged. In the Add-article preview
// one relation is unticked (from the keyboard) and another's type corrected; Add sends that
// review, and the graph then shows the corrected relation and not the rejected one.

import type { Page, Response } from "playwright-core";
import type { IngestReport } from "../../graph-schema/index.js";
import { saveScreenshot } from "./support/artifacts.js";
import { eventually, graphEdgeIds } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const API_KEY = "browser-test-key";
const suite = useExplorerSuite({ ACTORGRAPH_API_KEY: API_KEY });

const ARTICLE = {
  title: "Lavrov meets Rubio; Kremlin backs talks",
  published: "2025-04-02",
  text:
    "Russian Foreign Minister Sergei Lavrov met US Secretary of State Marco Rubio in Riyadh on Tuesday. " +
    "Kremlin spokesman Dmitry Peskov said Russia supports talks between the United States and Iran.",
};

const isIngest = (response: Response) =>
  response.request().method() === "POST" && new URL(response.url()).pathname === "/api/articles";

async function preview(page: Page): Promise<IngestReport> {
  await page.getByTestId("add-article").click();
  await page.getByTestId("ingest-title").fill(ARTICLE.title);
  await page.getByTestId("ingest-published").fill(ARTICLE.published);
  await page.getByTestId("ingest-text").fill(ARTICLE.text);
  await page.getByTestId("ingest-api-key").fill(API_KEY);
  const [response] = await Promise.all([page.waitForResponse(isIngest), page.getByTestId("ingest-preview").click()]);
  expect(response.status()).toBe(200);
  await page.getByTestId("ingest-review").waitFor({ state: "visible" });
  return (await response.json()) as IngestReport;
}

const edgeType = (page: Page, id: string): Promise<unknown> =>
  page.evaluate((edge) => window.__actorgraph.graph.getEdgeAttribute(edge, "relationType"), id);

test("untick one relation and correct another's type: the graph shows the correction, not the rejection", async () => {
  const page = await suite.open("/");
  const report = await preview(page);
  const met = report.relations.findIndex((r) => r.type === "MET");
  const supports = report.relations.findIndex((r) => r.type === "SUPPORTS" && r.status === "new");
  expect(met).toBeGreaterThanOrEqual(0);
  expect(supports).toBeGreaterThanOrEqual(0);
  const rejected = report.relations[met]!;
  const retyped = report.relations[supports]!;

  // Every entity and relation starts ticked; the controls are named for what they keep.
  const boxes = page.getByTestId("ingest-review").getByRole("checkbox");
  expect(await boxes.count()).toBe(report.entities.length + report.relations.length);
  for (const box of await boxes.all()) expect(await box.isChecked()).toBe(true);
  const keepMet = page.getByRole("checkbox", { name: "Keep Sergei Lavrov MET Marco Rubio" });
  await keepMet.focus();
  await page.keyboard.press("Space");
  expect(await keepMet.isChecked()).toBe(false);
  expect(await page.getByTestId(`review-relation-${met}-type`).isDisabled()).toBe(true);

  const type = page.getByRole("combobox", { name: "Type of Russia SUPPORTS United States" });
  const offered = await type.locator("option").allTextContents();
  expect(offered).toContain("URGED");
  expect(offered).not.toContain("LOCATED_IN"); // a State cannot be located in a State
  await type.selectOption("URGED");
  await saveScreenshot(page, "add-article-review");

  const [response] = await Promise.all([page.waitForResponse(isIngest), page.getByTestId("ingest-submit").click()]);
  expect(response.status()).toBe(201);
  expect(JSON.parse(response.request().postData() ?? "{}").review).toEqual({
    rejectedEntities: [],
    rejectedRelations: [rejected.extracted.key],
    corrections: [{ relation: retyped.extracted.key, type: "URGED" }],
  });
  const added = (await response.json()) as IngestReport;
  expect(added.relations.map((r) => r.extracted.key)).not.toContain(rejected.extracted.key);
  const corrected = added.relations.find((r) => r.extracted.key === retyped.extracted.key);
  expect(corrected).toMatchObject({ type: "URGED", source: "russia", target: "united-states", corrected: true });

  const edges = await eventually(
    () => graphEdgeIds(page),
    (ids) => ids.includes(corrected!.id),
  );
  expect(edges).toContain(corrected!.id);
  expect(await edgeType(page, corrected!.id)).toBe("URGED");
  expect(edges).not.toContain(rejected.id);
  expect(edges).not.toContain(retyped.id);
  await page.getByTestId("ingest-review-note").waitFor({ state: "visible" });
});
