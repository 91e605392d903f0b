// Record reads of the embedded engine: counts, entities, relations, disputes, articles and
// mentions, converted with the row conversions every engine shares.

import {
  ENTITY_TYPES,
  isEntityType,
  isRelationType,
  type Article,
  type DisputeRecord,
  type EntityType,
  type EntityRecord,
  type ArticleMention,
  type Relation,
  type RelationType,
} from "../../../graph-schema/index.js";
import type { CountedRelation, EvidenceDepth, GraphCounts, RelationAt } from "../graph-store.js";
import {
  EVIDENCE_ITEM_KEY,
  rowToArticle,
  rowToCountedRelation,
  rowToDispute,
  rowToEntity,
  rowToRelation,
} from "../stored-records.js";
import type { LbugConnections } from "./connections.js";
import * as S from "./read-statements.js";
import { runCached, type Row } from "./run.js";

export { byId, compareIds } from "../store-shared.js";
import { byId, compareIds, countsFromTotals } from "../store-shared.js";

/** A `type, source, target, rel` row as a relation (null for a type outside the vocabulary). */
export function relationFromRow(row: Row): Relation | null {
  const type = String(row.type);
  return isRelationType(type) ? rowToRelation(type, String(row.source), String(row.target), row.rel as Row) : null;
}

/** Converts rows, dropping repeats of an id; sorted by id. */
export function uniqueRelations(rows: Row[]): Relation[] {
  const seen = new Map<string, Relation>();
  for (const row of rows) {
    const r = relationFromRow(row);
    if (r && !seen.has(r.id)) seen.set(r.id, r);
  }
  return [...seen.values()].sort(byId);
}

export async function readCounts(db: LbugConnections): Promise<GraphCounts> {
  const rows = await db.read((c) => runCached(c, S.counts()));
  return countsFromTotals(new Map(rows.map((r) => [String(r.key), Number(r.total ?? 0)])));
}

/** Labels of the stored entities among `ids`. */
export async function locate(db: LbugConnections, ids: string[]): Promise<Map<string, EntityType>> {
  if (ids.length === 0) return new Map();
  const rows = await db.read((c) => runCached(c, S.locateEntities(), { ids: [...new Set(ids)] }));
  return new Map(rows.filter((r) => isEntityType(String(r.label))).map((r) => [String(r.id), r.label as EntityType]));
}

/** Entities by id whose labels are known, in no particular order (each label's look-up in parallel). */
export async function entitiesByIds(db: LbugConnections, labelled: Map<string, EntityType>): Promise<EntityRecord[]> {
  const perLabel = ENTITY_TYPES.map(async (label) => {
    const ids = [...labelled].filter(([, l]) => l === label).map(([id]) => id);
    if (ids.length === 0) return [];
    const rows = await db.read((c) => runCached(c, S.entitiesByIds(label), { ids }));
    return rows.map((row) => rowToEntity(label, row));
  });
  return (await Promise.all(perLabel)).flat();
}

export async function readEntity(db: LbugConnections, id: string): Promise<EntityRecord | null> {
  return (await entitiesByIds(db, await locate(db, [id])))[0] ?? null;
}

export async function readAllEntities(db: LbugConnections): Promise<EntityRecord[]> {
  const out: EntityRecord[] = [];
  for (const label of ENTITY_TYPES) {
    for (const row of await db.read((c) => runCached(c, S.allOfLabel(label))))
      out.push(rowToEntity(label, row.n as Row));
  }
  return out.sort(byId);
}

export async function readRelation(db: LbugConnections, id: string): Promise<Relation | null> {
  return uniqueRelations(await db.read((c) => runCached(c, S.RELATION_BY_ID, { id })))[0] ?? null;
}

export async function readRelationsOf(db: LbugConnections, entityId: string): Promise<Relation[]> {
  const label = (await locate(db, [entityId])).get(entityId);
  if (!label) return [];
  return uniqueRelations(await db.read((c) => runCached(c, S.relationsOf(label), { id: entityId })));
}

export interface RelationRef {
  id: string;
  type: RelationType;
  source: string;
  sourceLabel: EntityType;
}

/** Relations by reference at an evidence depth: one query per (type, source label); sorted by id. */
export async function relationsByRefs<D extends EvidenceDepth>(
  db: LbugConnections,
  refs: RelationRef[],
  evidence: D,
): Promise<RelationAt<D>[]> {
  const groups = new Map<string, RelationRef[]>();
  for (const ref of refs) {
    const key = `${ref.type} ${ref.sourceLabel}`;
    const group = groups.get(key);
    if (group) group.push(ref);
    else groups.set(key, [ref]);
  }
  const wanted = new Set(refs.map((r) => r.id));
  const counted = evidence === "count";
  const found = new Map<string, Relation | CountedRelation>();
  for (const group of groups.values()) {
    const { type, sourceLabel } = group[0]!;
    const params = {
      sources: [...new Set(group.map((r) => r.source))],
      ...(counted ? { itemKey: EVIDENCE_ITEM_KEY } : {}),
    };
    for (const row of await db.read((c) => runCached(c, S.relationsFrom(type, sourceLabel, evidence), params))) {
      const id = String(counted ? row.id : (row.rel as Row).id);
      if (!wanted.has(id) || found.has(id)) continue;
      const relation = counted
        ? rowToCountedRelation(type, String(row.source), String(row.target), row)
        : relationFromRow(row);
      if (relation) found.set(id, relation);
    }
  }
  // The statement chosen by `evidence` returns the shape RelationAt<D> names.
  return [...found.values()].sort(byId) as RelationAt<D>[];
}

export async function readDisputes(db: LbugConnections): Promise<DisputeRecord[]> {
  return (await db.read((c) => runCached(c, S.allOfLabel("Dispute")))).map((r) => rowToDispute(r.n as Row));
}

export async function readArticles(db: LbugConnections): Promise<Article[]> {
  return (await db.read((c) => runCached(c, S.allOfLabel("Article")))).map((r) => rowToArticle(r.n as Row));
}

export async function readArticle(db: LbugConnections, id: string): Promise<Article | null> {
  const [row] = await db.read((c) => runCached(c, S.ARTICLE_BY_ID, { id }));
  return row ? rowToArticle(row.n as Row) : null;
}

const toMention = (row: Row): ArticleMention => ({
  article: String(row.article),
  entity: String(row.entity),
  count: Number(row.count ?? 0),
});

/** Most mentions first; ties by the other end's id. */
const byCount =
  (other: "article" | "entity") =>
  (a: ArticleMention, b: ArticleMention): number =>
    b.count - a.count || compareIds(a[other], b[other]);

export async function readMentionsOf(db: LbugConnections, entityId: string): Promise<ArticleMention[]> {
  const rows = await db.read((c) => runCached(c, S.MENTIONS_OF, { id: entityId }));
  return rows.map(toMention).sort(byCount("article"));
}

export async function readMentionsIn(db: LbugConnections, articleId: string): Promise<ArticleMention[]> {
  const rows = await db.read((c) => runCached(c, S.MENTIONS_IN, { id: articleId }));
  return rows.map(toMention).sort(byCount("entity"));
}

/** The buffer pool's size and the bytes it holds now (the engine's own account). */
export async function readBufferPool(db: LbugConnections): Promise<{ limitBytes: number; usedBytes: number }> {
  const [row] = await db.read((c) => runCached(c, S.bufferPoolInfo()));
  return { limitBytes: Number(row?.mem_limit ?? 0), usedBytes: Number(row?.mem_usage ?? 0) };
}
