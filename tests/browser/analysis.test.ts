// Issue #4, test 9: analysis modes. Community colouring really recolours the drawn nodes;
// betweenness sizing and the brokers list follow betweenness computed here on the same graph.

import { UndirectedGraph } from "graphology";
import { betweenness } from "graphology-metrics/centrality/index.js";
import { NODE_LABEL_DEFS, type EntityType } from "../../graph-schema/index.js";
import { saveScreenshot } from "./support/artifacts.js";
import { eventually, layoutSettled, viewState } from "./support/explorer.js";
import { colourNear, decodePng, hexToRgb } from "./support/pixels.js";
import { useExplorerSuite } from "./support/suite.js";
import type { Page } from "playwright-core";

const suite = useExplorerSuite();

interface DrawnNode {
  id: string;
  colour: string;
  size: number;
  x: number;
  y: number;
}

/** Colour and size sigma draws each node with (after reducers), and where. */
const drawnNodes = (page: Page): Promise<DrawnNode[]> =>
  page.evaluate(() => {
    const { graph, renderer, nodeViewportPosition } = window.__actorgraph;
    return graph.nodes().map((id) => {
      const data = renderer.getNodeDisplayData(id)!;
      const at = nodeViewportPosition(id);
      return { id, colour: data.color, size: data.size, x: at?.x ?? NaN, y: at?.y ?? NaN };
    });
  });

/** Betweenness over the corpus, ties of direction and parallel relations ignored. */
function corpusBetweenness(): Map<string, number> {
  const graph = new UndirectedGraph();
  for (const e of suite.server.dataset.entities) graph.addNode(e.id);
  for (const r of suite.server.dataset.relations) graph.mergeEdge(r.source, r.target);
  return new Map(Object.entries(betweenness(graph)));
}

test("colour mode community recolours the nodes by community, on the canvas too", async () => {
  const page = await suite.open("/");
  await layoutSettled(page);
  const typeOf = new Map(suite.server.dataset.entities.map((e) => [e.id, e.type as EntityType]));
  const before = await drawnNodes(page);
  for (const n of before) expect(n.colour.toLowerCase()).toBe(NODE_LABEL_DEFS[typeOf.get(n.id)!].colour.toLowerCase());

  await page.getByTestId("colour-mode").selectOption("community");
  const after = await eventually(
    () => drawnNodes(page),
    (nodes) => nodes.some((n, i) => n.colour !== before[i]!.colour),
  );
  expect((await viewState(page)).colour).toBe("community");
  // Communities are not the entity types: the colour classes differ from the type classes.
  const classes = (key: (n: DrawnNode) => string) =>
    new Set(
      after.map((n) =>
        after
          .filter((m) => key(m) === key(n))
          .map((m) => m.id)
          .join(),
      ),
    );
  expect(new Set(after.map((n) => n.colour)).size).toBeGreaterThan(1);
  expect(classes((n) => n.colour)).not.toEqual(classes((n) => typeOf.get(n.id)!));

  const image = decodePng(await saveScreenshot(page.getByTestId("graph"), "community-colouring"));
  const shown = after.filter((n) => colourNear(image, n.x, n.y, hexToRgb(n.colour)));
  expect(shown.length).toBeGreaterThanOrEqual(Math.ceil(after.length * 0.6));
});

test("size mode betweenness sizes brokers up, and the brokers list ranks them as computed", async () => {
  const scores = corpusBetweenness();
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const nameOf = new Map(suite.server.dataset.entities.map((e) => [e.id, e.name]));
  const page = await suite.open("/");
  await page.getByTestId("size-mode").selectOption("betweenness");
  expect((await viewState(page)).size).toBe("betweenness");

  const items = page.getByTestId("broker-item");
  await items.first().waitFor({ state: "visible" });
  const listed = (await items.allTextContents()).map((text) => {
    const match = ranked.find(([id]) => text.includes(nameOf.get(id)!));
    if (!match) throw new Error(`broker item "${text}" names no entity`);
    return match[0];
  });
  // The list is in non-increasing betweenness order and starts with the top broker.
  for (let i = 1; i < listed.length; i++) {
    expect(scores.get(listed[i - 1]!)! + 1e-9).toBeGreaterThanOrEqual(scores.get(listed[i]!)!);
  }
  expect(scores.get(listed[0]!)).toBeCloseTo(ranked[0]![1], 9);
  // What the data supports: Russia is one of the three biggest brokers, and listed among them.
  expect(ranked.slice(0, 3).map(([id]) => id)).toContain("russia");
  expect(listed.slice(0, 3)).toContain("russia");

  // The top broker is drawn at least as large as any node; a zero-betweenness node smaller.
  const drawn = await eventually(
    () => drawnNodes(page),
    (nodes) => new Set(nodes.map((n) => n.size)).size > 1,
  );
  const sizeOf = new Map(drawn.map((n) => [n.id, n.size]));
  const biggest = Math.max(...drawn.map((n) => n.size));
  expect(sizeOf.get(ranked[0]![0])).toBe(biggest);
  const leaf = ranked[ranked.length - 1]![0];
  expect(sizeOf.get(leaf)!).toBeLessThan(biggest);
});
