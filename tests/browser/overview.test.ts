// Issue #4, test 1: the overview draws the whole curated graph: every entity and relation is in
// the drawn graph, the canvas really shows nodes in their type's colour, and the layout settles
// (it ran, and the drawing no longer moves once it says it is done).

import { ENTITY_TYPES, NODE_LABEL_DEFS } from "../../graph-schema/index.js";
import { saveScreenshot } from "./support/artifacts.js";
import { entityIds, relationIds, sorted } from "./support/corpus.js";
import { graphEdgeIds, graphNodeIds, layoutSettled } from "./support/explorer.js";
import { backgroundColour, colourNear, countPixelsUnlike, decodePng, hexToRgb } from "./support/pixels.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

test("the overview holds every entity and relation of the corpus and the layout settles", async () => {
  const page = await suite.open("/");
  const { dataset } = suite.server;
  expect(await page.evaluate(() => window.__actorgraph.graph.order)).toBe(dataset.entities.length);
  expect(await graphNodeIds(page)).toEqual(sorted(entityIds(dataset)));
  expect(await graphEdgeIds(page)).toEqual(sorted(relationIds(dataset.relations)));
  // The layout ran, and once it reports done the drawing stays where it is.
  const ms = await layoutSettled(page);
  expect(ms).toBeGreaterThan(0);
  const positions = () =>
    page.evaluate(() => window.__actorgraph.graph.nodes().map((id) => window.__actorgraph.graph.getNodeAttributes(id)));
  const settled = await positions();
  await new Promise((resolve) => setTimeout(resolve, 600));
  expect(await positions()).toEqual(settled);
  expect(await page.evaluate(() => document.body.dataset.state)).toBe("ready");
});

test("the canvas shows the nodes, each in its entity type's colour where the hooks say it is", async () => {
  const page = await suite.open("/");
  await layoutSettled(page);
  const image = decodePng(await saveScreenshot(page.getByTestId("graph"), "overview"));
  await saveScreenshot(page, "overview-page");

  // Something substantial is drawn: at least 1 % of the canvas differs from its background.
  const drawn = countPixelsUnlike(image, backgroundColour(image), 16);
  expect(drawn).toBeGreaterThan(image.width * image.height * 0.01);

  const positions = await page.evaluate(() =>
    window.__actorgraph.graph.nodes().map((id) => ({ id, at: window.__actorgraph.nodeViewportPosition(id) })),
  );
  expect(positions.filter((p) => p.at === null).map((p) => p.id)).toEqual([]);
  const labelOf = new Map(suite.server.dataset.entities.map((e) => [e.id, e.type]));
  for (const label of ENTITY_TYPES) {
    const colour = hexToRgb(NODE_LABEL_DEFS[label].colour);
    const ofLabel = positions.filter((p) => labelOf.get(p.id) === label);
    const coloured = ofLabel.filter((p) => colourNear(image, p.at!.x, p.at!.y, colour));
    // A node may sit under another node or a label; most must show their own colour.
    expect({ label, coloured: coloured.length >= Math.ceil(ofLabel.length * 0.6) }).toEqual({ label, coloured: true });
  }
});
