// The k-hop neighbourhood of seed entities on Neo4j: a breadth-first search with one query per
// hop (ids and ends only, the relation filter applied in Cypher: relation-filter-cypher.ts),
// then full records fetched for what the limit keeps. Semantics: ../graph-store.ts.

import type { ManagedTransaction } from "neo4j-driver";
import {
  ENTITY_TYPES,
  isEntityType,
  isRelationType,
  type EntityType,
  type RelationType,
} from "../../../graph-schema/index.js";
import type { EvidenceDepth, RelationAt, Subgraph, SubgraphQuery } from "../graph-store.js";
import { runRows, type Neo4jConnection, type Row } from "./connection.js";
import { compareIds, entitiesByIds, relationsByIds } from "./reads.js";
import { relationFilterParams } from "./relation-filter-cypher.js";
import { hop, LOCATE_ENTITIES } from "./statements.js";

interface Reached {
  hop: number;
  label: EntityType;
}

interface Edge {
  id: string;
  type: RelationType;
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
    const entities = await entitiesByIds(tx, kept);
    const position = new Map(kept.map((id, i) => [id, i]));
    entities.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
    const relations = await relationsByIds(tx, keptEdges, query.evidence ?? ("full" as D));
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
    const rows = await hopRows(tx, frontier, reached, query, last ? [...reached.keys()] : null);
    const next: string[] = [];
    for (const row of rows) {
      const edge = edgeOf(row);
      if (!edge) continue;
      const other = String(row.other);
      if (!reached.has(other)) {
        const label = String(row.otherLabel);
        if (last || !isEntityType(label) || (query.entityTypes?.length && !query.entityTypes.includes(label))) continue;
        reached.set(other, { hop: level, label });
        next.push(other);
      }
      edges.set(edge.id, edge);
    }
    frontier = next;
  }
  return { reached, edges };
}

async function locateSeeds(tx: ManagedTransaction, seeds: string[]): Promise<Map<string, Reached>> {
  const ids = [...new Set(seeds)];
  const found = new Map<string, EntityType>();
  if (ids.length > 0) {
    for (const row of await runRows(tx, LOCATE_ENTITIES, { ids })) found.set(String(row.id), row.label as EntityType);
  }
  const reached = new Map<string, Reached>();
  for (const id of ids) {
    const label = found.get(id);
    if (label) reached.set(id, { hop: 0, label });
  }
  return reached;
}

/** One hop query per label among the frontier (each MATCH is labelled and index-backed). */
async function hopRows(
  tx: ManagedTransaction,
  frontier: string[],
  reached: Map<string, Reached>,
  query: SubgraphQuery,
  within: string[] | null,
): Promise<Row[]> {
  const rows: Row[] = [];
  const filter = relationFilterParams(query);
  for (const label of ENTITY_TYPES) {
    const ids = frontier.filter((id) => reached.get(id)?.label === label);
    if (ids.length === 0) continue;
    rows.push(...(await runRows(tx, hop(label), { ids, within, ...filter })));
  }
  return rows;
}

/** The row's relation (the hop query only returns relations that pass the filter). */
function edgeOf(row: Row): Edge | null {
  const type = String(row.type);
  return isRelationType(type)
    ? { id: String(row.id), type, source: String(row.source), target: String(row.target) }
    : null;
}
