// The relation filters of a subgraph query as pure functions, so every engine applies the
// same semantics (the engines may push parts of them into their own Cypher).

import type { Relation } from "../../graph-schema/index.js";
import type { SubgraphQuery } from "./graph-store.js";

/** First and last day a partial ISO date can stand for: "2025-02" → ["2025-02-01", "2025-02-31"]. */
export function dateSpan(date: string): [string, string] {
  const [y, m, d] = date.split("-");
  if (d) return [date, date];
  if (m) return [`${y}-${m}-01`, `${y}-${m}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/**
 * True when the relation's date can fall within [from, to]. A partial date overlaps when any
 * day it may mean lies in the range; an undated relation passes only when no range is set.
 */
export function dateInRange(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  const [start, end] = dateSpan(date);
  if (from && end < dateSpan(from)[0]) return false;
  if (to && start > dateSpan(to)[1]) return false;
  return true;
}

export type RelationFilter = Pick<SubgraphQuery, "relationTypes" | "from" | "to" | "sources" | "minConfidence">;

/** The fields of a relation the filter reads (a whole Relation will do). */
export type FilteredFields = Pick<Relation, "type" | "confidence" | "sources" | "date">;

export function relationPasses(relation: FilteredFields, filter: RelationFilter): boolean {
  if (filter.relationTypes?.length && !filter.relationTypes.includes(relation.type)) return false;
  if (filter.minConfidence !== undefined && relation.confidence < filter.minConfidence) return false;
  if (filter.sources?.length && !relation.sources.some((s) => filter.sources!.includes(s))) return false;
  return dateInRange(relation.date, filter.from, filter.to);
}
