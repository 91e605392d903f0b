// The relation filters of a subgraph query as pure functions, so every engine applies the
// same semantics (the engines may push parts of them into their own Cypher).

import { dateInRange, type Relation } from "../../graph-schema/index.js";
import type { SubgraphQuery } from "./graph-store.js";

// The partial-date rule lives in graph-schema; re-exported for the engines that import it here.
// An undated relation passes only when no range is set (dateInRange's default).
export { dateInRange } from "../../graph-schema/index.js";

export type RelationFilter = Pick<SubgraphQuery, "relationTypes" | "from" | "to" | "sources" | "minConfidence">;

/** The fields of a relation the filter reads (a whole Relation will do). */
export type FilteredFields = Pick<Relation, "type" | "confidence" | "sources" | "date">;

export function relationPasses(relation: FilteredFields, filter: RelationFilter): boolean {
  if (filter.relationTypes?.length && !filter.relationTypes.includes(relation.type)) return false;
  if (filter.minConfidence !== undefined && relation.confidence < filter.minConfidence) return false;
  if (filter.sources?.length && !relation.sources.some((s) => filter.sources!.includes(s))) return false;
  return dateInRange(relation.date, filter.from, filter.to);
}
