// The explorer served from Neo4j (this file runs in the "neo4j" jest project only): the overview
// draws the whole corpus, search finds an entity by an alias, a relation's evidence opens, and a
// Cypher query is shown as a graph — the same page code as on the embedded engine.

import { saveScreenshot } from "./support/artifacts.js";
import { relationBetween, sorted } from "./support/corpus.js";
import {
  chooseFromAutocomplete,
  clickEdge,
  eventually,
  graphNodeIds,
  layoutSettled,
  typeCypher,
  viewState,
  visibleNodes,
} from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

test("served from Neo4j: overview, search, a relation's evidence and a Cypher graph", async () => {
  const { dataset } = suite.server;
  expect((await suite.server.store.describe()).engine).toBe("neo4j");
  const page = await suite.open("/");
  await layoutSettled(page);
  expect(sorted(await graphNodeIds(page))).toEqual(sorted(dataset.entities.map((e) => e.id)));
  await saveScreenshot(page, "neo4j-overview");

  // The relation first, on the settled overview (a search flies the camera away from it).
  const call = relationBetween(dataset, "CALLED", "donald-trump", "vladimir-putin");
  await clickEdge(page, call.id);
  await page.getByTestId("edge-details").waitFor({ state: "visible" });
  expect(await page.getByTestId("evidence-item").count()).toBe(call.evidence.length);
  expect((await page.getByTestId("evidence-sentence").first().textContent())?.trim()).toBe(call.evidence[0]!.sentence);
  await saveScreenshot(page, "neo4j-evidence");

  await chooseFromAutocomplete(page, "search-input", "Peskow", "Dmitry Peskov");
  expect((await viewState(page)).sel).toBe("dmitry-peskov");

  const roles = dataset.relations.filter((r) => r.type === "HOLDS_ROLE");
  await typeCypher(page, "MATCH (p:Person)-[r:HOLDS_ROLE]->(s) RETURN p, r, s");
  await page.keyboard.press("Control+Enter");
  const showGraph = page.getByTestId("cypher-show-graph");
  await showGraph.waitFor({ state: "visible" });
  await showGraph.click();
  const expected = sorted(new Set(roles.flatMap((r) => [r.source, r.target])));
  expect(
    await eventually(
      () => visibleNodes(page),
      (ids) => ids.join() === expected.join(),
    ),
  ).toEqual(expected);
  await saveScreenshot(page, "neo4j-cypher-graph");
});
