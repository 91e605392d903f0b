// Collects the nodes, relationships and paths found anywhere in Cypher result rows into a
// graphology serialized graph, so a console can draw exactly what the query returned.

import type { CypherNode, CypherRelationship, CypherValue } from "../../graph-schema/index.js";

export interface CypherGraph {
  options: { type: "mixed"; multi: true; allowSelfLoops: true };
  attributes: Record<string, never>;
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

function collect(value: CypherValue, nodes: Map<string, CypherNode>, rels: Map<string, CypherRelationship>): void {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, nodes, rels);
    return;
  }
  if (value.kind === "node" && typeof value.id === "string") nodes.set(value.id, value as CypherNode);
  else if (value.kind === "relationship" && typeof value.id === "string")
    rels.set(value.id, value as CypherRelationship);
  else if (value.kind === "path" && Array.isArray(value.nodes)) {
    collect(value.nodes as CypherValue[], nodes, rels);
    collect(value.relationships as CypherValue[], nodes, rels);
  } else for (const v of Object.values(value)) collect(v as CypherValue, nodes, rels);
}

export function graphOfRows(rows: Record<string, CypherValue>[]): CypherGraph {
  const nodes = new Map<string, CypherNode>();
  const rels = new Map<string, CypherRelationship>();
  for (const row of rows) collect(Object.values(row), nodes, rels);
  const graphNodes: CypherGraph["nodes"] = [...nodes.values()].map((n) => ({
    key: n.id,
    attributes: { ...n.properties, label: String(n.properties.name ?? n.properties.title ?? n.id), nodeLabel: n.label },
  }));
  // A relationship whose ends the query did not return still needs both ends to be drawn.
  const drawn = new Set(nodes.keys());
  for (const r of rels.values()) {
    for (const end of [r.source, r.target]) {
      if (drawn.has(end)) continue;
      drawn.add(end);
      graphNodes.push({ key: end, attributes: { label: end, nodeLabel: "", placeholder: true } });
    }
  }
  const edges = [...rels.values()].map((r) => ({
    key: r.id,
    source: r.source,
    target: r.target,
    attributes: { ...r.properties, label: r.type.toLowerCase().replace(/_/g, " "), relationType: r.type },
  }));
  return { options: { type: "mixed", multi: true, allowSelfLoops: true }, attributes: {}, nodes: graphNodes, edges };
}
