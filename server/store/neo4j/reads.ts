// Record reads of the Neo4j engine: counts, entities, relations and disputes by id or in full,
// each in a read transaction, converted with the row conversions shared by every engine.

import {
  isEntityType,
  isRelationType,
  type Article,
  type DisputeRecord,
  type EntityRecord,
  type ArticleMention,
  type Relation,
  type RelationType,
} from "../../../graph-schema/index.js";
import type { ManagedTransaction } from "neo4j-driver";
import type { CountedRelation, GraphCounts } from "../graph-store.js";
import { rowToArticle, rowToCountedRelation, rowToDispute, rowToEntity, rowToRelation } from "../stored-records.js";
import { runRows, type Neo4jConnection, type Row } from "./connection.js";
import {
  ALL_ARTICLES,
  ALL_ENTITIES,
  ARTICLE_BY_ID,
  COUNTS,
  DISPUTES,
  ENTITIES_BY_IDS,
  MENTIONS_IN,
  MENTIONS_OF,
  RELATIONS_BY_IDS,
  RELATIONS_OF,
  relationsByIdsOfType,
} from "./statements.js";

const props = (row: Row): Row => (row.props ?? {}) as Row;

/** A `label, props` row as an entity record (null for a node that is not an entity). */
export function entityFromRow(row: Row): EntityRecord | null {
  const label = String(row.label);
  return isEntityType(label) ? rowToEntity(label, props(row)) : null;
}

/** A `type, source, target, props` row as a relation (null for a type outside the vocabulary). */
export function relationFromRow(row: Row): Relation | null {
  const type = String(row.type);
  return isRelationType(type) ? rowToRelation(type, String(row.source), String(row.target), props(row)) : null;
}

/** A `type, source, target, props` row read at evidence depth "count" (props.evidenceCount). */
export function countedRelationFromRow(row: Row): CountedRelation | null {
  const type = String(row.type);
  return isRelationType(type) ? rowToCountedRelation(type, String(row.source), String(row.target), props(row)) : null;
}

/** Converts rows, dropping what is not an entity/relation and any repeat of an id. */
export function uniqueById<T extends { id: string }>(rows: Row[], convert: (row: Row) => T | null): T[] {
  const seen = new Map<string, T>();
  for (const row of rows) {
    const item = convert(row);
    if (item && !seen.has(item.id)) seen.set(item.id, item);
  }
  return [...seen.values()];
}

import { byId, compareIds, countsFromTotals } from "../store-shared.js";

export async function readCounts(connection: Neo4jConnection): Promise<GraphCounts> {
  const rows = await connection.readRows(COUNTS, {});
  return countsFromTotals(new Map(rows.map((r) => [String(r.key), Number(r.total ?? 0)])));
}

/** Entities by id, in one transaction of the caller's. */
export async function entitiesByIds(tx: ManagedTransaction, ids: string[]): Promise<EntityRecord[]> {
  if (ids.length === 0) return [];
  return uniqueById(await runRows(tx, ENTITIES_BY_IDS, { ids }), entityFromRow);
}

export async function readEntity(connection: Neo4jConnection, id: string): Promise<EntityRecord | null> {
  return (await connection.read((tx) => entitiesByIds(tx, [id])))[0] ?? null;
}

export async function readAllEntities(connection: Neo4jConnection): Promise<EntityRecord[]> {
  return uniqueById(await connection.readRows(ALL_ENTITIES, {}), entityFromRow).sort(byId);
}

export async function readRelation(connection: Neo4jConnection, id: string): Promise<Relation | null> {
  return uniqueById(await connection.readRows(RELATIONS_BY_IDS, { ids: [id] }), relationFromRow)[0] ?? null;
}

export async function readRelationsOf(connection: Neo4jConnection, entityId: string): Promise<Relation[]> {
  return uniqueById(await connection.readRows(RELATIONS_OF, { ids: [entityId] }), relationFromRow).sort(byId);
}

export async function readDisputes(connection: Neo4jConnection): Promise<DisputeRecord[]> {
  return (await connection.readRows(DISPUTES, {})).map((row) => rowToDispute(props(row)));
}

/** Full relations known by id and type: one index-backed query per type, sorted by id. */
export async function relationsByIds(
  tx: ManagedTransaction,
  refs: { id: string; type: RelationType }[],
): Promise<Relation[]> {
  const byType = new Map<RelationType, string[]>();
  for (const ref of refs) {
    const ids = byType.get(ref.type);
    if (ids) ids.push(ref.id);
    else byType.set(ref.type, [ref.id]);
  }
  const rows: Row[] = [];
  for (const [type, ids] of byType) rows.push(...(await runRows(tx, relationsByIdsOfType(type), { ids })));
  return uniqueById(rows, relationFromRow).sort(byId);
}

export async function readArticles(connection: Neo4jConnection): Promise<Article[]> {
  return (await connection.readRows(ALL_ARTICLES, {})).map((row) => rowToArticle(props(row)));
}

export async function readArticle(connection: Neo4jConnection, id: string): Promise<Article | null> {
  const [row] = await connection.readRows(ARTICLE_BY_ID, { id });
  return row ? rowToArticle(props(row)) : null;
}

const toMention = (row: Row): ArticleMention => ({
  article: String(row.article),
  entity: String(row.entity),
  count: Number(row.count ?? 0),
});

/** Most mentions first; ties by the other end's id. */
function byCount(other: "article" | "entity"): (a: ArticleMention, b: ArticleMention) => number {
  return (a, b) => b.count - a.count || compareIds(a[other], b[other]);
}

export async function readMentionsOf(connection: Neo4jConnection, entityId: string): Promise<ArticleMention[]> {
  return (await connection.readRows(MENTIONS_OF, { entity: entityId })).map(toMention).sort(byCount("article"));
}

export async function readMentionsIn(connection: Neo4jConnection, articleId: string): Promise<ArticleMention[]> {
  return (await connection.readRows(MENTIONS_IN, { article: articleId })).map(toMention).sort(byCount("entity"));
}
