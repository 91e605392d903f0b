// Issue #4, test 8: expanding a node asks the API for its neighbours: nothing new when the
// overview already holds them; with a truncated overview (?limit=5) it adds the missing ones.

import { neighbours } from "./support/corpus.js";
import { chooseFromAutocomplete, eventually, graphNodeIds, viewState } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

test("on the full overview, expanding reports that nothing new was found", async () => {
  const page = await suite.open("/");
  const before = await graphNodeIds(page);
  await chooseFromAutocomplete(page, "search-input", "Peskow", "Dmitry Peskov");
  await page.getByTestId("expand").click();
  // The outcome is reported beside the button, where "N more" appears when capped.
  const report = page.getByTestId("expand-more");
  const text = await eventually(
    async () => (await report.textContent()) ?? "",
    (t) => /nothing new|no new|already/i.test(t),
  );
  expect(text).toMatch(/nothing new|no new|already/i);
  expect(await graphNodeIds(page)).toEqual(before);
});

test("with ?limit=5 the overview is truncated and expanding adds the node's neighbours", async () => {
  const { dataset } = suite.server;
  const page = await suite.open("/?limit=5");
  const before = await graphNodeIds(page);
  expect(before.length).toBeLessThanOrEqual(5);
  expect(before.length).toBeGreaterThan(0);
  expect(await page.getByTestId("status").textContent()).toMatch(/\d/);

  // The node to expand: one drawn whose neighbours are not all drawn yet.
  const seed = before.find((id) => neighbours(dataset, id).some((n) => !before.includes(n)));
  if (!seed) throw new Error("every drawn node already has all its neighbours drawn");
  const name = dataset.entities.find((e) => e.id === seed)!.name;
  await chooseFromAutocomplete(page, "search-input", name, name);
  expect((await viewState(page)).sel).toBe(seed);
  await page.getByTestId("expand").click();

  const after = await eventually(
    () => graphNodeIds(page),
    (ids) => ids.length > before.length,
  );
  // Expanding adds neighbours of the seed and nothing else.
  const allowed = new Set([...before, ...neighbours(dataset, seed)]);
  expect(after.filter((id) => !allowed.has(id))).toEqual([]);
  const missing = [...allowed].filter((id) => !after.includes(id));
  if (missing.length > 0)
    expect(await page.getByTestId("expand-more").textContent()).toContain(`${missing.length} more`);
  expect(String((await viewState(page)).expanded)).toContain(seed);
});
