// The embedded engine's read statements (LadybugDB dialect). Every MATCH on an entity is labelled
// and keyed by id (a primary-key lookup); UNION ALL joins the per-label variants into one call.

import {
  ENTITY_TYPES,
  MENTIONS,
  NODE_LABELS,
  nodeProperties,
  RELATION_PROPERTIES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from "../../../graph-schema/index.js";
import type { EvidenceDepth } from "../graph-store.js";
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
    ENTITY_TYPES.map((l) => `UNWIND $ids AS i MATCH (n:${l} {id: i}) RETURN n.id AS id, '${l}' AS label`),
  );
}

export function counts(): string {
  return unionAll([
    ...NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN '${l}' AS key, count(n) AS total`),
    ...[...RELATION_TYPES, MENTIONS].map((t) => `MATCH ()-[r:${t}]->() RETURN '${t}' AS key, count(r) AS total`),
  ]);
}

/**
 * Entities of one label by id, as the label's property columns (what rowToEntity() takes):
 * returning the node value `n` costs about 4× as much per row (400 ids: 17 ms against 4 ms).
 */
export const entitiesByIds = (label: EntityType): string =>
  `UNWIND $ids AS i MATCH (n:${entityLabel(label)} {id: i}) RETURN ` +
  nodeProperties(label)
    .map((p) => `n.${p.name} AS ${p.name}`)
    .join(", ");

export const allOfLabel = (label: string): string => `MATCH (n:${label}) RETURN n ORDER BY n.id`;

/** No index on relationship properties: a scan of the id column of every relation table. */
export const RELATION_BY_ID = `MATCH (a)-[r:${ALL_TYPES}]->(b) WHERE r.id = $id RETURN ${RELATION_COLUMNS}`;

/** Every relation of one entity, both directions. */
export function relationsOf(label: EntityType): string {
  const l = entityLabel(label);
  return unionAll([
    `MATCH (a:${l} {id: $id})-[r:${ALL_TYPES}]->(b) RETURN ${RELATION_COLUMNS}`,
    `MATCH (b:${l} {id: $id})<-[r:${ALL_TYPES}]-(a) RETURN ${RELATION_COLUMNS}`,
  ]);
}

/**
 * Columns rowToCountedRelation() takes: every stored property but the evidence, which the engine
 * only counts (the item key occurs once per item, see stored-records.ts) and never returns.
 */
const COUNTED_RELATION_COLUMNS =
  "label(r) AS type, a.id AS source, b.id AS target, " +
  RELATION_PROPERTIES.filter((p) => p.name !== "evidence")
    .map((p) => `r.${p.name} AS ${p.name}`)
    .join(", ") +
  ", coalesce(size(string_split(r.evidence, $itemKey)) - 1, 0) AS evidenceCount";

/**
 * Relations of one type leaving the $sources (the caller keeps the ids it wants): whole, or at
 * evidence depth "count" flat columns with the evidence counted ($itemKey).
 */
export function relationsFrom(type: RelationType, sourceLabel: EntityType, evidence: EvidenceDepth): string {
  const columns = evidence === "count" ? COUNTED_RELATION_COLUMNS : RELATION_COLUMNS;
  return `MATCH (a:${entityLabel(sourceLabel)})-[r:${relationType(type)}]->(b) WHERE a.id IN $sources RETURN ${columns}`;
}

export const ARTICLE_BY_ID = "MATCH (n:Article {id: $id}) RETURN n";

export const MENTIONS_OF = unionAll(
  ENTITY_TYPES.map(
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
export function hop(label: EntityType, types: readonly RelationType[] | undefined, columns: HopColumns): string {
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
export function relationCandidates(entity: EntityType | null, type: RelationType | undefined): string {
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

/** The buffer pool's limit and use, in bytes (`mem_limit`, `mem_usage`). */
export const bufferPoolInfo = (): string => "CALL bm_info() RETURN mem_limit, mem_usage";
