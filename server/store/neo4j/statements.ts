// Every Cypher statement the Neo4j engine sends, as named constants and builders over the
// schema's closed vocabularies, so one offline test can lint each of them and every variant.

import { neo4jSchemaStatements } from "../../../graph-schema/ddl/neo4j.js";
import {
  ENTITY_TYPES,
  MENTIONS,
  NODE_LABELS,
  RELATION_PROPERTIES,
  RELATION_TYPES,
  relationTypeDef,
  type EntityType,
  type NodeLabel,
  type RelationType,
} from "../../../graph-schema/index.js";
import { DAY_SPAN } from "./day-span.js";
import {
  relationFilterCondition,
  RELATION_FILTER_PARAMS,
  windowCondition,
  WINDOW_PARAMS,
  type RelationFilterParam,
  type WindowParam,
} from "./relation-filter-cypher.js";

export interface Statement<P extends string = string> {
  /** Stable name, for error messages and the lint test's report. */
  readonly name: string;
  readonly cypher: string;
  /** Every $parameter the text uses (the lint test checks the list against the text). */
  readonly params: readonly P[];
}

const statement = <P extends string = never>(
  name: string,
  cypher: string,
  params: readonly P[] = [],
): Statement<P> => ({
  name,
  cypher,
  params,
});

/** Longest path `paths()` searches; the bound is written into the pattern, so it is capped. */
export const MAX_PATH_LENGTH = 10;

/** Labels and types are interpolated into statements: only the schema's own names get in. */
function member<T extends string>(names: readonly T[], value: string, what: string): T {
  if (!(names as readonly string[]).includes(value)) throw new Error(`neo4j statements: unknown ${what} "${value}"`);
  return value as T;
}
const nodeLabel = (l: string): NodeLabel => member(NODE_LABELS, l, "node label");
const entityLabel = (l: string): EntityType => member(ENTITY_TYPES, l, "entity label");
const relationType = (t: string): RelationType => member(RELATION_TYPES, t, "relation type");

/** Relationship-type expression matching every relation between entities (never MENTIONS). */
export const ANY_RELATION = RELATION_TYPES.join("|");

const unionAll = (branches: string[]): string => branches.join("\nUNION ALL\n");

/** Columns every full-relation read returns; rowToRelation() takes them. */
const RELATION_COLUMNS = "type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props";

// ---- connection and description -------------------------------------------------------

export const PING = statement("ping", "RETURN 1 AS ok");

export const COMPONENTS = statement(
  "components",
  "CALL dbms.components() YIELD name, versions, edition\nRETURN name, versions, edition",
);

// ---- schema and reset -------------------------------------------------------------------

/** graph-schema's constraints and indexes, each idempotent (IF NOT EXISTS). */
export function schemaStatements(): Statement[] {
  return neo4jSchemaStatements().map((cypher, i) => statement(`schema-${i + 1}`, cypher));
}

export const COUNT_NODES = statement("count-nodes", "MATCH (n) RETURN count(n) AS total");
export const COUNT_RELATIONSHIPS = statement("count-relationships", "MATCH ()-[r]->() RETURN count(r) AS total");

export const DELETE_RELATIONSHIPS_BATCH = statement(
  "delete-relationships-batch",
  "MATCH ()-[r]->()\nWITH r LIMIT $batch\nDELETE r\nRETURN count(*) AS deleted",
  ["batch"],
);

export const DELETE_NODES_BATCH = statement(
  "delete-nodes-batch",
  "MATCH (n)\nWITH n LIMIT $batch\nDETACH DELETE n\nRETURN count(*) AS deleted",
  ["batch"],
);

// ---- day spans of relations stored before they carried one (schema.ts migrates them) ----------

/** Distinct dates of the relations without a stored day span (none once migrated). */
export const DATES_WITHOUT_DAY_SPAN = statement(
  "dates-without-day-span",
  `MATCH ()-[r:${ANY_RELATION}]->()\nWHERE r.${DAY_SPAN} IS NULL\nRETURN DISTINCT r.date AS date`,
);

/** Gives up to $batch relations without one the day span of their date ($spans: date → span; else []). */
export const SET_DAY_SPANS_BATCH = statement(
  "set-day-spans-batch",
  `MATCH ()-[r:${ANY_RELATION}]->()\nWHERE r.${DAY_SPAN} IS NULL\nWITH r LIMIT $batch\n` +
    `SET r.${DAY_SPAN} = coalesce($spans[coalesce(r.date, '')], [])\nRETURN count(r) AS written`,
  ["spans", "batch"],
);

/**
 * Community edition keeps no database metadata, so an empty index's name records that every
 * relation has its span: a later open asks for the name instead of scanning every relation.
 */
export const DAY_SPANS_MARKER = "relations_have_day_spans";

export const DAY_SPANS_MARKED = statement(
  "day-spans-marked",
  `SHOW INDEXES YIELD name WHERE name = '${DAY_SPANS_MARKER}' RETURN count(*) AS marked`,
);

export const MARK_DAY_SPANS = statement(
  "mark-day-spans",
  `CREATE INDEX ${DAY_SPANS_MARKER} IF NOT EXISTS FOR (n:Article) ON (n.relationsHaveDaySpans)`,
);

// ---- loading ----------------------------------------------------------------------------

/** Upserts nodes of one label; each row is the node's full property map (null removes). */
export function mergeNodes(label: NodeLabel): Statement<"rows"> {
  const l = nodeLabel(label);
  return statement(
    `merge-nodes-${l}`,
    `UNWIND $rows AS row\nMERGE (n:${l} {id: row.id})\nSET n += row\nRETURN count(n) AS written`,
    ["rows"],
  );
}

/** End-label pairs the vocabulary allows for a relation type: the only ones mergeRelations() builds. */
export function allowedEndLabels(type: RelationType): [EntityType, EntityType][] {
  const def = relationTypeDef(relationType(type));
  return def.from.flatMap((a) => def.to.map((b): [EntityType, EntityType] => [a, b]));
}

/** Upserts relations of one type between one pair of end labels: both MATCHes use the unique-id index. */
export function mergeRelations(type: RelationType, from: EntityType, to: EntityType): Statement<"rows"> {
  const [t, a, b] = [relationType(type), entityLabel(from), entityLabel(to)];
  if (!allowedEndLabels(t).some(([x, y]) => x === a && y === b)) {
    throw new Error(`neo4j statements: ${t} cannot go from ${a} to ${b} (see graph-schema/relation-types.ts)`);
  }
  return statement(
    `merge-relations-${t}-${a}-${b}`,
    `UNWIND $rows AS row\nMATCH (a:${a} {id: row.source})\nMATCH (b:${b} {id: row.target})\n` +
      `MERGE (a)-[r:${t} {id: row.id}]->(b)\nSET r += row.props\nRETURN count(r) AS written`,
    ["rows"],
  );
}

/** Upserts (:Article)-[:MENTIONS {count}]->(entity) for entities of one label. */
export function mergeMentions(label: EntityType): Statement<"rows"> {
  const l = entityLabel(label);
  return statement(
    `merge-mentions-${l}`,
    `UNWIND $rows AS row\nMATCH (a:Article {id: row.article})\nMATCH (e:${l} {id: row.entity})\n` +
      `MERGE (a)-[m:${MENTIONS}]->(e)\nSET m.count = row.count\nRETURN count(m) AS written`,
    ["rows"],
  );
}

/** Which of $ids are stored entities: label and element id of each. */
export const LOCATE_ENTITIES = statement(
  "locate-entities",
  unionAll(
    ENTITY_TYPES.map(
      (l) =>
        `UNWIND $ids AS id\nMATCH (n:${l} {id: id})\nRETURN n.id AS id, labels(n)[0] AS label, elementId(n) AS elementId`,
    ),
  ),
  ["ids"],
);

// ---- reads --------------------------------------------------------------------------------

/** One row per label and relationship type (keys do not collide: types are UPPER_SNAKE). */
export const COUNTS = statement(
  "counts",
  unionAll([
    ...NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN '${l}' AS key, count(n) AS total`),
    ...[...RELATION_TYPES, MENTIONS].map((t) => `MATCH ()-[r:${t}]->() RETURN '${t}' AS key, count(r) AS total`),
  ]),
);

const ENTITY_COLUMNS = "labels(n)[0] AS label, properties(n) AS props";

export const ENTITIES_BY_IDS = statement(
  "entities-by-ids",
  unionAll(ENTITY_TYPES.map((l) => `UNWIND $ids AS id\nMATCH (n:${l} {id: id})\nRETURN ${ENTITY_COLUMNS}`)),
  ["ids"],
);

export const ALL_ENTITIES = statement(
  "all-entities",
  unionAll(ENTITY_TYPES.map((l) => `MATCH (n:${l})\nRETURN ${ENTITY_COLUMNS}`)),
);

/** Relations by id whatever their type: one index seek per type. */
export const RELATIONS_BY_IDS = statement(
  "relations-by-ids",
  unionAll(RELATION_TYPES.map((t) => `UNWIND $ids AS id\nMATCH ()-[r:${t} {id: id}]->()\nRETURN ${RELATION_COLUMNS}`)),
  ["ids"],
);

/** Relations of one type by id. */
export function relationsByIdsOfType(type: RelationType): Statement<"ids"> {
  const t = relationType(type);
  return statement(
    `relations-by-ids-${t}`,
    `UNWIND $ids AS id\nMATCH ()-[r:${t} {id: id}]->()\nRETURN ${RELATION_COLUMNS}`,
    ["ids"],
  );
}

/** Evidence items in the stored JSON list: the item key occurs once per item (stored-records.ts). */
export const EVIDENCE_ITEMS = "coalesce(size(split(r.evidence, $itemKey)) - 1, 0)";

/**
 * Columns rowToCountedRelation() takes: every stored property but the evidence, which is only
 * counted in the database and never sent.
 */
const COUNTED_RELATION_COLUMNS =
  "type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, r {" +
  RELATION_PROPERTIES.filter((p) => p.name !== "evidence")
    .map((p) => `.${p.name}`)
    .join(", ") +
  `, evidenceCount: ${EVIDENCE_ITEMS}} AS props`;

/** Every relation touching one of $ids, either direction. */
export const RELATIONS_OF = statement(
  "relations-of",
  unionAll(
    ENTITY_TYPES.map(
      (l) => `UNWIND $ids AS id\nMATCH (:${l} {id: id})-[r:${ANY_RELATION}]-()\nRETURN ${RELATION_COLUMNS}`,
    ),
  ),
  ["ids"],
);

export const DISPUTES = statement("disputes", "MATCH (d:Dispute)\nRETURN properties(d) AS props\nORDER BY props.id");

// ---- relation listing, articles, mentions ------------------------------------------------------

export type CandidateParam = "type" | "source" | "disputed" | WindowParam;

const CANDIDATE_FILTER =
  "WHERE ($type IS NULL OR type(r) = $type)\n" +
  "  AND ($source IS NULL OR $source IN r.sources)\n" +
  "  AND ($disputed IS NULL OR r.disputed = $disputed)\n" +
  `  AND ${windowCondition("r")}\n`;
const CANDIDATE_COLUMNS =
  "r.id AS id, type(r) AS type, r.date AS date, startNode(r).id AS source, endNode(r).id AS target";
const CANDIDATE_PARAMS: readonly CandidateParam[] = ["type", "source", "disputed", ...WINDOW_PARAMS];

/** Ids, types, dates and ends of the relations passing the filters (the page is sorted in JS). */
export const RELATION_CANDIDATES = statement(
  "relation-candidates",
  `MATCH ()-[r:${ANY_RELATION}]->()\n${CANDIDATE_FILTER}RETURN ${CANDIDATE_COLUMNS}`,
  CANDIDATE_PARAMS,
);

/** The same, for relations touching $entity (either direction). */
export const RELATION_CANDIDATES_OF = statement(
  "relation-candidates-of",
  unionAll(
    ENTITY_TYPES.map(
      (l) => `MATCH (:${l} {id: $entity})-[r:${ANY_RELATION}]-()\n${CANDIDATE_FILTER}RETURN ${CANDIDATE_COLUMNS}`,
    ),
  ),
  ["entity", ...CANDIDATE_PARAMS],
);

export const ALL_ARTICLES = statement(
  "all-articles",
  "MATCH (a:Article)\nRETURN properties(a) AS props\nORDER BY props.id",
);

export const ARTICLE_BY_ID = statement("article-by-id", "MATCH (a:Article {id: $id})\nRETURN properties(a) AS props", [
  "id",
]);

/** Articles naming $entity, with counts. */
export const MENTIONS_OF = statement(
  "mentions-of",
  unionAll(
    ENTITY_TYPES.map(
      (l) =>
        `MATCH (a:Article)-[m:${MENTIONS}]->(e:${l} {id: $entity})\nRETURN a.id AS article, e.id AS entity, m.count AS count`,
    ),
  ),
  ["entity"],
);

/** Entities $article names, with counts. */
export const MENTIONS_IN = statement(
  "mentions-in",
  `MATCH (a:Article {id: $article})-[m:${MENTIONS}]->(e)\nRETURN a.id AS article, e.id AS entity, m.count AS count`,
  ["article"],
);

// ---- subgraph -------------------------------------------------------------------------------

/**
 * One BFS hop from nodes given by element id, any label: each relation touching them that passes
 * the relation filter ($within, element ids too, restricts the other end). Element ids are seeked
 * directly and hold within one transaction, so a whole subgraph read takes one query per hop
 * whatever the labels, and its records are fetched by the element ids this returns.
 */
export const HOP_BY_ELEMENT_IDS = statement(
  "hop-by-element-ids",
  `UNWIND $elementIds AS eid\nMATCH (n)-[r:${ANY_RELATION}]-(o)\nWHERE elementId(n) = eid\n` +
    `  AND ${relationFilterCondition("r")}\n` +
    "  AND ($within IS NULL OR elementId(o) IN $within)\n" +
    "RETURN elementId(r) AS element, r.id AS id, type(r) AS type, startNode(r).id AS source,\n" +
    "  endNode(r).id AS target, o.id AS other, labels(o)[0] AS otherLabel, elementId(o) AS otherElement",
  ["elementIds", "within", ...RELATION_FILTER_PARAMS],
);

/** Entity records by element id (from LOCATE_ENTITIES or a hop, in the same transaction). */
export const ENTITIES_BY_ELEMENT_IDS = statement(
  "entities-by-element-ids",
  `UNWIND $elementIds AS eid\nMATCH (n)\nWHERE elementId(n) = eid\nRETURN ${ENTITY_COLUMNS}`,
  ["elementIds"],
);

/**
 * Full relation records by element id (from a hop, in the same transaction). The type list is what
 * makes the planner seek by element id rather than scan every relationship.
 */
export const RELATIONS_BY_ELEMENT_IDS = statement(
  "relations-by-element-ids",
  `UNWIND $elementIds AS eid\nMATCH ()-[r:${ANY_RELATION}]->()\nWHERE elementId(r) = eid\nRETURN ${RELATION_COLUMNS}`,
  ["elementIds"],
);

/** Relation records by element id at evidence depth "count". */
export const COUNTED_RELATIONS_BY_ELEMENT_IDS = statement(
  "counted-relations-by-element-ids",
  `UNWIND $elementIds AS eid\nMATCH ()-[r:${ANY_RELATION}]->()\nWHERE elementId(r) = eid\nRETURN ${COUNTED_RELATION_COLUMNS}`,
  ["elementIds", "itemKey"],
);

// ---- paths ------------------------------------------------------------------------------------

export type ShortestPathsParam = "source" | "target" | "entityTypes" | "limit" | RelationFilterParam;

/**
 * Distinct entity sequences of all shortest paths (undirected, bounded), in a stable order.
 * The ends come as element ids (from LOCATE_ENTITIES), which the planner seeks directly; the
 * bound is part of the pattern, hence one variant per length. Hops only over relations passing
 * the relation filter, through entities of $entityTypes (null: any).
 */
export function shortestPaths(maxLength: number): Statement<ShortestPathsParam> {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
    throw new RangeError(
      `neo4j statements: path length must be an integer from 1 to ${MAX_PATH_LENGTH}, got ${maxLength}`,
    );
  }
  return statement(
    `shortest-paths-${maxLength}`,
    "MATCH (a) WHERE elementId(a) = $source\nMATCH (b) WHERE elementId(b) = $target\n" +
      `MATCH p = allShortestPaths((a)-[:${ANY_RELATION}*..${maxLength}]-(b))\n` +
      `WHERE all(r IN relationships(p) WHERE ${relationFilterCondition("r")})\n` +
      "  AND all(n IN nodes(p) WHERE $entityTypes IS NULL OR labels(n)[0] IN $entityTypes)\n" +
      "WITH DISTINCT [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | labels(n)[0]] AS labels\n" +
      "RETURN ids, labels\nORDER BY ids\nLIMIT $limit",
    ["source", "target", "entityTypes", "limit", ...RELATION_FILTER_PARAMS],
  );
}

/** Every relation passing the relation filter between each pair {a, b} whose `a` has this label. */
export function pairRelations(label: EntityType): Statement<"pairs" | RelationFilterParam> {
  const l = entityLabel(label);
  return statement(
    `pair-relations-${l}`,
    `UNWIND $pairs AS pair\nMATCH (:${l} {id: pair.a})-[r:${ANY_RELATION}]-(o)\n` +
      `WHERE o.id = pair.b\n  AND ${relationFilterCondition("r")}\n` +
      `RETURN ${RELATION_COLUMNS}`,
    ["pairs", ...RELATION_FILTER_PARAMS],
  );
}

// ---- user Cypher ------------------------------------------------------------------------------

/** Our `id` of nodes known only by element id (ends of relationships a user query returned). */
export const NODE_IDS_BY_ELEMENT_ID = statement(
  "node-ids-by-element-id",
  "UNWIND $elementIds AS eid\nMATCH (n)\nWHERE elementId(n) = eid\nRETURN eid AS elementId, n.id AS id",
  ["elementIds"],
);
