// Shortest paths between two entities on Neo4j: allShortestPaths with a bounded length gives
// the distinct entity sequences, then each hop takes its most confident relation (ties: id).
// The relation filter (relation-filter-cypher.ts) and the entity types restrict the pattern in Cypher.

import neo4j, { type ManagedTransaction } from "neo4j-driver";
import {
  ENTITY_TYPES,
  entityPasses,
  isEntityType,
  type EntityType,
  type Relation,
} from "../../../graph-schema/index.js";
import type { GraphPath, PathQuery, PathsResult } from "../graph-store.js";
import { runRows, type Neo4jConnection, type Row } from "./connection.js";
import { entitiesByIds, relationFromRow, uniqueById } from "./reads.js";
import { relationFilterParams, type RelationFilterParam } from "./relation-filter-cypher.js";
import { LOCATE_ENTITIES, MAX_PATH_LENGTH, pairRelations, shortestPaths } from "./statements.js";

export const DEFAULT_PATH_LIMIT = 10;

interface Sequence {
  ids: string[];
  labels: string[];
}

const NONE: PathsResult = { paths: [], entities: [] };

/** Key of an undirected hop. */
const hopKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export async function readPaths(connection: Neo4jConnection, query: PathQuery): Promise<PathsResult> {
  const limit = query.limit ?? DEFAULT_PATH_LIMIT;
  if (!Number.isInteger(query.maxLength) || query.maxLength > MAX_PATH_LENGTH) {
    throw new RangeError(`paths: maxLength must be an integer of at most ${MAX_PATH_LENGTH}, got ${query.maxLength}`);
  }
  const filter = query.filter ?? {};
  return connection.read(async (tx) => {
    const ends = await locate(tx, [query.from, query.to]);
    const shown = (id: string) => {
      const end = ends.get(id);
      return end && isEntityType(end.label) && entityPasses(end.label, filter) ? end.elementId : undefined;
    };
    const [a, b] = [shown(query.from), shown(query.to)];
    if (!a || !b || limit < 1) return NONE;
    if (query.from === query.to)
      return { paths: [{ entities: [query.from], relations: [] }], entities: await entitiesByIds(tx, [query.from]) };
    if (query.maxLength < 1) return NONE;
    const relationFilter = relationFilterParams(filter);
    const entityTypes = filter.entityTypes?.length ? filter.entityTypes : null;
    const params = { source: a, target: b, entityTypes, limit: neo4j.int(limit), ...relationFilter };
    const sequences = (await runRows(tx, shortestPaths(query.maxLength), params)).map((r): Sequence => ({
      ids: (r.ids as unknown[]).map(String),
      labels: (r.labels as unknown[]).map(String),
    }));
    if (sequences.length === 0) return NONE;
    const best = await bestRelations(tx, sequences, relationFilter);
    const paths = sequences.map((s) => toPath(s, best)).filter((p): p is GraphPath => p !== null);
    const ids = [...new Set(paths.flatMap((p) => p.entities))];
    return { paths, entities: await entitiesByIds(tx, ids) };
  });
}

/** Element ids and labels of the given entity ids that exist. */
async function locate(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Map<string, { elementId: string; label: string }>> {
  const rows = await runRows(tx, LOCATE_ENTITIES, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [String(r.id), { elementId: String(r.elementId), label: String(r.label) }]));
}

/** For every hop of every sequence, the relation with the highest confidence (then lowest id). */
async function bestRelations(
  tx: ManagedTransaction,
  sequences: Sequence[],
  relationFilter: Record<RelationFilterParam, unknown>,
): Promise<Map<string, Relation>> {
  const pairs = new Map<EntityType, Map<string, { a: string; b: string }>>();
  for (const s of sequences) {
    for (let i = 0; i + 1 < s.ids.length; i++) {
      const label = s.labels[i] as EntityType;
      if (!ENTITY_TYPES.includes(label)) continue;
      const [a, b] = [s.ids[i]!, s.ids[i + 1]!];
      const forLabel = pairs.get(label) ?? new Map<string, { a: string; b: string }>();
      forLabel.set(hopKey(a, b), { a, b });
      pairs.set(label, forLabel);
    }
  }
  const rows: Row[] = [];
  for (const [label, forLabel] of pairs) {
    rows.push(...(await runRows(tx, pairRelations(label), { pairs: [...forLabel.values()], ...relationFilter })));
  }
  const best = new Map<string, Relation>();
  for (const r of uniqueById(rows, relationFromRow)) {
    const key = hopKey(r.source, r.target);
    const current = best.get(key);
    if (!current || r.confidence > current.confidence || (r.confidence === current.confidence && r.id < current.id)) {
      best.set(key, r);
    }
  }
  return best;
}

function toPath(sequence: Sequence, best: Map<string, Relation>): GraphPath | null {
  const relations: Relation[] = [];
  for (let i = 0; i + 1 < sequence.ids.length; i++) {
    const relation = best.get(hopKey(sequence.ids[i]!, sequence.ids[i + 1]!));
    if (!relation) return null;
    relations.push(relation);
  }
  return { entities: sequence.ids, relations };
}
