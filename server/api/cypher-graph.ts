// Collects the nodes, relationships and paths found anywhere in Cypher result rows into a
// graphology serialized graph, so a console can draw exactly what the query returned, with the
// same attribute names as a subgraph (the server decides; the explorer only draws).

import {
  isEntityType,
  isRelationType,
  relationTypeDef,
  type CypherNode,
  type CypherRelationship,
  type CypherValue,
  relationTypeWords,
} from "../../graph-schema/index.js";
import { rowToRelation } from "../store/stored-records.js";
import { relationEdge } from "./subgraph-json.js";

export interface CypherGraph {
  options: { type: "mixed"; multi: true; allowSelfLoops: true };
  attributes: Record<string, never>;
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; undirected?: true; attributes: Record<string, unknown> }[];
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

/**
 * An entity node gets the explorer's attribute names (as in a subgraph); an article or dispute
 * keeps its properties. `nodeLabel` names the node's label either way.
 */
function nodeAttributes(n: CypherNode): Record<string, unknown> {
  const p = n.properties;
  if (!isEntityType(n.label))
    return { ...p, label: String(p.title ?? p.question ?? p.name ?? n.id), nodeLabel: n.label };
  const extras = Object.fromEntries(["iso3", "kind", "country"].filter((k) => k in p).map((k) => [k, p[k]]));
  return {
    label: String(p.name ?? n.id),
    entityType: n.label,
    aliases: Array.isArray(p.aliases) ? p.aliases.map(String) : [],
    description: String(p.description ?? ""),
    ...extras,
    nodeLabel: n.label,
  };
}

/** A relation of the vocabulary reads as in a subgraph (evidence parsed, family, direction); others keep their properties. */
function edgeAttributes(r: CypherRelationship): Record<string, unknown> {
  if (isRelationType(r.type)) return relationEdge(rowToRelation(r.type, r.source, r.target, r.properties)).attributes;
  const type: string = r.type;
  // MENTIONS (article to entity) is no event: drawn as a structural, directed link.
  return {
    ...r.properties,
    label: relationTypeWords(type),
    relationType: type,
    family: "structural",
    directed: true,
  };
}

export function graphOfRows(rows: Record<string, CypherValue>[]): CypherGraph {
  const nodes = new Map<string, CypherNode>();
  const rels = new Map<string, CypherRelationship>();
  for (const row of rows) collect(Object.values(row), nodes, rels);
  const graphNodes: CypherGraph["nodes"] = [...nodes.values()].map((n) => ({
    key: n.id,
    attributes: nodeAttributes(n),
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
    ...(isRelationType(r.type) && !relationTypeDef(r.type).directed ? { undirected: true as const } : {}),
    attributes: edgeAttributes(r),
  }));
  return { options: { type: "mixed", multi: true, allowSelfLoops: true }, attributes: {}, nodes: graphNodes, edges };
}
