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

function edgeEnds(relation: Pick<Relation, "id" | "source" | "target">, directed: boolean) {
  return {
    key: relation.id,
    source: relation.source,
    target: relation.target,
    ...(directed ? {} : { undirected: true }),
  };
}

export function relationEdge(relation: Relation): SerializedEdge {
  const ofType = attributesOfType(relation.type);
  const attributes = Object.assign(omit(relation, ["id", "source", "target", "type"]), ofType);
  return { ...edgeEnds(relation, ofType.directed), attributes };
}

/** The edge of a relation read with its evidence counted (evidenceCount after the stored fields). */
export function leanRelationEdge(relation: CountedRelation): LeanSerializedEdge {
  const ofType = attributesOfType(relation.type);
  const rest = omit(relation, ["id", "source", "target", "type", "evidenceCount"]);
  const attributes = Object.assign(rest, { evidenceCount: relation.evidenceCount }, ofType);
  return { ...edgeEnds(relation, ofType.directed), attributes };
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
