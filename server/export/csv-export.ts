// CSV export for spreadsheets and dataframes: the node table or the edge table (one HTTP
// response is one file), a header row, scalar columns, RFC 4180 quoting and CRLF rows.

import { stringify } from "csv-stringify/sync";
import type { SerializedEdge, SerializedNode, SerializedSubgraph } from "../../graph-schema/index.js";
import type { CsvPart, ExportFormat } from "./export-format.js";
import { EDGE_COLUMNS, flatten, NODE_COLUMNS, type Column, type Scalar } from "./flatten.js";

interface EdgeRowContext {
  edge: SerializedEdge;
  names: ReadonlyMap<string, string>;
}

/** Reuses a graph column's value under the CSV's own column name. */
function from<T, U>(columns: readonly Column<T>[], name: string, pick: (u: U) => T): (u: U) => Scalar {
  const column = columns.find((c) => c.name === name);
  if (!column) throw new Error(`csv-export: no column ${name}`);
  return (u) => column.value(pick(u));
}

const edge = (c: EdgeRowContext): SerializedEdge => c.edge;
const node = (n: SerializedNode): SerializedNode => n;

export const EDGE_CSV_COLUMNS: readonly Column<EdgeRowContext>[] = [
  { name: "id", kind: "string", value: (c) => c.edge.key },
  { name: "source", kind: "string", value: (c) => c.edge.source },
  { name: "target", kind: "string", value: (c) => c.edge.target },
  { name: "source_name", kind: "string", value: (c) => c.names.get(c.edge.source) ?? c.edge.source },
  { name: "target_name", kind: "string", value: (c) => c.names.get(c.edge.target) ?? c.edge.target },
  { name: "type", kind: "string", value: from(EDGE_COLUMNS, "relation_type", edge) },
  ...["date", "place", "topic"].map((name) => ({
    name,
    kind: "string" as const,
    value: from(EDGE_COLUMNS, name, edge),
  })),
  { name: "confidence", kind: "double", value: from(EDGE_COLUMNS, "confidence", edge) },
  { name: "goldstein", kind: "double", value: from(EDGE_COLUMNS, "goldstein", edge) },
  ...["cameo", "sources"].map((name) => ({ name, kind: "string" as const, value: from(EDGE_COLUMNS, name, edge) })),
  { name: "evidence_count", kind: "int", value: from(EDGE_COLUMNS, "evidence_count", edge) },
  { name: "first_evidence", kind: "string", value: from(EDGE_COLUMNS, "first_evidence", edge) },
  { name: "disputed", kind: "boolean", value: from(EDGE_COLUMNS, "disputed", edge) },
  // Beyond the columns first asked for: direction, and the office a HOLDS_ROLE names.
  { name: "directed", kind: "boolean", value: from(EDGE_COLUMNS, "directed", edge) },
  { name: "role", kind: "string", value: from(EDGE_COLUMNS, "role", edge) },
];

export const NODE_CSV_COLUMNS: readonly Column<SerializedNode>[] = [
  { name: "id", kind: "string", value: (n) => n.key },
  { name: "name", kind: "string", value: from(NODE_COLUMNS, "label", node) },
  { name: "type", kind: "string", value: from(NODE_COLUMNS, "entity_type", node) },
  ...["aliases", "description", "iso3", "kind", "country"].map((name) => ({
    name,
    kind: "string" as const,
    value: from(NODE_COLUMNS, name, node),
  })),
];

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab/CR) as a formula, and news text
 * is not ours to trust: such text cells get a leading apostrophe (OWASP's advice). Numbers
 * are left alone, so a Goldstein of -8 stays a number.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function rows<T>(items: readonly T[], columns: readonly Column<T>[]): Record<string, Scalar>[] {
  return items.map((item) => {
    const flat = flatten(item, columns);
    const row: Record<string, Scalar> = {};
    for (const column of columns) {
      const value = flat[column.name] ?? null;
      row[column.name] = column.kind === "string" && typeof value === "string" ? neutraliseFormula(value) : value;
    }
    return row;
  });
}

function toCsv(records: Record<string, Scalar>[], columns: readonly { name: string }[]): string {
  return stringify(records, {
    header: true,
    columns: columns.map((c) => c.name),
    record_delimiter: "windows",
    // csv-stringify quotes delimiters and quotes, but not a bare line break inside a field.
    quoted_match: /[\r\n]/,
    cast: { boolean: (value: boolean) => (value ? "true" : "false") },
  });
}

export function writeCsv(subgraph: SerializedSubgraph, part: CsvPart = "edges"): string {
  if (part === "nodes") return toCsv(rows(subgraph.nodes, NODE_CSV_COLUMNS), NODE_CSV_COLUMNS);
  const names = new Map(subgraph.nodes.map((n) => [n.key, n.attributes.label]));
  const contexts = subgraph.edges.map((e) => ({ edge: e, names }));
  return toCsv(rows(contexts, EDGE_CSV_COLUMNS), EDGE_CSV_COLUMNS);
}

export const CSV_EXPORT: ExportFormat = {
  name: "csv",
  description: "CSV table of the relations (part=edges, default) or of the entities (part=nodes)",
  contentType: "text/csv; charset=utf-8; header=present",
  extension: "csv",
  fileStem: (options) => `actorgraph-${options.part ?? "edges"}`,
  write: (subgraph, options) => writeCsv(subgraph, options.part),
};
