// JSON: the serialized subgraph itself, pretty-printed, importable by graphology.

import { MultiGraph } from "graphology";
import { JSON_EXPORT } from "../../server/export/json-export.js";
import { fixtureSubgraph } from "./subgraph-fixture.js";

const subgraph = fixtureSubgraph();
const text = JSON_EXPORT.write(subgraph, {});

test("parses back to exactly the input", () => {
  expect(JSON.parse(text)).toEqual(subgraph);
});

test("is pretty-printed and ends with a newline", () => {
  expect(text).toBe(`${JSON.stringify(subgraph, null, 2)}\n`);
  expect(text.split("\n")[1]).toBe('  "options": {');
});

test("graphology imports it with mutual relations undirected and parallels kept", () => {
  const graph = new MultiGraph();
  graph.import(JSON.parse(text));
  expect(graph.order).toBe(7);
  expect(graph.size).toBe(6);
  expect(graph.isUndirected("r-call-1")).toBe(true);
  expect(graph.getEdgeAttribute("r-offer", "evidence")).toHaveLength(2);
});
