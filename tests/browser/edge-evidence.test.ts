// Issue #4, test 3: clicking a drawn edge shows the sentences that support it, with their
// article; opening the article shows its text with the sentence marked; disputes and the count
// of independent sources are shown.

import type { Relation } from "../../graph-schema/index.js";
import { saveScreenshot } from "./support/artifacts.js";
import { article, relationBetween } from "./support/corpus.js";
import { clickEdge, highlightedEdges, layoutSettled, viewState } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";
import type { Page } from "playwright-core";

const suite = useExplorerSuite();

async function openEdge(page: Page, relation: Relation): Promise<void> {
  await layoutSettled(page);
  await clickEdge(page, relation.id);
  await page.getByTestId("edge-details").waitFor({ state: "visible" });
  expect((await viewState(page)).sel).toBe(`e:${relation.id}`);
}

/** A disputed relation that is the only edge between its two ends (nothing else to click by mistake). */
function loneDisputedRelation(relations: Relation[]): Relation {
  const pair = (r: Relation) => [r.source, r.target].sort().join(" ");
  const perPair = new Map<string, number>();
  for (const r of relations) perPair.set(pair(r), (perPair.get(pair(r)) ?? 0) + 1);
  const found = relations.find((r) => r.disputed && perPair.get(pair(r)) === 1);
  if (!found) throw new Error("the corpus has no disputed relation alone between its ends");
  return found;
}

test("clicking the Putin–Trump call shows its evidence sentences and their articles", async () => {
  const { dataset } = suite.server;
  const call = relationBetween(dataset, "CALLED", "donald-trump", "vladimir-putin");
  const page = await suite.open("/");
  await openEdge(page, call);
  expect(await highlightedEdges(page)).toContain(call.id);

  const items = page.getByTestId("evidence-item");
  expect(await items.count()).toBe(call.evidence.length);
  for (const [i, evidence] of call.evidence.entries()) {
    const item = items.nth(i);
    expect((await item.getByTestId("evidence-sentence").textContent())?.trim()).toBe(evidence.sentence);
    expect(await item.getByTestId("evidence-article").textContent()).toContain(
      article(dataset, evidence.article).title,
    );
  }
  // "N independent": the count the data derives (articles that rewrite another do not count).
  const independentText = (await page.getByTestId("independent-sources").textContent()) ?? "";
  expect(independentText).toMatch(/\d+\s+independent/i);
  expect(Number(/(\d+)\s+independent/i.exec(independentText)![1])).toBe(call.independentSources);
  expect(independentText).toContain(String(call.sources.length));
  await saveScreenshot(page, "edge-evidence");
});

test("open-article shows the article text with the evidence sentence marked", async () => {
  const { dataset } = suite.server;
  const call = relationBetween(dataset, "CALLED", "donald-trump", "vladimir-putin");
  const evidence = call.evidence[0]!;
  const page = await suite.open("/");
  await openEdge(page, call);
  await page.getByTestId("evidence-item").first().getByTestId("open-article").click();

  const view = page.getByTestId("article-view");
  await view.waitFor({ state: "visible" });
  const mark = view.getByTestId("article-highlight");
  expect((await mark.first().textContent())?.trim()).toBe(evidence.sentence);
  expect(await mark.first().evaluate((el) => el.tagName)).toBe("MARK");
  // The text around the sentence is the article's own text.
  const text = article(dataset, evidence.article).text;
  const after = text.slice(evidence.end, evidence.end + 80).trim();
  const viewText = (await view.textContent()) ?? "";
  expect(viewText.replace(/\s+/g, " ")).toContain(after.replace(/\s+/g, " "));
  await saveScreenshot(page, "article");
});

test("a disputed relation shows the question its sources disagree on", async () => {
  const { dataset } = suite.server;
  const relation = loneDisputedRelation(dataset.relations);
  const page = await suite.open("/");
  await openEdge(page, relation);
  const dispute = page.getByTestId("dispute");
  await dispute.first().waitFor({ state: "visible" });
  const shown = (await dispute.allTextContents()).join("\n");
  for (const id of relation.disputes) {
    const record = dataset.disputes.find((d) => d.id === id)!;
    expect(shown).toContain(record.question);
  }
});

test("an undisputed relation shows no dispute", async () => {
  const { dataset } = suite.server;
  const call = relationBetween(dataset, "CALLED", "donald-trump", "vladimir-putin");
  expect(call.disputed).toBe(false);
  const page = await suite.open("/");
  await openEdge(page, call);
  expect(await page.getByTestId("dispute").count()).toBe(0);
});
