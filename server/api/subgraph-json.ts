// Converts the store's Subgraph into graphology's serialized JSON, the shape the explorer
// imports with graph.import() and the exporters read: relations with their evidence, or lean
// (evidenceCount instead) for large subgraphs.

import {
  relationTypeDef,
  type EntityNodeAttributes,
  type EntityRecord,
  type LeanSerializedEdge,
  type LeanSerializedSubgraph,
  type Relation,
  type RelationEdgeAttributes,
  type RelationType,
  type SerializedEdge,
  type SerializedSubgraph,
  type SubgraphAttributes,
  relationTypeWords,
} from "../../graph-schema/index.js";
import type { CountedRelation } from "../store/graph-store.js";

/**
 * `record` without `keys`, copied key by key in their order. V8 runs object rest (`{ id, ...rest }`)
 * through a slow generic path: about 8× slower on relations, the bulk of shaping a subgraph.
 */
function omit<T extends object, K extends keyof T & string>(record: T, keys: readonly K[]): Omit<T, K> {
  const out: Record<string, unknown> = {};
  for (const key in record) if (!(keys as readonly string[]).includes(key)) out[key] = record[key];
  return out as Omit<T, K>;
}

export function entityNode(entity: EntityRecord): SerializedSubgraph["nodes"][number] {
  const { id, type, name, aliases, description } = entity;
  const extra = omit(entity, ["id", "type", "name", "aliases", "description"]);
  const attributes: EntityNodeAttributes = { label: name, entityType: type, aliases, description, ...extra };
  return { key: id, attributes };
}

type TypeAttributes = Pick<RelationEdgeAttributes, "label" | "relationType" | "family" | "directed">;

/** What an edge shows of its relation type, worked out once per type rather than per edge. */
const typeAttributes = new Map<RelationType, TypeAttributes>();
function attributesOfType(type: RelationType): TypeAttributes {
  let attributes = typeAttributes.get(type);
  if (!attributes) {
    const def = relationTypeDef(type);
    const label = relationTypeWords(type);
    attributes = { label, relationType: type, family: def.family, directed: def.directed };
    typeAttributes.set(type, attributes);
  }
  return attributes;
}

/*
 * Edges are built as literals in the record's key order (what copying key by key gave): V8 then
 * shapes every edge alike, and JSON.stringify takes its fast path.
 */
export function relationEdge(relation: Relation): SerializedEdge {
  const { label, relationType, family, directed } = attributesOfType(relation.type);
  const r = relation;
  const attributes: RelationEdgeAttributes = {
    date: r.date,
    dateBasis: r.dateBasis,
    dateNote: r.dateNote,
    place: r.place,
    topic: r.topic,
    role: r.role,
    cameo: r.cameo,
    goldstein: r.goldstein,
    confidence: r.confidence,
    sources: r.sources,
    independentSources: r.independentSources,
    evidence: r.evidence,
    disputed: r.disputed,
    disputes: r.disputes,
    label,
    relationType,
    family,
    directed,
  };
  return edgeOf(r, directed, attributes);
}

/** The edge of a relation read with its evidence counted (evidenceCount after the stored fields). */
export function leanRelationEdge(relation: CountedRelation): LeanSerializedEdge {
  const { label, relationType, family, directed } = attributesOfType(relation.type);
  const r = relation;
  const attributes: LeanSerializedEdge["attributes"] = {
    date: r.date,
    dateBasis: r.dateBasis,
    dateNote: r.dateNote,
    place: r.place,
    topic: r.topic,
    role: r.role,
    cameo: r.cameo,
    goldstein: r.goldstein,
    confidence: r.confidence,
    sources: r.sources,
    independentSources: r.independentSources,
    disputed: r.disputed,
    disputes: r.disputes,
    evidenceCount: r.evidenceCount,
    label,
    relationType,
    family,
    directed,
  };
  return edgeOf(r, directed, attributes);
}

/** An edge around its attributes; `undirected` only where the type is, as graphology writes it. */
function edgeOf<A>(relation: { id: string; source: string; target: string }, directed: boolean, attributes: A) {
  const { id: key, source, target } = relation;
  return directed
    ? { key, source, target, attributes }
    : { key, source, target, undirected: true as const, attributes };
}

function subgraphFrame(attributes: Partial<SubgraphAttributes>) {
  return {
    options: { type: "mixed", multi: true, allowSelfLoops: true } as const,
    attributes: { seeds: [], truncated: false, omittedEntities: 0, omittedRelations: 0, ...attributes },
  };
}

export function toSerializedSubgraph(
  entities: EntityRecord[],
  relations: Relation[],
  attributes: Partial<SubgraphAttributes> = {},
): SerializedSubgraph {
  return { ...subgraphFrame(attributes), nodes: entities.map(entityNode), edges: relations.map(relationEdge) };
}

/** The same subgraph with each relation's evidence replaced by its count. */
export function toLeanSerializedSubgraph(
  entities: EntityRecord[],
  relations: CountedRelation[],
  attributes: Partial<SubgraphAttributes> = {},
): LeanSerializedSubgraph {
  return { ...subgraphFrame(attributes), nodes: entities.map(entityNode), edges: relations.map(leanRelationEdge) };
}

/**
 * Each frozen entity record's node as JSON text. A store may share frozen records between reads
 * (the embedded engine's graph copy does): their nodes are then written once, not once per response.
 */
const nodeJson = new WeakMap<EntityRecord, string>();

function entityNodeJson(entity: EntityRecord): string {
  if (!Object.isFrozen(entity)) return JSON.stringify(entityNode(entity));
  let json = nodeJson.get(entity);
  if (json === undefined) nodeJson.set(entity, (json = JSON.stringify(entityNode(entity))));
  return json;
}

/**
 * The response body of a subgraph: the same text as JSON.stringify() of toSerializedSubgraph() (or
 * of toLeanSerializedSubgraph() for counted relations), with the nodes of shared records written once.
 */
export function subgraphJson(
  entities: EntityRecord[],
  relations: Relation[] | CountedRelation[],
  counted: boolean,
  attributes: Partial<SubgraphAttributes> = {},
): string {
  const frame = subgraphFrame(attributes);
  const edges = counted
    ? (relations as CountedRelation[]).map(leanRelationEdge)
    : (relations as Relation[]).map(relationEdge);
  return (
    `{"options":${JSON.stringify(frame.options)},"attributes":${JSON.stringify(frame.attributes)},` +
    `"nodes":[${entities.map(entityNodeJson).join(",")}],"edges":${JSON.stringify(edges)}}`
  );
}
