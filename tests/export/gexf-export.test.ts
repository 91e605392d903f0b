// GEXF: parses back with graphology-gexf to the same graph, and is what Gephi expects.

import { MultiGraph } from "graphology";
import { parse } from "graphology-gexf";
import { FAMILY_COLOURS, NODE_LABEL_DEFS } from "../../graph-schema/index.js";
import { writeGexf } from "../../server/export/gexf-export.js";
import { fixtureSubgraph, hexToRgb, TRICKY_SENTENCE } from "./subgraph-fixture.js";

const subgraph = fixtureSubgraph();
const text = writeGexf(subgraph);
const graph = parse(MultiGraph, text);

test("is GEXF 1.2 with proper namespaces and the schema location", () => {
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(text).toContain('<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft"');
  expect(text).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
  expect(text).toContain('xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"');
  expect(text).not.toContain("http:///");
});

test("meta names the creator and describes the subgraph, nothing else", () => {
  expect(text).toMatch(
    /<meta>\s*<creator>actorgraph<\/creator>\s*<description>actorgraph subgraph: 7 entities, 6 relations; seeds: vladimir-putin, russia \(truncated\)<\/description>\s*<\/meta>/,
  );
});

test("directed throughout, as networkx requires; mutual relations say directed=false", () => {
  // networkx's reader refuses an edge whose type differs from defaultedgetype (the whole file is
  // read as one directed or one undirected graph).
  expect(text).toContain('<graph defaultedgetype="directed">');
  const edgeLines = text.split("\n").filter((line) => line.includes("<edge "));
  expect(edgeLines).toHaveLength(6);
  expect(edgeLines.filter((line) => / type="/.test(line))).toEqual([]);
  for (const id of ["r-call-1", "r-call-2"]) expect(graph.getEdgeAttribute(id, "directed")).toBe(false);
  expect(graph.getEdgeAttribute("r-talks", "directed")).toBe(true);
});

test("attributes are declared with types", () => {
  const declared = (cls: string) =>
    text.slice(
      text.indexOf(`<attributes class="${cls}">`),
      text.indexOf("</attributes>", text.indexOf(`<attributes class="${cls}">`)),
    );
  expect(declared("node")).toContain('<attribute id="entity_type" title="entity_type" type="string"/>');
  // Whole numbers only in this subgraph, still declared double so every export agrees.
  expect(declared("edge")).toContain('<attribute id="goldstein" title="goldstein" type="double"/>');
  expect(declared("edge")).toContain('<attribute id="confidence" title="confidence" type="double"/>');
  expect(declared("edge")).toContain('<attribute id="evidence_count" title="evidence_count" type="integer"/>');
  expect(declared("edge")).toContain('<attribute id="disputed" title="disputed" type="boolean"/>');
  expect(declared("edge")).toContain('<attribute id="directed" title="directed" type="boolean"/>');
  // Lists are flattened, so no list types appear.
  expect(text).not.toMatch(/type="list/);
});

test("1.2 has no edge kind (a 1.3 attribute)", () => {
  expect(text).not.toMatch(/<edge [^>]*kind=/);
});

test("parses back to the same nodes with labels, colours and attributes", () => {
  expect(graph.order).toBe(subgraph.nodes.length);
  for (const node of subgraph.nodes) {
    const parsed = graph.getNodeAttributes(node.key);
    expect(parsed.label).toBe(node.attributes.label);
    expect(parsed.color).toBe(hexToRgb(NODE_LABEL_DEFS[node.attributes.entityType].colour));
    expect(parsed.entity_type).toBe(node.attributes.entityType);
    if (node.attributes.aliases.length) expect(parsed.aliases).toBe(node.attributes.aliases.join("; "));
    else expect(parsed).not.toHaveProperty("aliases");
  }
  expect(graph.getNodeAttributes("dmitry-peskov").aliases).toBe("Dmitri Peskow; Дмитрий Песков");
  expect(graph.getNodeAttributes("dmitry-peskov").description).toBe('Kremlin spokesman; "Putin\'s voice"');
  expect(graph.getNodeAttributes("russia").iso3).toBe("RUS");
  expect(graph.getNodeAttributes("riyadh")).not.toHaveProperty("country");
});

test("parses back to the same edges: direction, parallels, colours, flattened evidence", () => {
  expect(graph.size).toBe(subgraph.edges.length);
  expect(graph.multi).toBe(true);
  expect(graph.isDirected("r-call-1")).toBe(true);
  expect(graph.isDirected("r-talks")).toBe(true);
  expect(graph.edges("vladimir-putin", "donald-trump").sort()).toEqual(["r-call-1", "r-call-2", "r-talks"]);
  const offer = graph.getEdgeAttributes("r-offer");
  expect(offer).toMatchObject({
    label: "offered mediation",
    relation_type: "OFFERED_MEDIATION",
    family: "verbal-cooperation",
    directed: true,
    date: "2025-02",
    topic: "talks with Iran",
    cameo: "039",
    goldstein: 5,
    confidence: 0.8,
    sources: "a1; a2",
    evidence_count: 2,
    first_evidence: TRICKY_SENTENCE,
    disputed: true,
    disputes: "who-initiated; white-house-comment",
    color: hexToRgb(FAMILY_COLOURS["verbal-cooperation"]),
  });
  expect(graph.source("r-offer")).toBe("russia");
  expect(graph.target("r-offer")).toBe("united-states");
  expect(graph.getEdgeAttributes("r-sanctions").goldstein).toBe(-8);
  expect(graph.getEdgeAttributes("r-role")).toMatchObject({
    role: "spokesperson",
    color: hexToRgb(FAMILY_COLOURS.structural),
  });
  expect(graph.getEdgeAttributes("r-role")).not.toHaveProperty("goldstein");
});

test("GEXF 1.3 adds the relation type as edge kind, so Gephi keeps parallel edges of different types", () => {
  const v13 = writeGexf(subgraph, "1.3");
  expect(v13).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
  const parsed = parse(MultiGraph, v13);
  expect(parsed.getEdgeAttribute("r-talks", "kind")).toBe("SEEKS_TALKS");
  expect(parsed.getEdgeAttribute("r-call-1", "kind")).toBe("CALLED");
  expect(parsed.getNodeAttribute("russia", "color")).toBe(NODE_LABEL_DEFS.State.colour);
});

test("characters XML cannot hold are dropped, the rest kept", () => {
  const dirty = fixtureSubgraph();
  dirty.nodes[0]!.attributes.label = "Vladimir\u0000 Putin\u0007";
  dirty.edges[0]!.attributes.evidence[0]!.sentence = "bell\u0007 and tab\tend \ud800";
  const parsed = parse(MultiGraph, writeGexf(dirty));
  expect(parsed.getNodeAttribute("vladimir-putin", "label")).toBe("Vladimir Putin");
  expect(parsed.getEdgeAttribute("r-offer", "first_evidence")).toBe("bell and tab\tend ");
});

test("an empty subgraph still writes a valid file", () => {
  const empty = { ...fixtureSubgraph(), nodes: [], edges: [] };
  const parsed = parse(MultiGraph, writeGexf(empty));
  expect(parsed.order).toBe(0);
});

test("a drawing (the explorer's view) adds each entity's position and size, and its drawn colour", () => {
  const drawing = new Map([["russia", { x: 1.5, y: -2, size: 12, colour: "#123456" }]]);
  const drawn = parse(MultiGraph, writeGexf(subgraph, "1.2", drawing));
  expect(drawn.getNodeAttributes("russia")).toMatchObject({ x: 1.5, y: -2, size: 12, color: "rgb(18,52,86)" });
  expect(drawn.getNodeAttributes("riyadh")).not.toHaveProperty("x");
});
