// Issue #4, test 2: searching by an alias finds the entity; choosing it selects the node, shows
// its details with every alias, and highlights exactly the node and its neighbours.

import { saveScreenshot } from "./support/artifacts.js";
import { neighbours, sorted } from "./support/corpus.js";
import { chooseFromAutocomplete, eventually, highlightedNodes, layoutSettled, viewState } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();
const PESKOV = "dmitry-peskov";

function peskov() {
  const entity = suite.server.dataset.entities.find((e) => e.id === PESKOV);
  if (!entity) throw new Error(`${PESKOV} is not in the corpus`);
  return entity;
}

test('"Peskow" finds Dmitry Peskov and names the alias it matched', async () => {
  const page = await suite.open("/");
  expect(peskov().aliases).toContain("Peskow");
  await page.getByTestId("search-input").fill("Peskow");
  const option = page.getByTestId("search-option").filter({ hasText: "Dmitry Peskov" }).first();
  await option.waitFor({ state: "visible" });
  expect(await option.textContent()).toContain("Peskow");
  expect(await page.getByRole("option").filter({ hasText: "Dmitry Peskov" }).count()).toBeGreaterThan(0);
});

test("choosing Peskov selects him, lists his aliases and relations, and highlights his neighbours", async () => {
  const page = await suite.open("/");
  await layoutSettled(page);
  await chooseFromAutocomplete(page, "search-input", "Peskow", "Dmitry Peskov");

  const expected = sorted([PESKOV, ...neighbours(suite.server.dataset, PESKOV)]);
  expect(
    await eventually(
      () => highlightedNodes(page),
      (ids) => ids.length === expected.length,
    ),
  ).toEqual(expected);
  expect((await viewState(page)).sel).toBe(PESKOV);

  const details = page.getByTestId("entity-details");
  await details.waitFor({ state: "visible" });
  expect(await details.textContent()).toContain("Dmitry Peskov");
  const aliases = await page.getByTestId("entity-aliases").textContent();
  for (const alias of peskov().aliases) expect(aliases).toContain(alias);

  const relationsText = await page.getByTestId("entity-relations").textContent();
  const types = new Set(
    suite.server.dataset.relations.filter((r) => r.source === PESKOV || r.target === PESKOV).map((r) => r.type),
  );
  for (const type of types) expect(relationsText?.toUpperCase().replace(/[\s_]+/g, "_")).toContain(type);
  await saveScreenshot(page, "search-selected");
});
