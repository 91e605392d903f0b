// Flattening to scalars: lists joined, evidence summarised, colours from the schema.

import { FAMILY_COLOURS, NODE_LABEL_DEFS } from "../../graph-schema/index.js";
import {
  EDGE_COLUMNS,
  edgeColour,
  flatten,
  isMutual,
  joinList,
  NODE_COLUMNS,
  nodeColour,
} from "../../server/export/flatten.js";
import { fixtureSubgraph, TRICKY_SENTENCE } from "./subgraph-fixture.js";

const { nodes, edges } = fixtureSubgraph();
const edge = (key: string) => edges.find((e) => e.key === key)!;

test("lists are joined with '; '", () => {
  expect(joinList(["a", "b c"])).toBe("a; b c");
  expect(joinList([])).toBe("");
  expect(joinList(undefined)).toBe("");
});

test("a relation is mutual when its edge is undirected or its type is", () => {
  expect(isMutual(edge("r-call-1"))).toBe(true);
  expect(isMutual(edge("r-offer"))).toBe(false);
  expect(isMutual({ ...edge("r-offer"), undirected: true })).toBe(true);
  expect(isMutual({ ...edge("r-offer"), attributes: { ...edge("r-offer").attributes, directed: false } })).toBe(true);
});

test("colours come from the schema, with a grey for anything unknown", () => {
  expect(nodeColour(nodes[3]!)).toBe(NODE_LABEL_DEFS.State.colour);
  expect(edgeColour(edge("r-sanctions"))).toBe(FAMILY_COLOURS["material-conflict"]);
  const stranger = { ...nodes[0]!, attributes: { ...nodes[0]!.attributes, entityType: "Alien" as never } };
  expect(nodeColour(stranger)).toBe("#999999");
});

test("an edge flattens to scalars: evidence as count plus first sentence", () => {
  expect(flatten(edge("r-offer"), EDGE_COLUMNS)).toEqual({
    label: "offered mediation",
    relation_type: "OFFERED_MEDIATION",
    family: "verbal-cooperation",
    directed: true,
    date: "2025-02",
    date_basis: "publication",
    topic: "talks with Iran",
    cameo: "039",
    goldstein: 5,
    confidence: 0.8,
    sources: "a1; a2",
    independent_sources: 1,
    evidence_count: 2,
    first_evidence: TRICKY_SENTENCE,
    disputed: true,
    disputes: "who-initiated; white-house-comment",
    color: FAMILY_COLOURS["verbal-cooperation"],
  });
});

test("nulls are left out; every value is a scalar", () => {
  const role = flatten(edge("r-role"), EDGE_COLUMNS);
  expect(role).not.toHaveProperty("goldstein");
  expect(role).not.toHaveProperty("place");
  expect(role.role).toBe("spokesperson");
  for (const item of [...nodes.map((n) => flatten(n, NODE_COLUMNS)), ...edges.map((e) => flatten(e, EDGE_COLUMNS))]) {
    for (const value of Object.values(item)) expect(["string", "number", "boolean"]).toContain(typeof value);
  }
});

test("a node flattens with its label-specific extras", () => {
  expect(flatten(nodes[5]!, NODE_COLUMNS)).toEqual({
    label: "Kremlin",
    entity_type: "Organization",
    aliases: "",
    description: "Russian presidency",
    kind: "government body",
    country: "russia",
    color: NODE_LABEL_DEFS.Organization.colour,
  });
});
