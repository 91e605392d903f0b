// The embedded engine's write statements (LadybugDB dialect), built from graph-schema's property
// lists: batched CREATE / SET / lookups for upserts, and COPY from a CSV file for empty tables.
// Numbers travel as strings and are CAST here (rows of one UNWIND batch must share their types).

import {
  ENTITY_TYPES,
  MENTION_PROPERTIES,
  MENTIONS,
  NODE_LABELS,
  nodeProperties,
  RELATION_PROPERTIES,
  RELATION_TYPES,
  relationTypeDef,
  type EntityType,
  type NodeLabel,
  type PropertyDef,
  type RelationType,
} from "../../../graph-schema/index.js";

/** Stands for an empty list in a CSV cell; list items are joined with LIST_SEPARATOR. */
export const EMPTY_LIST = "\u001e";
export const LIST_SEPARATOR = "\u001f";
/** Field delimiter and quote of the COPY files (control characters prose and JSON never hold). */
export const CSV_DELIMITER = "\u0002";
export const CSV_QUOTE = "\u0003";

/** Only the schema's own names are ever interpolated into a statement. */
function member<T extends string>(names: readonly T[], value: string, what: string): T {
  if (!(names as readonly string[]).includes(value)) throw new Error(`embedded statements: unknown ${what} "${value}"`);
  return value as T;
}
export const nodeLabel = (l: string): NodeLabel => member(NODE_LABELS, l, "node label");
export const entityLabel = (l: string): EntityType => member(ENTITY_TYPES, l, "entity label");
export const relationType = (t: string): RelationType => member(RELATION_TYPES, t, "relation type");

/** Label pairs a relation type may join (the DDL declares exactly these). */
export function allowedPairs(type: RelationType): [EntityType, EntityType][] {
  const def = relationTypeDef(relationType(type));
  return def.from.flatMap((a) => def.to.map((b): [EntityType, EntityType] => [a, b]));
}

/** The value of property `p` in row variable `r`, cast to its column type. */
function valueOf(p: PropertyDef, r = "r"): string {
  if (p.kind === "number") return `CAST(${r}.${p.name} AS DOUBLE)`;
  if (p.kind === "integer") return `CAST(${r}.${p.name} AS INT64)`;
  return `${r}.${p.name}`;
}

const assignments = (props: readonly PropertyDef[], target: string): string =>
  props.map((p) => `${target}.${p.name} = ${valueOf(p)}`).join(", ");

const propertyMap = (props: readonly PropertyDef[]): string =>
  `{${props.map((p) => `${p.name}: ${valueOf(p)}`).join(", ")}}`;

const withoutId = (props: readonly PropertyDef[]): PropertyDef[] => props.filter((p) => p.name !== "id");

// ---- nodes ------------------------------------------------------------------------------------

export function lookupNodes(label: NodeLabel): string {
  return `UNWIND $ids AS i MATCH (n:${nodeLabel(label)} {id: i}) RETURN n`;
}

export function createNodes(label: NodeLabel): string {
  return `UNWIND $rows AS r CREATE (n:${nodeLabel(label)} ${propertyMap(nodeProperties(label))})`;
}

export function updateNodes(label: NodeLabel): string {
  const props = withoutId(nodeProperties(label));
  return `UNWIND $rows AS r MATCH (n:${nodeLabel(label)} {id: r.id}) SET ${assignments(props, "n")}`;
}

// ---- relations between entities -----------------------------------------------------------------

export interface RelationGroupKey {
  type: RelationType;
  from: EntityType;
  to: EntityType;
}

function checkedPair({ type, from, to }: RelationGroupKey): RelationGroupKey {
  if (!allowedPairs(type).some(([a, b]) => a === from && b === to)) {
    throw new Error(`embedded statements: ${type} cannot go from ${from} to ${to}`);
  }
  return { type, from, to };
}

/** Binds both ends with two MATCH clauses (a comma would plan a cross product). */
const ends = (k: RelationGroupKey): string =>
  `UNWIND $rows AS r MATCH (a:${k.from} {id: r.source}) MATCH (b:${k.to} {id: r.target})`;

export function createRelations(key: RelationGroupKey): string {
  const k = checkedPair(key);
  return `${ends(k)} CREATE (a)-[:${k.type} ${propertyMap(RELATION_PROPERTIES)}]->(b) RETURN count(*) AS written`;
}

/**
 * Stored relations of one type among $ids, with their ends and every property as columns (a
 * hash join against one scan of the table; columns convert ~3× faster than whole rel values).
 */
export function lookupRelationsById(type: RelationType): string {
  const columns = RELATION_PROPERTIES.map((p) => `x.${p.name} AS ${p.name}`).join(", ");
  return (
    `UNWIND $ids AS i MATCH (a)-[x:${relationType(type)}]->(b) WHERE x.id = i ` +
    `RETURN label(a) AS sourceLabel, a.id AS source, label(b) AS targetLabel, b.id AS target, ${columns}`
  );
}

export function updateRelations(key: RelationGroupKey): string {
  const k = checkedPair(key);
  const props = withoutId(RELATION_PROPERTIES);
  return `${ends(k)} MATCH (a)-[x:${k.type}]->(b) WHERE x.id = r.id SET ${assignments(props, "x")}`;
}

/** Deletes the relations with the rows' ids between the rows' ends. */
export function deleteRelations(key: RelationGroupKey): string {
  const k = checkedPair(key);
  return `${ends(k)} MATCH (a)-[x:${k.type}]->(b) WHERE x.id = r.id DELETE x`;
}

// ---- mentions -------------------------------------------------------------------------------------

export function mergeMentions(label: EntityType): string {
  const l = entityLabel(label);
  return (
    `UNWIND $rows AS r MATCH (a:Article {id: r.article}) MATCH (e:${l} {id: r.entity}) ` +
    `MERGE (a)-[m:${MENTIONS}]->(e) SET m.count = CAST(r.count AS INT64) RETURN count(*) AS written`
  );
}

export function createMentions(label: EntityType): string {
  const l = entityLabel(label);
  return (
    `UNWIND $rows AS r MATCH (a:Article {id: r.article}) MATCH (e:${l} {id: r.entity}) ` +
    `CREATE (a)-[:${MENTIONS} {count: CAST(r.count AS INT64)}]->(e) RETURN count(*) AS written`
  );
}

export const mentionsOfLabel = (label: EntityType): string =>
  `MATCH (a:Article)-[m:${MENTIONS}]->(e:${entityLabel(label)}) RETURN a.id AS article, e.id AS entity, m.count AS count`;

export const MENTION_COPY_COLUMNS: readonly PropertyDef[] = [
  { name: "article", kind: "string", meaning: "article id" },
  { name: "entity", kind: "string", meaning: "entity id" },
  ...MENTION_PROPERTIES,
];

// ---- COPY from CSV --------------------------------------------------------------------------------

const LOAD_TYPE: Record<PropertyDef["kind"], string> = {
  string: "STRING",
  "string[]": "STRING",
  number: "DOUBLE",
  integer: "INT64",
  boolean: "BOOLEAN",
};

function loadValue(p: PropertyDef, column: string): string {
  if (p.kind !== "string[]") return column;
  return `CASE WHEN ${column} = '${EMPTY_LIST}' THEN CAST([] AS STRING[]) ELSE string_split(${column}, '${LIST_SEPARATOR}') END`;
}

const literal = (text: string): string => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

/**
 * COPY into `table` from a header-less CSV whose columns are `columns` in order. Going through
 * LOAD WITH HEADERS declares every column's type (no sniffing) and rebuilds the lists.
 */
export function copyFromCsv(table: string, columns: readonly PropertyDef[], file: string, opts: CopyOptions): string {
  const names = columns.map((_, i) => `c${i}`);
  const declared = columns.map((p, i) => `${names[i]} ${LOAD_TYPE[p.kind]}`).join(", ");
  const values = columns.map((p, i) => loadValue(p, names[i]!)).join(", ");
  const format = `delim='${CSV_DELIMITER}', quote='${CSV_QUOTE}', escape='${CSV_QUOTE}'`;
  const parallel = opts.multiline ? ", parallel=false" : "";
  const pair = opts.from && opts.to ? ` (from='${opts.from}', to='${opts.to}')` : "";
  return `COPY ${table} FROM (LOAD WITH HEADERS (${declared}) FROM ${literal(file)} (header=false, ${format}${parallel}) RETURN ${values})${pair}`;
}

export interface CopyOptions {
  /** Some value holds a line break: the parallel CSV reader cannot split such a file. */
  multiline: boolean;
  from?: string;
  to?: string;
}

export const RELATION_COPY_COLUMNS: readonly PropertyDef[] = [
  { name: "source", kind: "string", meaning: "source id" },
  { name: "target", kind: "string", meaning: "target id" },
  ...RELATION_PROPERTIES,
];
