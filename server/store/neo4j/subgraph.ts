// The k-hop neighbourhood of seed entities on Neo4j: a breadth-first search with one query per
// hop (ids and ends only, the relation filter applied in Cypher: relation-filter-cypher.ts),
// then the records of what the limit keeps, in two more queries. Nodes and relations are named by
// element id inside the one read transaction, so every step seeks them directly whatever their
// label or type. Semantics: ../graph-store.ts.

import type { ManagedTransaction } from "neo4j-driver";
import { isEntityType, type EntityType, type Relation } from "../../../graph-schema/index.js";
import type { CountedRelation, EvidenceDepth, RelationAt, Subgraph, SubgraphQuery } from "../graph-store.js";
import { byId, compareIds } from "../store-shared.js";
import { EVIDENCE_ITEM_KEY } from "../stored-records.js";
import { runRows, type Neo4jConnection } from "./connection.js";
import { countedRelationFromRow, entityFromRow, relationFromRow, uniqueById } from "./reads.js";
import { relationFilterParams } from "./relation-filter-cypher.js";
import {
  COUNTED_RELATIONS_BY_ELEMENT_IDS,
  ENTITIES_BY_ELEMENT_IDS,
  HOP_BY_ELEMENT_IDS,
  LOCATE_ENTITIES,
  RELATIONS_BY_ELEMENT_IDS,
} from "./statements.js";

interface Reached {
  hop: number;
  /** The node's element id, valid inside this read transaction. */
  element: string;
}

interface Edge {
  /** The relationship's element id, valid inside this read transaction. */
  element: string;
  source: string;
  target: string;
}

interface Exploration {
  reached: Map<string, Reached>;
  edges: Map<string, Edge>;
}

export async function readSubgraph<D extends EvidenceDepth>(
  connection: Neo4jConnection,
  query: SubgraphQuery<D>,
): Promise<Subgraph<RelationAt<D>>> {
  return connection.read(async (tx) => {
    const { reached, edges } = await explore(tx, query);
    const ordered = [...reached].sort(([a, x], [b, y]) => x.hop - y.hop || compareIds(a, b));
    const kept = ordered.slice(0, Math.max(0, query.limit)).map(([id]) => id);
    const keptSet = new Set(kept);
    const keptEdges = [...edges.values()].filter((e) => keptSet.has(e.source) && keptSet.has(e.target));
    const entityRows = await runRows(tx, ENTITIES_BY_ELEMENT_IDS, {
      elementIds: kept.map((id) => reached.get(id)!.element),
    });
    const entities = uniqueById(entityRows, entityFromRow);
    const position = new Map(kept.map((id, i) => [id, i]));
    entities.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
    const relations = await relationsByElementIds(
      tx,
      keptEdges.map((e) => e.element),
      query.evidence ?? ("full" as D),
    );
    return {
      seeds: [...new Set(query.seeds)].filter((id) => reached.get(id)?.hop === 0),
      entities,
      relations,
      truncated: kept.length < reached.size,
      omittedEntities: reached.size - kept.length,
      omittedRelations: edges.size - keptEdges.length,
    };
  });
}

/**
 * BFS: hop h expands the entities first reached at h-1. One more pass from the last level,
 * restricted to entities already reached, finds the relations between entities at that level.
 */
async function explore(tx: ManagedTransaction, query: SubgraphQuery): Promise<Exploration> {
  const reached = await locateSeeds(tx, query.seeds);
  const edges = new Map<string, Edge>();
  let frontier = [...reached.keys()];
  for (let level = 1; level <= query.depth + 1 && frontier.length > 0; level++) {
    const last = level > query.depth;
    const rows = await runRows(tx, HOP_BY_ELEMENT_IDS, {
      elementIds: frontier.map((id) => reached.get(id)!.element),
      within: last ? [...reached.values()].map((r) => r.element) : null,
      ...relationFilterParams(query),
    });
    const next: string[] = [];
    for (const row of rows) {
      const other = String(row.other);
      if (!reached.has(other)) {
        if (last || !shown(String(row.otherLabel), query)) continue;
        reached.set(other, { hop: level, element: String(row.otherElement) });
        next.push(other);
      }
      edges.set(String(row.id), {
        element: String(row.element),
        source: String(row.source),
        target: String(row.target),
      });
    }
    frontier = next;
  }
  return { reached, edges };
}

/** Whether a reached node is an entity of a type the query shows. */
function shown(label: string, query: SubgraphQuery): label is EntityType {
  return isEntityType(label) && !(query.entityTypes?.length && !query.entityTypes.includes(label));
}

async function locateSeeds(tx: ManagedTransaction, seeds: string[]): Promise<Map<string, Reached>> {
  const ids = [...new Set(seeds)];
  const found = new Map<string, string>();
  if (ids.length > 0) {
    for (const row of await runRows(tx, LOCATE_ENTITIES, { ids })) found.set(String(row.id), String(row.elementId));
  }
  const reached = new Map<string, Reached>();
  for (const id of ids) {
    const element = found.get(id);
    if (element) reached.set(id, { hop: 0, element });
  }
  return reached;
}

/** Relation records by element id at an evidence depth, sorted by id. */
async function relationsByElementIds<D extends EvidenceDepth>(
  tx: ManagedTransaction,
  elementIds: string[],
  evidence: D,
): Promise<RelationAt<D>[]> {
  if (elementIds.length === 0) return [];
  const counted = evidence === "count";
  const rows = counted
    ? await runRows(tx, COUNTED_RELATIONS_BY_ELEMENT_IDS, { elementIds, itemKey: EVIDENCE_ITEM_KEY })
    : await runRows(tx, RELATIONS_BY_ELEMENT_IDS, { elementIds });
  const convert = counted ? countedRelationFromRow : relationFromRow;
  // The statement chosen by `evidence` returns the shape RelationAt<D> names.
  return uniqueById<Relation | CountedRelation>(rows, convert).sort(byId) as RelationAt<D>[];
}
