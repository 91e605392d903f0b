// The Cypher of the overview and the timeline on Neo4j: aggregation runs in the database, and the
// relation filter's semantics (types, confidence, sources, partial-date overlap) are written here
// once as one WHERE clause. Listed in statement-catalog.ts for the offline lint test.

import { ANY_RELATION, EVIDENCE_ITEMS, type Statement } from "./statements.js";

export type OverviewFilterParam = "types" | "minConfidence" | "sources" | "labels" | "fromDay" | "toDay";

/** First and last day a stored partial date (YYYY, YYYY-MM, YYYY-MM-DD) may stand for, as text. */
const FIRST_DAY = "CASE size(r.date) WHEN 4 THEN r.date + '-01-01' WHEN 7 THEN r.date + '-01' ELSE r.date END";
const LAST_DAY = "CASE size(r.date) WHEN 4 THEN r.date + '-12-31' WHEN 7 THEN r.date + '-31' ELSE r.date END";

/**
 * The relation filter of relation-filter.ts: $fromDay / $toDay are the first and last day of the
 * range's ends; an undated relation passes only when no range is set.
 */
const FILTER =
  "WHERE ($types IS NULL OR type(r) IN $types)\n" +
  "  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)\n" +
  "  AND ($sources IS NULL OR any(s IN r.sources WHERE s IN $sources))\n" +
  "  AND ($labels IS NULL OR (labels(a)[0] IN $labels AND labels(b)[0] IN $labels))\n" +
  "  AND (($fromDay IS NULL AND $toDay IS NULL) OR coalesce(r.date, '') <> '')\n" +
  `  AND ($fromDay IS NULL OR ${LAST_DAY} >= $fromDay)\n` +
  `  AND ($toDay IS NULL OR ${FIRST_DAY} <= $toDay)\n`;

const FILTER_PARAMS: readonly OverviewFilterParam[] = [
  "types",
  "minConfidence",
  "sources",
  "labels",
  "fromDay",
  "toDay",
];

const statement = <P extends string>(name: string, cypher: string, params: readonly P[]): Statement<P> => ({
  name,
  cypher,
  params,
});

/** Actors by relations passing the filter (either end), most first, with the reports behind them. */
export const OVERVIEW_ACTORS = statement(
  "overview-actors",
  `MATCH (a)-[r:${ANY_RELATION}]->(b)\n${FILTER}` +
    `WITH a, b, ${EVIDENCE_ITEMS} AS events\n` +
    "UNWIND (CASE WHEN a = b THEN [a] ELSE [a, b] END) AS n\n" +
    "WITH n.id AS id, count(*) AS relations, sum(events) AS events\n" +
    "RETURN id, relations, events\nORDER BY relations DESC, events DESC, id\nLIMIT $limit",
  [...FILTER_PARAMS, "itemKey", "limit"],
);

export const OVERVIEW_TOTAL = statement(
  "overview-total",
  `MATCH (a)-[r:${ANY_RELATION}]->(b)\n${FILTER}RETURN count(r) AS total`,
  FILTER_PARAMS,
);

/** Per type and direction: relations between the ranked actors (given by element id, which the planner seeks). */
export const OVERVIEW_PAIRS = statement(
  "overview-pairs",
  `MATCH (a)-[r:${ANY_RELATION}]->(b)\nWHERE elementId(a) IN $elementIds AND elementId(b) IN $elementIds\n` +
    FILTER.replace(/^WHERE /, "  AND ") +
    `RETURN a.id AS source, b.id AS target, type(r) AS type, count(*) AS relations, sum(${EVIDENCE_ITEMS}) AS events,\n` +
    "  min(r.date) AS firstDate, max(r.date) AS lastDate",
  [...FILTER_PARAMS, "itemKey", "elementIds"],
);

/** Relations and reports per stored date (no range: the timeline shows the whole span). */
export const TIMELINE = statement(
  "timeline",
  `MATCH (a)-[r:${ANY_RELATION}]->(b)\n${FILTER}` +
    `RETURN r.date AS date, count(*) AS relations, sum(${EVIDENCE_ITEMS}) AS events`,
  [...FILTER_PARAMS, "itemKey"],
);
