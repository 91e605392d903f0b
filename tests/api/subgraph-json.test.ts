// The subgraph response text: the same bytes as JSON.stringify() of the serialized subgraph, for
// records a store shares (frozen, their nodes written once) and for fresh ones alike.

import { loadCuratedDataset } from "../../server/dataset/curated.js";
import { openEmbeddedStore, type EmbeddedStore } from "../../server/store/embedded/embedded-store.js";
import { subgraphJson, toLeanSerializedSubgraph, toSerializedSubgraph } from "../../server/api/subgraph-json.js";

let store: EmbeddedStore;
beforeAll(async () => {
  store = await openEmbeddedStore({ path: ":memory:" });
  await store.load(await loadCuratedDataset());
});
afterAll(() => store.close());

const query = { seeds: ["vladimir-putin"], depth: 2, limit: 200 };
const attributes = { seeds: query.seeds, truncated: true, omittedEntities: 3, omittedRelations: 4 };

test("with evidence: the text JSON.stringify gives, shared and fresh records alike, every time", async () => {
  const sub = await store.subgraph(query);
  expect(sub.entities.every((e) => Object.isFrozen(e))).toBe(true);
  expect(new Set(sub.relations.map((r) => r.type)).size).toBeGreaterThan(3);
  const expected = JSON.stringify(toSerializedSubgraph(sub.entities, sub.relations, attributes));
  expect(subgraphJson(sub.entities, sub.relations, false, attributes)).toBe(expected);
  // The second time the shared records' nodes come from what the first wrote.
  expect(subgraphJson(sub.entities, sub.relations, false, attributes)).toBe(expected);
  const fresh = structuredClone(sub);
  expect(subgraphJson(fresh.entities, fresh.relations, false, attributes)).toBe(expected);
});

test("counted: the text of the lean subgraph, undirected edges marked", async () => {
  const sub = await store.subgraph({ ...query, evidence: "count" });
  const text = subgraphJson(sub.entities, sub.relations, true);
  expect(text).toBe(JSON.stringify(toLeanSerializedSubgraph(sub.entities, sub.relations)));
  expect(text).toContain('"undirected":true');
  expect(text).not.toContain('"evidence":');
});
