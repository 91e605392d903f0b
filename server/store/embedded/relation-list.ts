// Relation listing on the embedded engine: candidates (ids, types, dates, sources, dispute flag)
// come from one scan or one entity's edges; the filters run in JS with relation-filter.ts's date
// semantics; the page is sorted by date (undated last) then id and only it is fetched whole.

import { isEntityType, isRelationType, type Relation, type RelationType } from "../../../graph-schema/index.js";
import type { RelationQuery } from "../graph-store.js";
import { dateInRange } from "../../../graph-schema/index.js";
import type { LbugConnections } from "./connections.js";
import { relationCandidates } from "./read-statements.js";
import { locate, relationsByRefs, type RelationRef } from "./reads.js";
import { runCached, type Row } from "./run.js";
import { byDateThenId } from "../store-shared.js";

interface Candidate extends RelationRef {
  date: string | null;
}

function passes(row: Row, query: RelationQuery): boolean {
  if (query.disputed !== undefined && Boolean(row.disputed) !== query.disputed) return false;
  if (query.other !== undefined && otherEnd(row, query.entity) !== query.other) return false;
  if (query.source !== undefined) {
    const sources = Array.isArray(row.sources) ? row.sources : [];
    if (!sources.includes(query.source)) return false;
  }
  const date = typeof row.date === "string" && row.date !== "" ? row.date : null;
  return dateInRange(date, query.from, query.to);
}

/** The end of the candidate that is not `entity`. */
function otherEnd(row: Row, entity: string | undefined): string {
  return String(row.source) === entity ? String(row.target) : String(row.source);
}

async function candidateRows(db: LbugConnections, query: RelationQuery): Promise<Row[]> {
  if (!query.entity) return db.read((c) => runCached(c, relationCandidates(null, query.type)));
  const label = (await locate(db, [query.entity])).get(query.entity);
  if (!label) return [];
  return db.read((c) => runCached(c, relationCandidates(label, query.type), { id: query.entity! }));
}

export async function readRelationList(
  db: LbugConnections,
  query: RelationQuery,
): Promise<{ total: number; items: Relation[] }> {
  const seen = new Map<string, Candidate>();
  for (const row of await candidateRows(db, query)) {
    const [id, type, sourceLabel] = [String(row.id), String(row.type), String(row.sourceLabel)];
    if (seen.has(id) || !isRelationType(type) || !isEntityType(sourceLabel) || !passes(row, query)) continue;
    const date = typeof row.date === "string" && row.date !== "" ? row.date : null;
    seen.set(id, { id, type: type as RelationType, source: String(row.source), sourceLabel, date });
  }
  const candidates = [...seen.values()].sort(byDateThenId);
  const page = candidates.slice(query.offset, query.offset + query.limit);
  const found = new Map((await relationsByRefs(db, page, "full")).map((r) => [r.id, r]));
  const items = page.map((c) => found.get(c.id)).filter((r): r is Relation => r !== undefined);
  return { total: candidates.length, items };
}
