// Conversion between driver values and JSON: Integers, temporal, spatial and other driver
// types into plain values, graph objects into graph-schema's Cypher shapes, parameters out.

import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  isUnsupportedType,
  isUUID,
  isVector,
  type Integer,
  type Node,
  type Path,
  type Relationship,
} from "neo4j-driver";
import type { CypherNode, CypherPath, CypherRelationship, CypherValue } from "../../../graph-schema/index.js";

/** A 64-bit integer as a JS number when that is exact, else as its decimal string. */
export function integerValue(value: Integer): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

const isTemporal = (v: unknown): boolean =>
  isDate(v) || isDateTime(v) || isLocalDateTime(v) || isTime(v) || isLocalTime(v) || isDuration(v);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Scalars that are not graph objects; undefined when `value` is not one of the driver's special types. */
function driverScalar(value: unknown): CypherValue | undefined {
  if (isInt(value)) return integerValue(value);
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (isTemporal(value) || isUUID(value) || isUnsupportedType(value)) return String(value);
  if (isPoint(value)) {
    const p = value as { srid: Integer | number; x: number; y: number; z?: number };
    const srid = isInt(p.srid) ? integerValue(p.srid) : p.srid;
    return p.z === undefined ? { srid, x: p.x, y: p.y } : { srid, x: p.x, y: p.y, z: p.z };
  }
  if (isVector(value))
    return Array.from(value.asTypedArray() as ArrayLike<number | bigint>, (x) => driverScalar(x) ?? null);
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  return undefined;
}

/** Property maps and other non-graph results as plain JSON values (internal reads). */
export function toPlain(value: unknown): CypherValue {
  if (value === null || value === undefined) return null;
  const scalar = driverScalar(value);
  if (scalar !== undefined) return scalar;
  if (Array.isArray(value)) return value.map(toPlain);
  if (isPlainObject(value)) return mapValues(value, toPlain);
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

export function mapValues<T>(obj: Record<string, unknown>, fn: (v: unknown) => T): Record<string, T> {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, fn(v)]));
}

/** JSON parameters for the driver: integral numbers become Integers (LIMIT, SKIP, integer properties). */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  return mapValues(params, toNeo4jValue);
}

function toNeo4jValue(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (isPlainObject(value)) return mapValues(value, toNeo4jValue);
  return value;
}

// ---- graph objects ------------------------------------------------------------------------

/** Element ids of every node a result holds (id property per element id) and of relationship ends. */
export function collectNodes(value: unknown, nodes: Map<string, string>, ends: Set<string>): void {
  if (isNode(value)) {
    nodes.set(value.elementId, nodeId(value));
  } else if (isRelationship(value)) {
    ends.add(value.startNodeElementId).add(value.endNodeElementId);
  } else if (isPath(value)) {
    collectNodes(value.start, nodes, ends);
    for (const s of value.segments) collectNodes(s.end, nodes, ends);
  } else if (Array.isArray(value)) {
    for (const v of value) collectNodes(v, nodes, ends);
  } else if (isPlainObject(value)) {
    for (const v of Object.values(value)) collectNodes(v, nodes, ends);
  }
}

const ownId = (properties: Record<string, unknown>): string | undefined => {
  const id = properties.id;
  if (typeof id === "string") return id;
  if (typeof id === "number" || isInt(id)) return String(id);
  return undefined;
};

function nodeId(node: Node): string {
  return ownId(node.properties as Record<string, unknown>) ?? node.elementId;
}

/** Converts a result value; `nodeIds` maps element ids to our ids for relationship ends. */
export function toCypherValue(value: unknown, nodeIds: ReadonlyMap<string, string>): CypherValue {
  if (isNode(value)) return cypherNode(value);
  if (isRelationship(value)) return cypherRelationship(value, nodeIds);
  if (isPath(value)) return cypherPath(value, nodeIds);
  if (Array.isArray(value)) return value.map((v) => toCypherValue(v, nodeIds));
  if (isPlainObject(value)) return mapValues(value, (v) => toCypherValue(v, nodeIds));
  return toPlain(value);
}

function cypherNode(node: Node): CypherNode {
  const properties = mapValues(node.properties as Record<string, unknown>, toPlain);
  return { kind: "node", id: nodeId(node), label: node.labels[0] ?? "", properties };
}

function cypherRelationship(rel: Relationship, nodeIds: ReadonlyMap<string, string>): CypherRelationship {
  const raw = rel.properties as Record<string, unknown>;
  return {
    kind: "relationship",
    id: ownId(raw) ?? rel.elementId,
    type: rel.type,
    source: nodeIds.get(rel.startNodeElementId) ?? rel.startNodeElementId,
    target: nodeIds.get(rel.endNodeElementId) ?? rel.endNodeElementId,
    properties: mapValues(raw, toPlain),
  };
}

function cypherPath(path: Path, nodeIds: ReadonlyMap<string, string>): CypherPath {
  return {
    kind: "path",
    nodes: [path.start, ...path.segments.map((s) => s.end)].map(cypherNode),
    relationships: path.segments.map((s) => cypherRelationship(s.relationship, nodeIds)),
  };
}
