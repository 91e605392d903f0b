// Test extractors built from the gold answers: a perfect one (returns exactly what the curated graph
// draws from the article, proposing held-out entities under new ids), and filters that spoil it in
// known ways, to check that the scorer counts what it should.

import type { Dataset } from "../../../server/dataset/dataset.js";
import { goldFor } from "../../../server/ingest/evaluate/leave-one-out.js";
import type {
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  Extractor,
  KnowledgeIndex,
} from "../../../server/ingest/extractor.js";
import type { EntityRecord, Relation } from "../../../graph-schema/index.js";

export interface GoldExtractorOptions {
  /** Keep only the relations this accepts (default: all). */
  keepRelation?: (r: Relation) => boolean;
  /** Rewrite a relation before it is returned (default: unchanged). */
  alter?: (r: ExtractedRelation) => ExtractedRelation;
  /** Extra relations to add (already in extracted form). */
  extra?: (article: string) => ExtractedRelation[];
}

export function extractedEntity(e: Pick<EntityRecord, "id" | "name" | "type">, known: boolean): ExtractedEntity {
  return {
    id: known ? e.id : `proposed-${e.id}`,
    status: known ? "existing" : "new",
    name: e.name,
    type: e.type,
    newAliases: [],
    method: known ? "name" : "new",
    score: 1,
    note: null,
    mentions: [],
  };
}

export function extractedRelation(r: Relation, idOf: (id: string) => string): ExtractedRelation {
  const ev = r.evidence[0]!;
  const span = { start: ev.start, end: ev.end, text: ev.sentence };
  return {
    type: r.type,
    source: idOf(r.source),
    target: idOf(r.target),
    date: r.date,
    dateBasis: r.dateBasis,
    dateNote: r.dateNote,
    place: r.place === null ? null : idOf(r.place),
    role: r.role,
    topic: r.topic,
    sentence: span,
    trigger: span,
    confidence: r.confidence,
    provenance: { extractor: "gold-answers", version: "1", rule: "gold" },
  };
}

export function goldExtractor(dataset: Dataset, options: GoldExtractorOptions = {}): Extractor {
  return {
    name: "gold-answers",
    extract(article, knowledge: KnowledgeIndex): Promise<Extraction> {
      const gold = goldFor(dataset, article.id);
      const known = new Set(knowledge.entities.map((e) => e.id));
      const entities = gold.entities.map((e) => extractedEntity(e, known.has(e.id)));
      const idOf = (id: string): string => (known.has(id) ? id : `proposed-${id}`);
      const relations = gold.relations
        .filter(options.keepRelation ?? (() => true))
        .map((r) => extractedRelation(r, idOf))
        .map(options.alter ?? ((r) => r));
      relations.push(...(options.extra?.(article.id) ?? []));
      return Promise.resolve({ entities, relations, cues: [], sentences: [], warnings: [] });
    },
  };
}

export const emptyExtractor: Extractor = {
  name: "nothing",
  extract: () => Promise.resolve({ entities: [], relations: [], cues: [], sentences: [], warnings: [] }),
};
