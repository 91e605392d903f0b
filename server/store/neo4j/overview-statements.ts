// The Cypher of the overview and the timeline on Neo4j: aggregation runs in the database over
// the relations passing the relation filter (relation-filter-cypher.ts) and the end labels.
// Listed in statement-catalog.ts for the offline lint test.

import { relationFilterCondition, RELATION_FILTER_PARAMS, type RelationFilterParam } from "./relation-filter-cypher.js";
import { ANY_RELATION, EVIDENCE_ITEMS, type Statement } from "./statements.js";

export type OverviewFilterParam = RelationFilterParam | "labels";

const FILTER =
  `WHERE ${relationFilterCondition("r")}\n` +
  "  AND ($labels IS NULL OR (labels(a)[0] IN $labels AND labels(b)[0] IN $labels))\n";

const FILTER_PARAMS: readonly OverviewFilterParam[] = [...RELATION_FILTER_PARAMS, "labels"];

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
