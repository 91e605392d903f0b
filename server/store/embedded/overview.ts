// The overview and the timeline on the embedded engine: aggregated in JS over the relations of
// the in-process GraphCache (or, while it is off, over one Cypher scan), with the relation
// filter's own semantics. Two passes: rank the actors, then tally the pairs among the top ones.
// Answers from the cache are kept per query until the cache is dropped (at the next write).

import type { EntityType, RelationType } from "../../../graph-schema/index.js";
import type { DateTally, OverviewCounts, OverviewQuery, PairTally, TimelineFilter } from "../graph-store.js";
import { relationPasses, type FilteredRelation } from "../../../graph-schema/index.js";
import { addToPairTally, byConnections } from "../store-shared.js";
import { storedText, evidenceItemCount } from "../stored-records.js";
import type { GraphCache } from "./graph-cache.js";
import type { Row } from "./run.js";

/** The relations the aggregation reads, by position. */
export interface RelationTable {
  readonly size: number;
  source(i: number): string;
  target(i: number): string;
  sourceLabel(i: number): EntityType;
  targetLabel(i: number): EntityType;
  /** What the relation filter reads (type, confidence, sources, date). */
  fields(i: number): FilteredRelation;
  /** Evidence items (sentences or event rows). */
  events(i: number): number;
}

export function cacheTable(cache: GraphCache): RelationTable {
  return {
    size: cache.relationCount,
    source: (i) => cache.nodeIds[cache.src[i]!]!,
    target: (i) => cache.nodeIds[cache.dst[i]!]!,
    sourceLabel: (i) => cache.label(cache.src[i]!),
    targetLabel: (i) => cache.label(cache.dst[i]!),
    fields: (i) => ({
      type: cache.typeOf(i),
      confidence: cache.confidence[i]!,
      sources: cache.sources(i),
      date: cache.date(i),
    }),
    events: (i) => cache.evidenceCount(i),
  };
}

/** A table over the rows of a scan (read-statements.ts overviewScan). */
export function rowTable(rows: Row[]): RelationTable {
  const fields = rows.map((row): FilteredRelation => ({
    type: String(row.type) as RelationType,
    confidence: Number(row.confidence ?? 0),
    sources: Array.isArray(row.sources) ? row.sources.map(String) : [],
    date: storedText(row.date),
  }));
  const events = rows.map((row) => evidenceItemCount(storedText(row.evidence)));
  return {
    size: rows.length,
    source: (i) => String(rows[i]!.source),
    target: (i) => String(rows[i]!.target),
    sourceLabel: (i) => String(rows[i]!.sourceLabel) as EntityType,
    targetLabel: (i) => String(rows[i]!.targetLabel) as EntityType,
    fields: (i) => fields[i]!,
    events: (i) => events[i]!,
  };
}

/** Positions of the relations passing the filter and the entity-type restriction. */
function passing(table: RelationTable, query: OverviewQuery): number[] {
  const types = query.entityTypes?.length ? new Set<EntityType>(query.entityTypes) : null;
  const kept: number[] = [];
  for (let i = 0; i < table.size; i++) {
    if (types && !(types.has(table.sourceLabel(i)) && types.has(table.targetLabel(i)))) continue;
    if (relationPasses(table.fields(i), query)) kept.push(i);
  }
  return kept;
}

export function overviewOf(table: RelationTable, query: OverviewQuery): OverviewCounts {
  const kept = passing(table, query);
  const degrees = new Map<string, { id: string; relations: number; events: number }>();
  for (const i of kept) {
    const [source, target, events] = [table.source(i), table.target(i), table.events(i)];
    for (const id of source === target ? [source] : [source, target]) {
      const d = degrees.get(id) ?? { id, relations: 0, events: 0 };
      d.relations += 1;
      d.events += events;
      degrees.set(id, d);
    }
  }
  const actors = [...degrees.values()].sort(byConnections).slice(0, query.limit);
  const ranked = new Set(actors.map((a) => a.id));
  const pairs = new Map<string, PairTally>();
  for (const i of kept) {
    const [a, b] = [table.source(i), table.target(i)];
    if (!ranked.has(a) || !ranked.has(b)) continue;
    const { type, date } = table.fields(i);
    addToPairTally(pairs, { a, b, type, relations: 1, events: table.events(i), firstDate: date, lastDate: date });
  }
  return { actors, totalRelations: kept.length, pairs: [...pairs.values()] };
}

export function timelineOf(table: RelationTable, filter: TimelineFilter): DateTally[] {
  const byDate = new Map<string | null, DateTally>();
  for (let i = 0; i < table.size; i++) {
    const fields = table.fields(i);
    if (!relationPasses(fields, filter)) continue;
    const tally = byDate.get(fields.date) ?? { date: fields.date, relations: 0, events: 0 };
    tally.relations += 1;
    tally.events += table.events(i);
    byDate.set(fields.date, tally);
  }
  return [...byDate.values()];
}

/** Most answers kept per cache; the oldest goes first. */
const MEMO_SIZE = 64;
const memos = new WeakMap<GraphCache, Map<string, unknown>>();

/** The answer for `query` on this cache, computed once (a cache is never written to). */
export function memoised<T>(cache: GraphCache, kind: string, query: object, compute: () => T): T {
  let memo = memos.get(cache);
  if (!memo) memos.set(cache, (memo = new Map()));
  const key = `${kind}:${JSON.stringify(query)}`;
  if (memo.has(key)) return memo.get(key) as T;
  const answer = compute();
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, answer);
  return answer;
}
