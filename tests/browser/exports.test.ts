// Issue #4, test 11: exports. The PNG is a real, non-empty image; GEXF and JSON hold exactly
// the nodes and edges shown after a filter; the GEXF is valid and carries the drawing.

import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
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
