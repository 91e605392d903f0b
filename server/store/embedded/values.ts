// Conversion of LadybugDB result values to JSON: nodes, relationships and paths into
// graph-schema's Cypher shapes (our `id` property as identity), dates as ISO strings, big
// integers as numbers when exact (else strings), maps and structs as objects.

import type { CypherNode, CypherPath, CypherRelationship, CypherValue } from "../../../graph-schema/index.js";

interface InternalId {
  offset: number;
  table: number;
}

type Obj = Record<string, unknown>;

/** By tag, not instanceof: the addon's values come from the main realm (see run.ts messageOf). */
const tag = (v: unknown): string => Object.prototype.toString.call(v);
const isDate = (v: unknown): v is Date => tag(v) === "[object Date]";
const isMap = (v: unknown): v is Map<unknown, unknown> => tag(v) === "[object Map]";
const isObject = (v: unknown): v is Obj =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !isDate(v) && !isMap(v) && !ArrayBuffer.isView(v);
const isInternalId = (v: unknown): v is InternalId =>
  isObject(v) && typeof v.offset === "number" && typeof v.table === "number";

export const internalKey = (id: InternalId): string => `${id.table}:${id.offset}`;

const isPath = (v: Obj): boolean => Array.isArray(v._nodes) && Array.isArray(v._rels);
const isRel = (v: Obj): boolean => isInternalId(v._src) && isInternalId(v._dst) && typeof v._label === "string";
const isNode = (v: Obj): boolean => isInternalId(v._id) && typeof v._label === "string" && !("_src" in v);

/** Scalars and containers that are not graph values. */
export function toPlain(value: unknown): CypherValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(toPlain);
  if (isMap(value)) return Object.fromEntries([...value].map(([k, v]) => [String(k), toPlain(v)]));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  return String(value);
}

/** Walks a value: our id of every node it holds, and the internal ids of relationship ends. */
export function collectNodes(value: unknown, nodes: Map<string, string>, ends: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectNodes(v, nodes, ends);
  } else if (isMap(value)) {
    for (const v of value.values()) collectNodes(v, nodes, ends);
  } else if (isObject(value)) {
    if (isPath(value)) {
      collectNodes(value._nodes, nodes, ends);
      collectNodes(value._rels, nodes, ends);
    } else if (isRel(value)) {
      ends.add(internalKey(value._src as InternalId)).add(internalKey(value._dst as InternalId));
    } else if (isNode(value)) {
      nodes.set(internalKey(value._id as InternalId), ownId(value) ?? internalKey(value._id as InternalId));
    } else {
      for (const v of Object.values(value)) collectNodes(v, nodes, ends);
    }
  }
}

function ownId(value: Obj): string | undefined {
  const id = value.id;
  if (typeof id === "string") return id;
  if (typeof id === "number" || typeof id === "bigint") return String(id);
  return undefined;
}

/** Stored properties: no `_` internals, no nulls (a node matched across tables carries every table's columns). */
function properties(value: Obj): Record<string, CypherValue> {
  const out: Record<string, CypherValue> = {};
  for (const [k, v] of Object.entries(value))
    if (!k.startsWith("_") && v !== null && v !== undefined) out[k] = toPlain(v);
  return out;
}

function cypherNode(value: Obj): CypherNode {
  const internal = internalKey(value._id as InternalId);
  return { kind: "node", id: ownId(value) ?? internal, label: String(value._label), properties: properties(value) };
}

function cypherRelationship(value: Obj, nodeIds: ReadonlyMap<string, string>): CypherRelationship {
  const [src, dst] = [internalKey(value._src as InternalId), internalKey(value._dst as InternalId)];
  const internal = isInternalId(value._id) ? internalKey(value._id) : `${src}>${dst}`;
  return {
    kind: "relationship",
    id: ownId(value) ?? internal,
    type: String(value._label),
    source: nodeIds.get(src) ?? src,
    target: nodeIds.get(dst) ?? dst,
    properties: properties(value),
  };
}

function cypherPath(value: Obj, nodeIds: ReadonlyMap<string, string>): CypherPath {
  return {
    kind: "path",
    nodes: (value._nodes as Obj[]).map(cypherNode),
    relationships: (value._rels as Obj[]).map((r) => cypherRelationship(r, nodeIds)),
  };
}

/** Converts a result value; `nodeIds` maps internal node ids to our ids for relationship ends. */
export function toCypherValue(value: unknown, nodeIds: ReadonlyMap<string, string>): CypherValue {
  if (Array.isArray(value)) return value.map((v) => toCypherValue(v, nodeIds));
  if (isMap(value)) return Object.fromEntries([...value].map(([k, v]) => [String(k), toCypherValue(v, nodeIds)]));
  if (isObject(value)) {
    if (isPath(value)) return cypherPath(value, nodeIds);
    if (isRel(value)) return cypherRelationship(value, nodeIds);
    if (isNode(value)) return cypherNode(value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherValue(v, nodeIds)]));
  }
  return toPlain(value);
}
