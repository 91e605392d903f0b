// Engine-neutral pieces both engines share: id ordering, turning per-label/per-type totals into
// GraphCounts, resolving the labels of the entities a dataset refers to, and the load report.

import {
  ENTITY_TYPES,
  MENTIONS,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from "../../graph-schema/index.js";
import type { Dataset } from "../dataset/dataset.js";
import type { ActorDegree, GraphCounts, LoadReport, PairTally } from "./graph-store.js";

/** Code-unit order, the same in every engine and in JS (localeCompare is not). */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const byId = (a: { id: string }, b: { id: string }): number => compareIds(a.id, b.id);

/** Date ascending with undated relations last, then id: the order of relation listings. */
export function byDateThenId(a: { id: string; date: string | null }, b: { id: string; date: string | null }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return compareIds(a.date, b.date);
  }
  return compareIds(a.id, b.id);
}

/** GraphCounts from totals keyed by node label, relation type or MENTIONS. */
export function countsFromTotals(total: Map<string, number>): GraphCounts {
  const entities = Object.fromEntries(ENTITY_TYPES.map((l) => [l, total.get(l) ?? 0])) as Record<EntityType, number>;
  const relations: GraphCounts["relations"] = {};
  let totalRelations = 0;
  for (const t of RELATION_TYPES) {
    const n = total.get(t) ?? 0;
    if (n > 0) relations[t] = n;
    totalRelations += n;
  }
  return {
    entities,
    relations,
    articles: total.get("Article") ?? 0,
    disputes: total.get("Dispute") ?? 0,
    mentions: total.get(MENTIONS) ?? 0,
    totalEntities: Object.values(entities).reduce((a, b) => a + b, 0),
    totalRelations,
  };
}

/** Looks up the labels of already stored entities (those a dataset refers to but does not hold). */
export type LocateEntities = (ids: string[]) => Promise<Map<string, EntityType>>;

/** Label of every entity a relation or mention refers to; throws naming the ones not found. */
export async function entityLabels(dataset: Dataset, locate: LocateEntities | null): Promise<Map<string, EntityType>> {
  const labels = new Map<string, EntityType>(dataset.entities.map((e) => [e.id, e.type]));
  const wanted = new Set<string>();
  for (const r of dataset.relations) wanted.add(r.source).add(r.target);
  for (const m of dataset.mentions) wanted.add(m.entity);
  let missing = [...wanted].filter((id) => !labels.has(id));
  if (missing.length > 0 && locate) {
    for (const [id, label] of await locate(missing)) labels.set(id, label);
    missing = missing.filter((id) => !labels.has(id));
  }
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).join(", ") + (missing.length > 5 ? ` and ${missing.length - 5} more` : "");
    throw new Error(
      `load: relations or mentions refer to entities that are neither in the dataset nor stored: ${shown}`,
    );
  }
  return labels;
}

export function loadReport(dataset: Dataset, startedAt: number): LoadReport {
  return {
    articles: dataset.articles.length,
    entities: dataset.entities.length,
    relations: dataset.relations.length,
    mentions: dataset.mentions.length,
    disputes: dataset.disputes.length,
    elapsedMs: Math.round(performance.now() - startedAt),
  };
}

/** Overview ranking: most relations first, then most reports, then id. */
export function byConnections(a: ActorDegree, b: ActorDegree): number {
  return b.relations - a.relations || b.events - a.events || compareIds(a.id, b.id);
}

/** Relations of one type between `a` and `b` (either direction) and their dates, to add to a pair's tally. */
export interface PairCount {
  a: string;
  b: string;
  type: RelationType;
  relations: number;
  events: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** Adds to the tally of the pair and type, keyed with the ends in id order so either direction lands on one. */
export function addToPairTally(pairs: Map<string, PairTally>, count: PairCount): void {
  const [source, target] = count.a <= count.b ? [count.a, count.b] : [count.b, count.a];
  const key = `${source}\u0000${target}\u0000${count.type}`;
  let pair = pairs.get(key);
  if (!pair) {
    pair = { source, target, type: count.type, relations: 0, events: 0, firstDate: null, lastDate: null };
    pairs.set(key, pair);
  }
  pair.relations += count.relations;
  pair.events += count.events;
  if (count.firstDate !== null && (pair.firstDate === null || count.firstDate < pair.firstDate))
    pair.firstDate = count.firstDate;
  if (count.lastDate !== null && (pair.lastDate === null || count.lastDate > pair.lastDate))
    pair.lastDate = count.lastDate;
}
