// Issue #4, test 11: exports. The PNG is a real, non-empty image; GEXF and JSON hold exactly
// the nodes and edges shown after a filter; the GEXF is valid and carries the drawing; the JSON
// is what the server's JSON writer writes for those nodes and edges, and networkx opens it.

import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { SerializedSubgraph } from "../../graph-schema/index.js";
import { writeJson } from "../../server/export/index.js";
import { sorted } from "./support/corpus.js";
import { eventually, showFilters, visibleEdges, visibleNodes } from "./support/explorer.js";
import { backgroundColour, countPixelsUnlike, decodePng } from "./support/pixels.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();
const FILTERED_TYPE = "SEEKS_TALKS";

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Opens the overview with one relation type filtered out and one entity type hidden. */
async function filteredView(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  const { relations } = suite.server.dataset;
  expect(relations.some((r) => r.type === FILTERED_TYPE)).toBe(true);
  await page.getByTestId("legend-entity-Place").click();
  await showFilters(page);
  await page.getByTestId(`filter-type-${FILTERED_TYPE}`).uncheck();
  const edges = await eventually(
    () => visibleEdges(page),
    (ids) => !ids.some((id) => relations.find((r) => r.id === id)?.type === FILTERED_TYPE),
  );
  expect(edges.length).toBeLessThan(relations.length);
  return { nodes: await visibleNodes(page), edges };
}

test("export-png downloads a PNG that decodes to a drawn image", async () => {
  const page = await suite.open("/");
  await page.evaluate(() => window.__actorgraph.layoutDone());
  const { name, bytes } = await download(page, "export-png");
  expect(name).toMatch(/\.png$/);
  const image = decodePng(bytes);
  expect(image.width).toBeGreaterThan(100);
  expect(image.height).toBeGreaterThan(100);
  expect(countPixelsUnlike(image, backgroundColour(image), 16)).toBeGreaterThan(image.width * image.height * 0.005);
});

test("export-json holds exactly the nodes and edges shown after a filter", async () => {
  const page = await suite.open("/");
  const shown = await filteredView(page);
  const { name, bytes } = await download(page, "export-json");
  expect(name).toMatch(/\.json$/);
  const body = JSON.parse(bytes.toString("utf8")) as {
    nodes: { key?: string; id?: string }[];
    edges: { key?: string; id?: string }[];
  };
  expect(sorted(body.nodes.map((n) => n.key ?? n.id ?? ""))).toEqual(shown.nodes);
  expect(sorted(body.edges.map((e) => e.key ?? e.id ?? ""))).toEqual(shown.edges);
});

test("export-gexf holds exactly the nodes and edges shown after a filter", async () => {
  const page = await suite.open("/");
  const shown = await filteredView(page);
  const { name, bytes } = await download(page, "export-gexf");
  expect(name).toMatch(/\.gexf$/);
  const xml = bytes.toString("utf8");
  expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<gexf/);
  const ids = (tag: string) => [...xml.matchAll(new RegExp(`<${tag}\\s[^>]*?\\bid="([^"]*)"`, "g"))].map((m) => m[1]!);
  expect(sorted(ids("node"))).toEqual(shown.nodes);
  expect(sorted(ids("edge"))).toEqual(shown.edges);
  // Issue #13, item 9: the server's writer, so a valid viz namespace (colours, sizes and positions
  // reach Gephi) and one edge direction for the whole file (networkx refuses mixed graphs).
  expect(xml).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
  expect(xml).not.toContain("http:///");
  expect(xml).toContain('<graph defaultedgetype="directed">');
  expect(xml).not.toMatch(/<edge [^>]*\btype="undirected"/);
  const drawn = (tag: string) => (xml.match(new RegExp(`<viz:${tag} `, "g")) ?? []).length;
  expect({ positions: drawn("position"), sizes: drawn("size") }).toEqual({
    positions: shown.nodes.length,
    sizes: shown.nodes.length,
  });
});

/** The server's export of the whole graph, cut down to the given nodes and the given edges. */
async function serverSubgraph(shown: { nodes: string[]; edges: string[] }): Promise<SerializedSubgraph> {
  const res = await fetch(`${suite.server.baseUrl}/api/export?format=json`);
  if (!res.ok) throw new Error(`/api/export: HTTP ${res.status}`);
  // Checked against the schema, but used as sent: zod's parse would reorder the keys.
  const whole = (await res.json()) as SerializedSubgraph;
  SerializedSubgraph.parse(whole);
  const [nodes, edges] = [new Set(shown.nodes), new Set(shown.edges)];
  return {
    ...whole,
    // What a subgraph cut by the view says about itself: no seeds, nothing omitted.
    attributes: { seeds: [], truncated: false, omittedEntities: 0, omittedRelations: 0 },
    nodes: whole.nodes.filter((n) => nodes.has(n.key)),
    edges: whole.edges.filter((e) => edges.has(e.key)),
  };
}

/** Reads a graphology JSON export with networkx; prints the graph's class, order, size and a label. */
const NETWORKX_READ = `
import json, sys, networkx as nx
data = json.load(sys.stdin)
g = nx.node_link_graph(data, directed=True, multigraph=True, name="key", edges="edges")
first = data["nodes"][0]["key"]
print(json.dumps([type(g).__name__, g.number_of_nodes(), g.number_of_edges(), g.nodes[first]["attributes"]["label"]]))
`;

test("export-json is the server's JSON writer on the shown nodes and edges, and networkx opens it", async () => {
  const page = await suite.open("/");
  const shown = await filteredView(page);
  const { bytes } = await download(page, "export-json");
  const text = bytes.toString("utf8");
  const expected = await serverSubgraph(shown);
  expect(text).toBe(writeJson(expected));

  const python = spawnSync("python3", ["-c", NETWORKX_READ], { input: text, encoding: "utf8", timeout: 30_000 });
  if (python.error || /No module named .?networkx/.test(python.stderr))
    throw new Error(
      `this test reads the export with networkx: install python3 and networkx (${python.error ?? python.stderr})`,
    );
  expect(python.stderr).toBe("");
  const firstNode = expected.nodes[0]!;
  expect(JSON.parse(python.stdout)).toEqual([
    "MultiDiGraph",
    shown.nodes.length,
    shown.edges.length,
    firstNode.attributes.label,
  ]);
});
