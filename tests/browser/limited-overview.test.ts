// Issue #13, item 10: with ?limit=5 the overview shows the best-connected entities (the server
// ranks them), and an entity's relation list names the other ends even when they are not loaded.

import { cutOf, relationCounts } from "./support/best-connected.js";
import { entityName, neighbours, sorted } from "./support/corpus.js";
import { chooseFromAutocomplete, graphNodeIds, visibleNodes } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();
const LIMIT = 5;

test("?limit=5 shows the five entities with the most relations", async () => {
  const { dataset } = suite.server;
  const page = await suite.open(`/?limit=${LIMIT}`);
  const shown = await graphNodeIds(page);
  expect(shown).toHaveLength(LIMIT);
  expect(await visibleNodes(page)).toEqual(sorted(shown));
  const cut = cutOf(shown, relationCounts(dataset));
  expect({ ...cut, topSet: cut.fewestKept >= cut.mostLeftOut }).toEqual({ ...cut, topSet: true });
});

test("an entity's relations name the other ends the limited overview did not load", async () => {
  const { dataset } = suite.server;
  const id = "abbas-araghchi";
  const page = await suite.open(`/?limit=${LIMIT}`);
  const loaded = new Set(await graphNodeIds(page));
  const unloaded = neighbours(dataset, id).filter((other) => !loaded.has(other));
  // The case the audit saw: Lavrov is one of Araghchi's neighbours and not in the graph.
  expect(unloaded).toContain("sergei-lavrov");

  const name = entityName(dataset, id);
  await chooseFromAutocomplete(page, "search-input", "araghchi", name);
  const others = page.getByTestId("entity-relations").locator(".relation-item .other");
  await others.first().waitFor({ state: "visible" });
  const written = await others.allTextContents();
  expect(written.length).toBeGreaterThan(0);
  const ids = new Set(dataset.entities.map((e) => e.id));
  expect(written.filter((text) => ids.has(text))).toEqual([]);
  expect(written).toContain(entityName(dataset, "sergei-lavrov"));

  // A relation opened from that list names that end too (selecting it brings its ends into the graph).
  await others
    .filter({ hasText: entityName(dataset, "sergei-lavrov") })
    .first()
    .click();
  const heading = page.getByTestId("edge-details").locator(".relation-line .entity-link");
  await heading.first().waitFor({ state: "visible" });
  expect(await heading.allTextContents()).toContain(entityName(dataset, "sergei-lavrov"));
  expect((await heading.allTextContents()).filter((text) => ids.has(text))).toEqual([]);
});
