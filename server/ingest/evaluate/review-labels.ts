// The analysts' reviews kept in an ingestion ledger as labelled articles: what each review left ticked
// or corrected (the gold), every pair of entities it judged in a sentence, and what the graph knew then.

import { extractedRelationKey, type Relation } from "../../../graph-schema/index.js";
import { toRelation } from "../../dataset/to-relation.js";
import { deniedRelations } from "../denials.js";
import type { ArticleInput, ExtractedEntity, GraphKnowledge } from "../extractor.js";
import { GraphBuilder, type RecordSet } from "../graph-builder.js";
import { decisionMap, replayEntry } from "../graph-dataset.js";
import type { LedgerContents, LedgerEntry } from "../ledger.js";
import { applyReview } from "../review.js";
import type { GoldEntity } from "./entity-alignment.js";
import { collapseFacts } from "./relation-facts.js";

/** What one review (or several, summed) says about the extraction it was given. */
export interface ReviewLabels {
  /** Relations left ticked as extracted: true positives of the extractor at the time. */
  accepted: number;
  /** Relations unticked, or dropped with an unticked entity: false positives. */
  rejected: number;
  /** Of `rejected`, those dropped because an entity they need was unticked. */
  withRejectedEntity: number;
  /** Relations re-typed or re-attached: the extracted form a false positive, the corrected form gold. */
  corrected: number;
  /** Relations a denial in their sentence kept as a dispute's claim, not asserted, so not judged. */
  disputed: number;
  /** Entities the analyst saw, and those unticked. */
  entities: number;
  rejectedEntities: number;
}

export const LABEL_KINDS = [
  "accepted",
  "rejected",
  "withRejectedEntity",
  "corrected",
  "disputed",
  "entities",
  "rejectedEntities",
] as const satisfies readonly (keyof ReviewLabels)[];

/** Two entities (ids sorted) in one sentence between which the analyst saw a relation, and so judged. */
export interface JudgedPair {
  ends: string;
  start: number;
  end: number;
}

export interface ReviewedArticle {
  article: ArticleInput;
  /** The extractor whose output was reviewed ("name/version"). */
  extractedBy: string;
  reviewedAt: string;
  /** The graph before the article was ingested: the curated data and the ledger entries before it. */
  knowledge: GraphKnowledge;
  /** Every entity the analyst saw; `goldEntities` the ones left ticked. */
  judgedEntities: GoldEntity[];
  goldEntities: GoldEntity[];
  /** Entities the extractor proposed as new: not in the knowledge, so matched by name. */
  proposed: ReadonlySet<string>;
  /** The ticked relations as extracted and the corrected ones as corrected, collapsed as the store would. */
  goldRelations: Relation[];
  judged: JudgedPair[];
  labels: ReviewLabels;
}

export const unorderedEnds = (a: string, b: string): string => [a, b].sort().join("\u001f");

const asGoldEntity = (e: ExtractedEntity): GoldEntity => ({
  id: e.id,
  name: e.name,
  aliases: [...new Set([...e.newAliases, ...e.mentions.map((m) => m.text)])],
  type: e.type,
});

function goldRelationsOf(entry: LedgerEntry, kept: ReturnType<typeof applyReview>["relations"]): Relation[] {
  const article = entry.article.id;
  return collapseFacts(
    kept.map((r) => r.relation),
    new Map(),
  ).map((fact) =>
    toRelation({
      type: fact.type,
      source: fact.source,
      target: fact.target,
      date: fact.date,
      dateBasis: fact.date ? "stated" : "unknown",
      dateNote: null,
      place: fact.place,
      topic: null,
      role: null,
      confidence: 1,
      evidence: fact.sentences.map((s) => ({ article, sentence: s.text, start: s.start, end: s.end })),
      disputes: [],
    }),
  );
}

/** The labels of one reviewed ledger entry, given what the graph knew before it. */
function labelsOf(
  entry: LedgerEntry & Required<Pick<LedgerEntry, "review">>,
  knowledge: GraphKnowledge,
): ReviewedArticle {
  const { extraction, article } = entry;
  const { entities, relations, applied } = applyReview(extraction, entry.review.review);
  // As merging does: a relation a denial in its sentence bears on is a dispute's claim, not asserted.
  const denied = new Set([...deniedRelations(extraction).values()].flat());
  const asserted = relations.filter((r) => !denied.has(r.original));
  const unticked = new Set([...applied.rejectedRelations, ...applied.dropped]);
  const judged: JudgedPair[] = [
    ...extraction.relations.filter((r) => unticked.has(extractedRelationKey(r))),
    ...asserted.flatMap((r) => [r.original, r.relation]),
  ].map(({ source, target, sentence }) => ({
    ends: unorderedEnds(source, target),
    start: sentence.start,
    end: sentence.end,
  }));
  return {
    article: { id: article.id, title: article.title, text: article.text, published: article.published },
    extractedBy: entry.extractor,
    reviewedAt: entry.review.reviewedAt,
    knowledge,
    judgedEntities: extraction.entities.map(asGoldEntity),
    goldEntities: entities.map(asGoldEntity),
    proposed: new Set(extraction.entities.filter((e) => e.status === "new").map((e) => e.id)),
    goldRelations: goldRelationsOf(entry, asserted),
    judged,
    labels: {
      accepted: asserted.filter((r) => !r.corrected).length,
      rejected: applied.rejectedRelations.length + applied.dropped.length,
      withRejectedEntity: applied.dropped.length,
      corrected: asserted.filter((r) => r.corrected).length,
      disputed: relations.length - asserted.length,
      entities: extraction.entities.length,
      rejectedEntities: applied.rejectedEntities.length,
    },
  };
}

function knowledgeOf(builder: GraphBuilder): GraphKnowledge {
  // A snapshot: merging the next entries changes the builder's records in place.
  const { entities, relations } = builder.records();
  return { entities, relations: relations.map(toRelation) };
}

/** How many entries of the ledger carry a review. */
export const reviewedCount = (contents: LedgerContents): number => contents.entries.filter((e) => e.review).length;

/**
 * The reviewed entries in ingestion order, each with the graph as it stood before it (the ledger
 * replayed over `base` as ingestion merged it), so a re-extraction resolves names as the reviewed one did.
 */
export function* reviewedArticles(base: RecordSet, contents: LedgerContents): Generator<ReviewedArticle> {
  const builder = new GraphBuilder(base);
  const decisions = decisionMap(contents.decisions);
  for (const entry of contents.entries) {
    const { review } = entry;
    if (review) yield labelsOf({ ...entry, review }, knowledgeOf(builder));
    replayEntry(builder, entry, decisions);
  }
}
