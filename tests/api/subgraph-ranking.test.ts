// /api/subgraph without seeds under a limit: the best-connected entities are kept (ranked by their
// relations passing the filter, as /api/overview ranks actors), not the alphabetically first.

import request from "supertest";
import { SerializedSubgraph, type RelationType } from "../../graph-schema/index.js";
import { cutOf, relationCounts } from "../browser/support/best-connected.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
// Loading the corpus into Neo4j beside other test files can take longer than jest's default.
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(() => h?.close());

const LIMIT = 5;

const wholeGraph = async (query: Record<string, string | number>): Promise<SerializedSubgraph> =>
  SerializedSubgraph.parse((await request(h.app).get("/api/subgraph").query(query).expect(200)).body);

/** Every kept entity has at least as many relations as every entity left out. */
function expectBestConnected(kept: string[], counts: Map<string, number>): void {
  const cut = cutOf(kept, counts);
  expect({ ...cut, topSet: cut.fewestKept >= cut.mostLeftOut }).toEqual({ ...cut, topSet: true });
}

test("a limited whole graph keeps the entities with the most relations", async () => {
  const counts = relationCounts(h.dataset);
  const body = await wholeGraph({ limit: LIMIT });
  const kept = body.nodes.map((n) => n.key);
  expect(kept).toHaveLength(LIMIT);
  expectBestConnected(kept, counts);
  // Not the alphabetically first: the corpus's first ids are not its best connected.
  const alphabetical = [...counts.keys()].sort().slice(0, LIMIT);
  expect(kept.sort()).not.toEqual(alphabetical);
});

test("the kept entities come with every relation between them, and the cut is counted", async () => {
  const body = await wholeGraph({ limit: LIMIT });
  const kept = new Set(body.nodes.map((n) => n.key));
  const between = h.dataset.relations.filter((r) => kept.has(r.source) && kept.has(r.target));
  expect(body.edges.map((e) => e.key).sort()).toEqual(between.map((r) => r.id).sort());
  expect(body.attributes).toEqual({
    seeds: [],
    truncated: true,
    omittedEntities: h.dataset.entities.length - LIMIT,
    omittedRelations: h.dataset.relations.length - between.length,
  });
});

test("the ranking counts only the relations the filter lets through", async () => {
  const types: RelationType[] = ["MET", "CALLED"];
  const body = await wholeGraph({ limit: LIMIT, relationTypes: types.join(",") });
  expectBestConnected(
    body.nodes.map((n) => n.key),
    relationCounts(h.dataset, types),
  );
  expect(body.edges.every((e) => types.includes(e.attributes.relationType))).toBe(true);
});

test("a limit the whole graph fits in cuts nothing", async () => {
  const body = await wholeGraph({ limit: h.dataset.entities.length });
  expect(body.nodes).toHaveLength(h.dataset.entities.length);
  expect(body.edges).toHaveLength(h.dataset.relations.length);
  expect(body.attributes.truncated).toBe(false);
});
