// Issue #4, test 6: the path finder between two entities shows one hop per relation of a
// shortest path, each with its evidence, and highlights exactly that path's relations.

import { UndirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted.js";
import { saveScreenshot } from "./support/artifacts.js";
import { entityName, sorted } from "./support/corpus.js";
import { chooseFromAutocomplete, eventually, highlightedEdges, highlightedNodes } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();
const FROM = "donald-trump";
const TO = "abbas-araghchi";

/** Length (in relations) of a shortest path over the corpus, direction ignored. */
function shortestLength(): number {
  const graph = new UndirectedGraph();
  for (const e of suite.server.dataset.entities) graph.addNode(e.id);
  for (const r of suite.server.dataset.relations) graph.mergeEdge(r.source, r.target);
  const path = bidirectional(graph, FROM, TO);
  if (!path) throw new Error(`no path from ${FROM} to ${TO} in the corpus`);
  return path.length - 1;
}

test("Trump to Araghchi: the hops of a shortest path, with evidence, are what is highlighted", async () => {
  const { dataset } = suite.server;
  const page = await suite.open("/");
  await chooseFromAutocomplete(page, "path-from", "Trump", entityName(dataset, FROM));
  await chooseFromAutocomplete(page, "path-to", "Araghchi", entityName(dataset, TO));
  await page.getByTestId("path-find").click();
  await page.getByTestId("path-result").waitFor({ state: "visible" });

  const length = shortestLength();
  const hops = page.getByTestId("path-hop");
  expect(
    await eventually(
      () => hops.count(),
      (n) => n === length,
    ),
  ).toBe(length);
  const edges = await eventually(
    () => highlightedEdges(page),
    (ids) => ids.length === length,
  );
  expect(edges).toHaveLength(length);

  // The highlighted relations chain FROM to TO, one hop each, and hop i shows relation i's evidence.
  const remaining = edges.map((id) => dataset.relations.find((r) => r.id === id)!);
  expect(remaining.every(Boolean)).toBe(true);
  const hopTexts = await hops.allTextContents();
  let at = FROM;
  const visited = [FROM];
  for (const hopText of hopTexts) {
    const next = remaining.find((r) => r.source === at || r.target === at);
    if (!next) throw new Error(`no highlighted relation continues the path from ${at}`);
    remaining.splice(remaining.indexOf(next), 1);
    at = next.source === at ? next.target : next.source;
    visited.push(at);
    expect(next.evidence.some((e) => hopText.includes(e.sentence))).toBe(true);
  }
  expect(at).toBe(TO);
  expect(await highlightedNodes(page)).toEqual(sorted(visited));
  await saveScreenshot(page, "path");
});
