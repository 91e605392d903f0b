// Turns the graph a Cypher result holds into a drawable graph with the explorer's attribute
// names (entity type, relation family), placing known entities where the overview has them.

import {
  isRelationType,
  relationTypeDef,
  type EntityLabel,
  type Evidence,
  type RelationEdgeAttributes,
} from "../../../graph-schema/index.js";
import type { CypherGraphBody } from "../api/schemas.js";
import { emptyGraph, type DataGraph, type PositionedEntity } from "../graph/model.js";
import { initialPosition, initialRadius } from "../layout/initial-positions.js";

function evidenceOf(value: unknown): Evidence[] {
  // Engines store evidence lists as JSON text; the table shows it raw, the graph parses it.
  try {
    const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
    return Array.isArray(parsed) ? (parsed as Evidence[]) : [];
  } catch {
    return [];
  }
}

function str(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

export function buildQueryGraph(
  body: CypherGraphBody,
  positions: (id: string) => { x: number; y: number } | null,
): DataGraph {
  const graph = emptyGraph();
  const radius = initialRadius(body.nodes.length);
  for (const n of body.nodes) {
    const a = n.attributes;
    const attrs: PositionedEntity = {
      label: String(a.label ?? n.key),
      entityType: String(a.nodeLabel ?? "") as EntityLabel,
      aliases: Array.isArray(a.aliases) ? (a.aliases as string[]) : [],
      description: String(a.description ?? ""),
      ...(positions(n.key) ?? initialPosition(n.key, radius)),
    };
    graph.addNode(n.key, attrs);
  }
  for (const e of body.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.key)) continue;
    const a = e.attributes;
    const type = String(a.relationType ?? "");
    const def = isRelationType(type) ? relationTypeDef(type) : null;
    const attrs = {
      label: String(a.label ?? type),
      relationType: type,
      family: def?.family ?? "neutral",
      directed: def?.directed ?? true,
      date: str(a.date),
      dateBasis: (str(a.dateBasis) ?? "unknown") as RelationEdgeAttributes["dateBasis"],
      dateNote: str(a.dateNote),
      place: str(a.place),
      topic: str(a.topic),
      role: str(a.role),
      cameo: str(a.cameo),
      goldstein: typeof a.goldstein === "number" ? a.goldstein : null,
      confidence: typeof a.confidence === "number" ? a.confidence : 1,
      sources: Array.isArray(a.sources) ? (a.sources as string[]) : [],
      evidence: evidenceOf(a.evidence),
      disputed: a.disputed === true,
      disputes: Array.isArray(a.disputes) ? (a.disputes as string[]) : [],
    } as RelationEdgeAttributes;
    if (def && !def.directed) graph.addUndirectedEdgeWithKey(e.key, e.source, e.target, attrs);
    else graph.addDirectedEdgeWithKey(e.key, e.source, e.target, attrs);
  }
  return graph;
}
