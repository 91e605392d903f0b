// Issue #13, items 2 and 3: a path answer agrees with what is drawn. The console's shortest-path
// example runs between entities only (as the Paths panel does), and Paths honours the active
// filters: no hop through a relation or an entity the filters hide.

import { ENTITY_TYPES, RELATION_TYPES } from "../../graph-schema/index.js";
import { eventually, visibleEdges, visibleNodes } from "./support/explorer.js";
import { useExplorerSuite } from "./support/suite.js";

const suite = useExplorerSuite();

interface ApiPaths {
  length: number | null;
  paths: { entities: string[]; relations: string[] }[];
}

async function apiPaths(from: string, to: string, filters: Record<string, string> = {}): Promise<ApiPaths> {
  const q = new URLSearchParams({ from, to, maxLength: "4", limit: "10", ...filters });
  const res = await fetch(`${suite.server.baseUrl}/api/paths?${q.toString()}`);
  expect(res.status).toBe(200);
  return (await res.json()) as ApiPaths;
}

test("the shortest-path example draws a path between entities, the one the Paths API gives", async () => {
  const page = await suite.open("/");
  await page
    .getByTestId("cypher-examples")
    .getByRole("button", { name: /Shortest path/ })
    .click();
  await page.getByTestId("cypher-table").waitFor({ state: "visible" });
  await page.getByTestId("cypher-show-graph").click();
  const articles = new Set(suite.server.dataset.articles.map((a) => a.id));
  const nodes = await eventually(
    () => visibleNodes(page),
    (ids) => ids.length > 0,
  );
  expect(nodes.filter((id) => articles.has(id))).toEqual([]);
  // Same ends and the same length as the Paths panel's source of truth.
  const expected = await apiPaths("donald-trump", "abbas-araghchi");
  expect(nodes).toEqual(expect.arrayContaining(["donald-trump", "abbas-araghchi"]));
  expect(await visibleEdges(page)).toHaveLength(expected.length!);
  expect(await page.getByTestId("cypher-table").textContent()).not.toMatch(/MENTIONS/);
});

test("with office relations hidden, Paths answers without them, as the API does with that filter", async () => {
  const { dataset } = suite.server;
  const role = dataset.relations.find((r) => r.type === "HOLDS_ROLE")!;
  const shown = RELATION_TYPES.filter((t) => t !== "HOLDS_ROLE");
  // Unfiltered, the office relation itself is the shortest path between its ends.
  expect((await apiPaths(role.source, role.target)).length).toBe(1);
  const expected = await apiPaths(role.source, role.target, { relationTypes: shown.join(",") });

  const page = await suite.open(`/?relationTypes=${shown.join(",")}&path=${role.source},${role.target}`);
  await page.getByTestId("path-result").waitFor({ state: "visible" });
  const hops = page.getByTestId("path-hop");
  const want = expected.paths.flatMap((p) => p.relations);
  const relations = await eventually(
    () => hops.evaluateAll((items) => items.map((li) => li.getAttribute("data-relation"))),
    (ids) => ids.length === want.length,
  );
  expect(relations).toEqual(want);
  const typeOf = new Map(dataset.relations.map((r) => [r.id, r.type]));
  expect(relations.filter((id) => typeOf.get(id!) === "HOLDS_ROLE")).toEqual([]);
  const visible = new Set(await visibleEdges(page));
  expect(relations.filter((id) => !visible.has(id!))).toEqual([]);

  // Showing office relations again asks again: the direct office relation is the answer.
  await page.goto(`${suite.server.baseUrl}/?path=${role.source},${role.target}`);
  await page.getByTestId("path-result").waitFor({ state: "visible" });
  expect(
    await eventually(
      () => hops.count(),
      (n) => n === 1,
    ),
  ).toBe(1);
});

test("with States hidden, Paths Trump → Araghchi does not pass through Iran, as the API says with that filter", async () => {
  const [from, to] = ["donald-trump", "abbas-araghchi"];
  // Unfiltered, the path goes through Iran.
  expect((await apiPaths(from, to)).paths.map((p) => p.entities)).toContainEqual([from, "iran", to]);
  const shown = ENTITY_TYPES.filter((l) => l !== "State").join(",");
  const expected = await apiPaths(from, to, { entityTypes: shown });

  const page = await suite.open(`/?entityTypes=${shown}&path=${from},${to}`);
  await page.getByTestId("path-result").waitFor({ state: "visible" });
  const want = expected.paths.flatMap((p) => p.relations);
  const relations = await eventually(
    () => page.getByTestId("path-hop").evaluateAll((items) => items.map((li) => li.getAttribute("data-relation"))),
    (ids) => ids.length === want.length,
  );
  expect(relations).toEqual(want);
  const touchesIran = new Set(
    suite.server.dataset.relations.filter((r) => r.source === "iran" || r.target === "iran").map((r) => r.id),
  );
  expect(relations.filter((id) => touchesIran.has(id!))).toEqual([]);
  expect(await page.getByTestId("path-result").locator("h3").allTextContents()).not.toContainEqual(
    expect.stringMatching(/Iran/),
  );
});
