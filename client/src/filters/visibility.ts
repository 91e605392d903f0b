// Resolves the filters against a graph: the sets of visible entities and relations. Entities
// left without any visible relation by a relation filter are hidden too (they would float alone).

import type { AbstractGraph } from "graphology-types";
import type { EntityNodeAttributes, RelationEdgeAttributes } from "../../../graph-schema/index.js";
import type { FilterState } from "../state/view-state.js";
import { entityPredicate, relationPredicate } from "./predicates.js";

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

export type ExplorerGraph = AbstractGraph<EntityNodeAttributes, RelationEdgeAttributes>;

export function computeVisibility(
  graph: ExplorerGraph,
  filters: FilterState,
  relationFilterActive: boolean,
): Visibility {
  const keepEntity = entityPredicate(filters);
  const keepRelation = relationPredicate(filters);
  const entities = new Set<string>();
  graph.forEachNode((id, attrs) => {
    if (keepEntity(attrs)) entities.add(id);
  });
  const edges = new Set<string>();
  const touched = new Set<string>();
  graph.forEachEdge((id, attrs, source, target) => {
    if (!entities.has(source) || !entities.has(target) || !keepRelation(attrs)) return;
    edges.add(id);
    touched.add(source);
    touched.add(target);
  });
  const nodes = relationFilterActive ? touched : entities;
  return { nodes, edges };
}
