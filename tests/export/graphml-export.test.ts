// GraphML: typed keys, scalar data, parallel edges, mutual relations; round-trips through
// graphology-graphml, and networkx reads the networkx flavour.

import { spawnSync } from "node:child_process";
import { MultiGraph } from "graphology";
import { parse } from "graphology-graphml";
import { NODE_LABEL_DEFS } from "../../graph-schema/index.js";
import { writeGraphml } from "../../server/export/graphml-export.js";
import { EDGE_COLUMNS, flatten, NODE_COLUMNS } from "../../server/export/flatten.js";
import { fixtureSubgraph, TRICKY_SENTENCE } from "./subgraph-fixture.js";

const subgraph = fixtureSubgraph();
const text = writeGraphml(subgraph);
const graph = parse(MultiGraph, text);

test("declares a typed key for every node, edge and graph attribute, with unique ids", () => {
  const keys = [...text.matchAll(/<key id="([^"]+)" for="(\w+)" attr\.name="([^"]+)" attr\.type="(\w+)"\/>/g)].map(
    (m) => m.slice(1),
  );
  expect(keys.filter(([, scope]) => scope === "node").map(([, , name, type]) => `${name}:${type}`)).toEqual(
    NODE_COLUMNS.map((c) => `${c.name}:${c.kind}`),
  );
  expect(keys.filter(([, scope]) => scope === "edge").map(([, , name, type]) => `${name}:${type}`)).toEqual(
    EDGE_COLUMNS.map((c) => `${c.name}:${c.kind}`),
  );
  expect(keys.filter(([, scope]) => scope === "graph").map(([, , name]) => name)).toEqual([
    "seeds",
    "truncated",
    "omitted_entities",
    "omitted_relations",
  ]);
  const ids = keys.map(([id]) => id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(keys.map(([, , , type]) => type))).toEqual(new Set(["string", "double", "int", "boolean"]));
});

test("is a directed graph in the GraphML namespace, keys before the graph", () => {
  expect(text).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns"/,
  );
  expect(text).toContain('<graph id="actorgraph" edgedefault="directed">');
  expect(text.lastIndexOf("<key ")).toBeLessThan(text.indexOf("<graph "));
});

test('mutual relations carry directed="false", directed ones nothing', () => {
  const edgeTags = [...text.matchAll(/<edge [^>]*>/g)].map((m) => m[0]);
  expect(edgeTags).toHaveLength(6);
  for (const tag of edgeTags) {
    expect(tag.includes('directed="false"')).toBe(tag.includes('id="r-call-1"') || tag.includes('id="r-call-2"'));
  }
});

test("escapes text and keeps the sentence exactly", () => {
  expect(text).toContain("&lt;remarkable&gt; offer &amp; a first, café included.");
  expect(graph.getEdgeAttribute("r-offer", "first_evidence")).toBe(TRICKY_SENTENCE);
});

test("round-trips through graphology-graphml: same counts, same attributes", () => {
  expect(graph.order).toBe(subgraph.nodes.length);
  expect(graph.size).toBe(subgraph.edges.length);
  for (const node of subgraph.nodes) {
    expect(graph.getNodeAttributes(node.key)).toEqual(flatten(node, NODE_COLUMNS));
  }
  for (const edge of subgraph.edges) {
    expect(graph.getEdgeAttributes(edge.key)).toEqual(flatten(edge, EDGE_COLUMNS));
    expect(graph.source(edge.key)).toBe(edge.source);
    expect(graph.target(edge.key)).toBe(edge.target);
  }
});

test("typed values come back typed", () => {
  expect(graph.getEdgeAttributes("r-offer")).toMatchObject({
    goldstein: 5,
    confidence: 0.8,
    evidence_count: 2,
    disputed: true,
    directed: true,
  });
  expect(graph.getEdgeAttributes("r-call-1")).toMatchObject({ directed: false, disputed: false });
  expect(graph.getEdgeAttributes("r-sanctions").goldstein).toBe(-8);
  expect(graph.getNodeAttribute("russia", "color")).toBe(NODE_LABEL_DEFS.State.colour);
  expect(graph.getNodeAttribute("dmitry-peskov", "aliases")).toBe("Dmitri Peskow; Дмитрий Песков");
});

test("parallel edges keep their own ids", () => {
  expect(graph.multi).toBe(true);
  expect(graph.edges("vladimir-putin", "donald-trump").sort()).toEqual(["r-call-1", "r-call-2", "r-talks"]);
});

test("graph-level data says which seeds and whether a limit cut the result", () => {
  expect(graph.getAttributes()).toMatchObject({
    id: "actorgraph",
    seeds: "vladimir-putin; russia",
    truncated: true,
    omitted_entities: 2,
    omitted_relations: 5,
  });
});

test("nulls are left out, not written as empty strings", () => {
  expect(graph.getEdgeAttributes("r-role")).not.toHaveProperty("goldstein");
  expect(graph.getEdgeAttributes("r-role")).not.toHaveProperty("date");
  expect(graph.getNodeAttributes("riyadh")).not.toHaveProperty("country");
  const riyadh = text.slice(
    text.indexOf('<node id="riyadh">'),
    text.indexOf("</node>", text.indexOf('<node id="riyadh">')),
  );
  expect(riyadh).not.toContain("n_country");
  // An empty string is a value, though: it stays, as an empty element.
  expect(graph.getNodeAttribute("donald-trump", "aliases")).toBe("");
});

test('the networkx flavour drops directed="false" but keeps the directed column', () => {
  const nx = writeGraphml(subgraph, "networkx");
  expect(nx).not.toContain('directed="false"');
  expect(parse(MultiGraph, nx).getEdgeAttribute("r-call-1", "directed")).toBe(false);
});

test("characters XML cannot hold are dropped", () => {
  const dirty = fixtureSubgraph();
  dirty.nodes[0]!.attributes.description = "a\u0000b\u001Fc\uFFFEd";
  expect(parse(MultiGraph, writeGraphml(dirty)).getNodeAttribute("vladimir-putin", "description")).toBe("abcd");
});

const NETWORKX_CHECK = `
import sys, networkx as nx
g = nx.parse_graphml(sys.stdin.read())
e = g.get_edge_data("russia", "united-states")
print(type(g).__name__, g.number_of_nodes(), g.number_of_edges(), g.nodes["russia"]["iso3"], list(e.values())[0]["goldstein"], list(e.values())[0]["disputed"])
`;
test("networkx reads the networkx flavour (and refuses the mixed standard one)", () => {
  const read = (body: string) => spawnSync("python3", ["-c", NETWORKX_CHECK], { input: body, encoding: "utf8" });
  const ok = read(writeGraphml(subgraph, "networkx"));
  // .ci/run installs networkx where a machine lacks it; say so rather than fail on a traceback.
  if (ok.error || /No module named .?networkx/.test(ok.stderr))
    throw new Error(
      `this test reads the export with networkx: install python3 and networkx (${ok.error ?? ok.stderr})`,
    );
  expect(ok.stderr).toBe("");
  expect(ok.stdout.trim()).toBe("MultiDiGraph 7 6 RUS 5.0 True");
  expect(read(text).stderr).toContain("directed=false edge found in directed graph");
});
