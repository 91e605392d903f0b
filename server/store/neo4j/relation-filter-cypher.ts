// graph-schema/relation-filter.ts's relationPasses() as one Cypher condition on a relation, and
// the parameters that feed it, so every Neo4j read filters relations in the database: the time
// window compares the day span stored on each relation (day-span.ts) with the window's days.

import { partialDateBounds, type RelationFilter } from "../../../graph-schema/index.js";
import { DAY_SPAN } from "./day-span.js";

export type WindowParam = "fromDay" | "toDay" | "undated";
export type RelationFilterParam = "types" | "minConfidence" | "sources" | WindowParam;

export const WINDOW_PARAMS: readonly WindowParam[] = ["fromDay", "toDay", "undated"];
export const RELATION_FILTER_PARAMS: readonly RelationFilterParam[] = [
  "types",
  "minConfidence",
  "sources",
  ...WINDOW_PARAMS,
];

/** The filters the condition applies; `disputed` is not one of them (no read here asks for it). */
export type CypherRelationFilter = Omit<RelationFilter, "disputed">;

/**
 * True when relation `r` overlaps [$fromDay, $toDay] (a null end is open); an undated relation
 * ([] day span) passes when $undated is true.
 */
export function windowCondition(r: string): string {
  const span = `${r}.${DAY_SPAN}`;
  return (
    `(CASE WHEN size(${span}) = 0 THEN $undated\n` +
    `  ELSE ($fromDay IS NULL OR ${span}[1] >= $fromDay) AND ($toDay IS NULL OR ${span}[0] <= $toDay) END)`
  );
}

/** True when relation `r` passes types, minimum confidence (missing: 0), sources and the window. */
export function relationFilterCondition(r: string): string {
  return [
    `($types IS NULL OR type(${r}) IN $types)`,
    `($minConfidence IS NULL OR coalesce(${r}.confidence, 0.0) >= $minConfidence)`,
    `($sources IS NULL OR any(s IN ${r}.sources WHERE s IN $sources))`,
    windowCondition(r),
  ].join("\n  AND ");
}

/** The window's days; an end that is not a date leaves that side open, as rangeSpan() does. */
export function windowParams(
  filter: Pick<RelationFilter, "from" | "to" | "includeUndated">,
): Record<WindowParam, unknown> {
  const bounded = Boolean(filter.from || filter.to);
  return {
    fromDay: filter.from ? (partialDateBounds(filter.from)?.[0] ?? null) : null,
    toDay: filter.to ? (partialDateBounds(filter.to)?.[1] ?? null) : null,
    // relation-filter.ts: undated relations pass only without a range unless the filter says.
    undated: filter.includeUndated ?? !bounded,
  };
}

/** Parameters of relationFilterCondition(); an empty list restricts nothing (the API's rule). */
export function relationFilterParams(filter: CypherRelationFilter): Record<RelationFilterParam, unknown> {
  return {
    types: filter.relationTypes?.length ? [...filter.relationTypes] : null,
    minConfidence: filter.minConfidence ?? null,
    sources: filter.sources?.length ? [...filter.sources] : null,
    ...windowParams(filter),
  };
}
