// Relation listing on Neo4j: type, end, source, dispute and partial-date window filters run in
// Cypher over ids and dates only (relation-filter-cypher.ts); the page is sorted by date (undated
// last) then id, and only its relations are fetched whole.

import { isRelationType, type Relation, type RelationType } from "../../../graph-schema/index.js";
import type { RelationQuery } from "../graph-store.js";
import { runRows, type Neo4jConnection } from "./connection.js";
import { relationsByIds } from "./reads.js";
import { windowParams } from "./relation-filter-cypher.js";
import { RELATION_CANDIDATES, RELATION_CANDIDATES_OF } from "./statements.js";
import { byDateThenId } from "../store-shared.js";

interface Candidate {
  id: string;
  type: RelationType;
  date: string | null;
}

/** The end of the candidate that is not `entity`. */
function otherEnd(row: Record<string, unknown>, entity: string | undefined): string {
  return String(row.source) === entity ? String(row.target) : String(row.source);
}

export async function readRelationList(
  connection: Neo4jConnection,
  query: RelationQuery,
): Promise<{ total: number; items: Relation[] }> {
  return connection.read(async (tx) => {
    const filters = {
      type: query.type ?? null,
      source: query.source ?? null,
      disputed: query.disputed ?? null,
      ...windowParams(query),
    };
    const rows = query.entity
      ? await runRows(tx, RELATION_CANDIDATES_OF, { entity: query.entity, ...filters })
      : await runRows(tx, RELATION_CANDIDATES, filters);
    const seen = new Map<string, Candidate>();
    for (const row of rows) {
      const [id, type] = [String(row.id), String(row.type)];
      if (query.other !== undefined && otherEnd(row, query.entity) !== query.other) continue;
      const date = typeof row.date === "string" && row.date !== "" ? row.date : null;
      if (isRelationType(type) && !seen.has(id)) seen.set(id, { id, type, date });
    }
    const candidates = [...seen.values()].sort(byDateThenId);
    const page = candidates.slice(query.offset, query.offset + query.limit);
    const found = new Map((await relationsByIds(tx, page)).map((r) => [r.id, r]));
    const items = page.map((c) => found.get(c.id)).filter((r): r is Relation => r !== undefined);
    return { total: candidates.length, items };
  });
}
