// Converts the store's Subgraph into graphology's serialized JSON, the shape the explorer
// imports with graph.import() and the exporters read.

import {
  relationTypeDef,
  type EntityNodeAttributes,
  type EntityRecord,
  type Relation,
  type SerializedEdge,
  type SerializedSubgraph,
  type SubgraphAttributes,
} from "../../graph-schema/index.js";

export function entityNode(entity: EntityRecord): SerializedSubgraph["nodes"][number] {
  const { id, type, name, aliases, description, ...extra } = entity;
  const attributes: EntityNodeAttributes = { label: name, entityType: type, aliases, description, ...extra };
  return { key: id, attributes };
}

export function relationEdge(relation: Relation): SerializedEdge {
  const def = relationTypeDef(relation.type);
  const { id, source, target, type, ...rest } = relation;
  return {
    key: id,
    source,
    target,
    ...(def.directed ? {} : { undirected: true }),
    attributes: {
      ...rest,
      label: type.toLowerCase().replace(/_/g, " "),
      relationType: type,
      family: def.family,
      directed: def.directed,
    },
  };
}

export function toSerializedSubgraph(
  entities: EntityRecord[],
  relations: Relation[],
  attributes: Partial<SubgraphAttributes> = {},
): SerializedSubgraph {
  return {
    options: { type: "mixed", multi: true, allowSelfLoops: true },
    attributes: { seeds: [], truncated: false, omittedEntities: 0, omittedRelations: 0, ...attributes },
    nodes: entities.map(entityNode),
    edges: relations.map(relationEdge),
  };
}
