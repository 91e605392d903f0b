// The analyst's reviews as labelled data for the evaluator: every rejected entity or relation
// is a negative example, every corrected relation a gold one, each with its sentence.

import type { RelationType, TextSpan } from "../../graph-schema/index.js";
import type { ExtractedRelation } from "./extractor.js";
import type { LedgerContents, LedgerEntry } from "./ledger.js";
import { applyReview } from "./review.js";

interface RelationEnds {
  type: RelationType;
  source: string;
  target: string;
  /** The ends' names as the extractor gave them. */
  sourceName: string | null;
  targetName: string | null;
}

interface ExampleBase {
  article: string;
  extractor: string;
  reviewedAt: string;
}

/** One line of `reviews export`. */
export type LabelledExample = ExampleBase &
  (
    | { label: "rejected"; kind: "entity"; entity: { id: string; name: string; type: string }; mentions: TextSpan[] }
    | {
        label: "rejected";
        kind: "relation";
        /** "analyst": rejected itself; "entity": an entity it needs was rejected. */
        basis: "analyst" | "entity";
        key: string;
        relation: RelationEnds;
        sentence: TextSpan;
        trigger: TextSpan;
      }
    | {
        label: "corrected";
        kind: "relation";
        key: string;
        extracted: RelationEnds;
        gold: RelationEnds;
        sentence: TextSpan;
        trigger: TextSpan;
      }
  );

function endsOf(relation: Pick<ExtractedRelation, "type" | "source" | "target">, names: Map<string, string>) {
  return {
    type: relation.type,
    source: relation.source,
    target: relation.target,
    sourceName: names.get(relation.source) ?? null,
    targetName: names.get(relation.target) ?? null,
  };
}

/** The labelled examples one ledger entry's review gives (none without a review). */
export function examplesOf(entry: LedgerEntry): LabelledExample[] {
  if (!entry.review) return [];
  const { review, reviewedAt } = entry.review;
  const base: ExampleBase = { article: entry.article.id, extractor: entry.extractor, reviewedAt };
  const names = new Map(entry.extraction.entities.map((e) => [e.id, e.name]));
  const applied = applyReview(entry.extraction, review).applied;
  const rejected = new Set(applied.rejectedEntities);
  const byKey = new Map(
    applyReview(entry.extraction, { ...review, rejectedEntities: [], rejectedRelations: [] }).relations.map((r) => [
      r.key,
      r,
    ]),
  );
  const examples: LabelledExample[] = entry.extraction.entities
    .filter((e) => rejected.has(e.id))
    .map((e) => ({
      ...base,
      label: "rejected",
      kind: "entity",
      entity: { id: e.id, name: e.name, type: e.type },
      mentions: e.mentions,
    }));
  const negatives = [
    ...applied.rejectedRelations.map((key) => ({ key, basis: "analyst" as const })),
    ...applied.dropped.map((key) => ({ key, basis: "entity" as const })),
  ];
  for (const { key, basis } of negatives) {
    const reviewed = byKey.get(key);
    if (!reviewed) continue;
    const { original } = reviewed;
    const relation = endsOf(original, names);
    examples.push({ ...base, label: "rejected", kind: "relation", basis, key, relation, ...spans(original) });
  }
  for (const key of applied.corrected) {
    const reviewed = byKey.get(key)!;
    const extracted = endsOf(reviewed.original, names);
    const gold = endsOf(reviewed.relation, names);
    examples.push({ ...base, label: "corrected", kind: "relation", key, extracted, gold, ...spans(reviewed.original) });
  }
  return examples;
}

const spans = (r: ExtractedRelation) => ({ sentence: r.sentence, trigger: r.trigger });

/** Every review in the ledger as labelled examples, articles in ingestion order. */
export const labelledExamples = (contents: LedgerContents): LabelledExample[] => contents.entries.flatMap(examplesOf);
