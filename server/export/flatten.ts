// Node and edge attributes flattened to typed scalars, the common ground of GEXF, GraphML and CSV:
// lists joined with "; ", evidence as its count plus the first sentence, the explorer's colours.

import {
  FAMILY_COLOURS,
  NODE_LABEL_DEFS,
  type NodeLabel,
  type RelationFamily,
  type SerializedEdge,
  type SerializedNode,
} from "../../graph-schema/index.js";

export type Scalar = string | number | boolean | null;

/** The value types every target understands (GraphML attr.type names; GEXF infers its own). */
export type ScalarKind = "string" | "double" | "int" | "boolean";

export interface Column<T> {
  name: string;
  kind: ScalarKind;
  value: (item: T) => Scalar;
}

export const LIST_SEPARATOR = "; ";

/** Used when a label or family is not in the schema, so an export never fails on colour. */
const FALLBACK_COLOUR = "#999999";

export function joinList(values: readonly string[] | undefined): string {
  return (values ?? []).join(LIST_SEPARATOR);
}

export function nodeColour(node: SerializedNode): string {
  return NODE_LABEL_DEFS[node.attributes.entityType as NodeLabel]?.colour ?? FALLBACK_COLOUR;
}

export function edgeColour(edge: SerializedEdge): string {
  return FAMILY_COLOURS[edge.attributes.family as RelationFamily] ?? FALLBACK_COLOUR;
}

/** Mutual relations (a call, a meeting) have no direction worth drawing. */
export function isMutual(edge: SerializedEdge): boolean {
  return edge.undirected === true || edge.attributes.directed === false;
}

/** Node attributes for graph formats; the key is the element's id, not a column. */
export const NODE_COLUMNS: readonly Column<SerializedNode>[] = [
  { name: "label", kind: "string", value: (n) => n.attributes.label },
  { name: "entity_type", kind: "string", value: (n) => n.attributes.entityType },
  { name: "aliases", kind: "string", value: (n) => joinList(n.attributes.aliases) },
  { name: "description", kind: "string", value: (n) => n.attributes.description ?? null },
  { name: "iso3", kind: "string", value: (n) => n.attributes.iso3 ?? null },
  { name: "kind", kind: "string", value: (n) => n.attributes.kind ?? null },
  { name: "country", kind: "string", value: (n) => n.attributes.country ?? null },
  { name: "color", kind: "string", value: nodeColour },
];

/** Edge attributes for graph formats ("relation_type", not "type": Gephi's edge table owns Type). */
export const EDGE_COLUMNS: readonly Column<SerializedEdge>[] = [
  { name: "label", kind: "string", value: (e) => e.attributes.label },
  { name: "relation_type", kind: "string", value: (e) => e.attributes.relationType },
  { name: "family", kind: "string", value: (e) => e.attributes.family },
  { name: "directed", kind: "boolean", value: (e) => !isMutual(e) },
  { name: "date", kind: "string", value: (e) => e.attributes.date },
  { name: "date_basis", kind: "string", value: (e) => e.attributes.dateBasis ?? null },
  { name: "place", kind: "string", value: (e) => e.attributes.place },
  { name: "topic", kind: "string", value: (e) => e.attributes.topic },
  { name: "role", kind: "string", value: (e) => e.attributes.role ?? null },
  { name: "cameo", kind: "string", value: (e) => e.attributes.cameo },
  { name: "goldstein", kind: "double", value: (e) => e.attributes.goldstein },
  { name: "confidence", kind: "double", value: (e) => e.attributes.confidence },
  { name: "sources", kind: "string", value: (e) => joinList(e.attributes.sources) },
  { name: "independent_sources", kind: "int", value: (e) => e.attributes.independentSources ?? null },
  { name: "evidence_count", kind: "int", value: (e) => e.attributes.evidence?.length ?? 0 },
  { name: "first_evidence", kind: "string", value: (e) => e.attributes.evidence?.[0]?.sentence ?? null },
  { name: "disputed", kind: "boolean", value: (e) => e.attributes.disputed },
  { name: "disputes", kind: "string", value: (e) => joinList(e.attributes.disputes) },
  { name: "color", kind: "string", value: edgeColour },
];

/** Column name → value for one element, leaving out nulls (no target has a null). */
export function flatten<T>(item: T, columns: readonly Column<T>[]): Record<string, Exclude<Scalar, null>> {
  const out: Record<string, Exclude<Scalar, null>> = {};
  for (const column of columns) {
    const value = column.value(item);
    if (value !== null && value !== undefined) out[column.name] = value;
  }
  return out;
}
