// What one imported file adds to the graph: its source record, the entities it created, the
// aliases (codes, spellings) it gave existing ones, and its events as evidence on relations.
// The graph with imports is the graph without them plus each file's contribution, in order.

import type { Article, EntityRecord, RelationRecord } from "../../graph-schema/index.js";
import type { RecordSet } from "../ingest/graph-builder.js";
import { relationId } from "../dataset/relation-id.js";
import type { ResolutionDecision } from "../ingest/ledger.js";
import { eventTopic } from "./aggregate.js";
import { withUndone } from "./undo.js";

export interface Contribution {
  source: Article;
  entities: EntityRecord[];
  /** Entity id → aliases this file gave it. */
  aliases: Record<string, string[]>;
  /** One record per relation, holding only this file's events as evidence. */
  relations: RelationRecord[];
}

const evidenceKey = (e: RelationRecord["evidence"][number]): string =>
  `${e.article}\u001f${e.event?.eventId ?? e.start}`;

/** Adds `extra`'s evidence to `into` (events already there are kept once). */
export function mergeRelation(into: RelationRecord, extra: RelationRecord): RelationRecord {
  const seen = new Set(into.evidence.map(evidenceKey));
  const added = extra.evidence.filter((e) => !seen.has(evidenceKey(e)));
  if (added.length === 0) return into;
  const evidence = [...into.evidence, ...added];
  // A relation only events support is summarised by their count and codes; an article's topic stays.
  const eventsOnly = into.evidence.every((e) => e.event);
  return {
    ...into,
    evidence,
    confidence: Math.max(into.confidence, extra.confidence),
    topic: eventsOnly ? eventTopic(evidence) : (into.topic ?? extra.topic),
  };
}

/** The records with the contributions applied; the inputs are left as they were. */
export function applyContributions(
  base: RecordSet,
  contributions: readonly Contribution[],
  /** Actor resolutions undone since (see ./undo.ts). */
  undone: readonly ResolutionDecision[] = [],
): RecordSet {
  const articles = new Map(base.articles.map((a) => [a.id, a]));
  const entities = new Map(base.entities.map((e) => [e.id, e]));
  const relations = new Map(base.relations.map((r) => [relationId(r), r]));
  for (const given of contributions) {
    const c = withUndone(given, undone, entities);
    articles.set(c.source.id, c.source);
    for (const e of c.entities) if (!entities.has(e.id)) entities.set(e.id, e);
    for (const [id, aliases] of Object.entries(c.aliases)) {
      const e = entities.get(id);
      const fresh = aliases.filter((a) => a !== e?.name && !e?.aliases.includes(a));
      if (e && fresh.length > 0) entities.set(id, { ...e, aliases: [...e.aliases, ...fresh] });
    }
    for (const r of c.relations) {
      const id = relationId(r);
      const known = relations.get(id);
      relations.set(id, known ? mergeRelation(known, r) : r);
    }
  }
  return {
    articles: [...articles.values()],
    entities: [...entities.values()],
    relations: [...relations.values()],
    disputes: base.disputes,
  };
}

/** JSON with object keys sorted, so records read back from the ledger compare equal to fresh ones. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The same entities, aliases and relations (the source record's import time aside). */
export function sameContent(a: Contribution, b: Contribution): boolean {
  const { note: _a, ...sourceA } = a.source;
  const { note: _b, ...sourceB } = b.source;
  return (
    canonical([sourceA, a.entities, a.aliases, a.relations]) ===
    canonical([sourceB, b.entities, b.aliases, b.relations])
  );
}
