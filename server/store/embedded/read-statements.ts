// The embedded engine's read statements (LadybugDB dialect). Every MATCH on an entity is labelled
// and keyed by id (a primary-key lookup); UNION ALL joins the per-label variants into one call.

import {
  ENTITY_LABELS,
  MENTIONS,
  NODE_LABELS,
  RELATION_TYPES,
  type EntityLabel,
  type RelationType,
} from "../../../graph-schema/index.js";
import { entityLabel, relationType } from "./write-statements.js";

const unionAll = (branches: string[]): string => branches.join(" UNION ALL ");

/** A relationship-type expression over the given types (all entity relation types by default). */
export function typeExpression(types?: readonly RelationType[]): string {
  const list = types?.length ? [...new Set(types)].map(relationType) : RELATION_TYPES;
  return list.join("|");
}

const ALL_TYPES = typeExpression();

/** Columns rowToRelation() takes: the full stored relation is the `rel` value. */
const RELATION_COLUMNS = "label(r) AS type, a.id AS source, b.id AS target, r AS rel";

export function locateEntities(): string {
  return unionAll(
    ENTITY_LABELS.map((l) => `UNWIND $ids AS i MATCH (n:${l} {id: i}) RETURN n.id AS id, '${l}' AS label`),
  );
}

export function counts(): string {
  return unionAll([
    ...NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN '${l}' AS key, count(n) AS total`),
    ...[...RELATION_TYPES, MENTIONS].map((t) => `MATCH ()-[r:${t}]->() RETURN '${t}' AS key, count(r) AS total`),
  ]);
}

export const entitiesByIds = (label: EntityLabel): string =>
  `UNWIND $ids AS i MATCH (n:${entityLabel(label)} {id: i}) RETURN n`;

export const allOfLabel = (label: string): string => `MATCH (n:${label}) RETURN n ORDER BY n.id`;

/** No index on relationship properties: a scan of the id column of every relation table. */
export const RELATION_BY_ID = `MATCH (a)-[r:${ALL_TYPES}]->(b) WHERE r.id = $id RETURN ${RELATION_COLUMNS}`;

/** Every relation of one entity, both directions. */
export function relationsOf(label: EntityLabel): string {
  const l = entityLabel(label);
  return unionAll([
    `MATCH (a:${l} {id: $id})-[r:${ALL_TYPES}]->(b) RETURN ${RELATION_COLUMNS}`,
    `MATCH (b:${l} {id: $id})<-[r:${ALL_TYPES}]-(a) RETURN ${RELATION_COLUMNS}`,
  ]);
}

/** Full relations of one type leaving the $sources (the caller keeps the ids it wants). */
export function relationsFrom(type: RelationType, sourceLabel: EntityLabel): string {
  return (
    `MATCH (a:${entityLabel(sourceLabel)})-[r:${relationType(type)}]->(b) WHERE a.id IN $sources ` +
    `RETURN ${RELATION_COLUMNS}`
  );
}

export const ARTICLE_BY_ID = "MATCH (n:Article {id: $id}) RETURN n";

export const MENTIONS_OF = unionAll(
  ENTITY_LABELS.map(
    (l) =>
      `MATCH (a:Article)-[m:${MENTIONS}]->(e:${l} {id: $id}) RETURN a.id AS article, e.id AS entity, m.count AS count`,
  ),
);

export const MENTIONS_IN = `MATCH (a:Article {id: $id})-[m:${MENTIONS}]->(e) RETURN a.id AS article, e.id AS entity, m.count AS count`;

export interface HopColumns {
  /** Also the date and the sources (the subgraph filter reads them). */
  filterFields: boolean;
}

/**
 * One BFS hop from entities of one label, ids and the fields the filters read only: the edges
 * leaving them and the edges reaching them (UNION ALL tells the stored direction). `a.id IN $ids`
 * filters one scan of the label's ids; `UNWIND $ids … MATCH (a {id: i})-[r]->(b)` would be planned
 * as a hash join over a scan of every relationship table (~0.5 s at 1M relations).
 */
export function hop(label: EntityLabel, types: readonly RelationType[] | undefined, columns: HopColumns): string {
  const l = entityLabel(label);
  const t = typeExpression(types);
  const extra = columns.filterFields ? ", r.date AS date, r.sources AS sources" : "";
  const fields = `a.id AS node, b.id AS other, label(b) AS otherLabel, label(r) AS type, r.id AS id, r.confidence AS confidence${extra}`;
  return unionAll([
    `MATCH (a:${l})-[r:${t}]->(b) WHERE a.id IN $ids RETURN ${fields}, true AS outgoing`,
    `MATCH (a:${l})<-[r:${t}]-(b) WHERE a.id IN $ids RETURN ${fields}, false AS outgoing`,
  ]);
}

/** Relation candidates for a listing: ids, types, dates and sources; filters run in JS. */
export function relationCandidates(entity: EntityLabel | null, type: RelationType | undefined): string {
  const t = type ? relationType(type) : ALL_TYPES;
  const fields =
    "r.id AS id, label(r) AS type, r.date AS date, r.sources AS sources, r.disputed AS disputed, a.id AS source, label(a) AS sourceLabel, b.id AS target";
  if (!entity) return `MATCH (a)-[r:${t}]->(b) RETURN ${fields}`;
  const l = entityLabel(entity);
  return unionAll([
    `MATCH (a:${l} {id: $id})-[r:${t}]->(b) RETURN ${fields}`,
    `MATCH (b:${l} {id: $id})<-[r:${t}]-(a) RETURN ${fields}`,
  ]);
}

/** Every relation with what the overview and the timeline read (used while the graph cache is off). */
export function overviewScan(): string {
  return (
    `MATCH (a)-[r:${ALL_TYPES}]->(b) RETURN a.id AS source, b.id AS target, label(a) AS sourceLabel, ` +
    "label(b) AS targetLabel, label(r) AS type, r.date AS date, r.confidence AS confidence, r.sources AS sources, r.evidence AS evidence"
  );
}
