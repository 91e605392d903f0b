// Shapes of article ingestion: the request (CLI flags, sidecar file, POST /api/articles, the
// explorer's "Add article" panel) and the report of what was extracted and merged.

import { z } from "zod";
import type { EntityType } from "./labels.js";
import { DateBasis, PartialDate, RelationTypeName, type ArticleDerivation, type Evidence } from "./records.js";
import type { RelationType } from "./relation-types.js";

/** Metadata of a new article; the sidecar `NAME.meta.json` holds the same fields. */
export const IngestMeta = z
  .object({
    title: z.string().trim().min(1, "title is empty").max(500),
    outlet: z.string().trim().max(200).nullable().default(null),
    published: PartialDate.nullable().default(null),
    url: z.url().max(2000).nullable().default(null),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, "expected an ISO 639-1 code")
      .default("en"),
  })
  .strict();
export type IngestMeta = z.infer<typeof IngestMeta>;

/** The most items one review may name in each of its lists. */
export const MAX_REVIEW_ITEMS = 500;

/** What the review key of an extracted relation is made of (extraction ids, the sentence's span). */
export interface ExtractedRelationRef {
  type: RelationType;
  source: string;
  target: string;
  sentence: { start: number; end: number };
}

/**
 * The stable name of one extracted relation, by which a review rejects or corrects it:
 * its type, its ends as the extractor named them and its sentence's span, e.g.
 * `MET:lena-vogel>sergei-lavrov@0-61`. The same text and graph give the same keys.
 */
export function extractedRelationKey(relation: ExtractedRelationRef): string {
  return `${relation.type}:${relation.source}>${relation.target}@${relation.sentence.start}-${relation.sentence.end}`;
}

const ExtractedId = z.string().min(1).max(300);
const RelationKey = z.string().min(1).max(1000);

/** A new type and/or new ends (extracted entity ids) for one extracted relation. */
export const RelationCorrection = z
  .object({
    relation: RelationKey,
    type: RelationTypeName.optional(),
    source: ExtractedId.optional(),
    target: ExtractedId.optional(),
  })
  .strict()
  .refine((c) => c.type !== undefined || c.source !== undefined || c.target !== undefined, {
    message: "a correction gives a new type, source or target",
  });
export type RelationCorrection = z.infer<typeof RelationCorrection>;

/**
 * The analyst's decisions on what was extracted, applied before merging and kept with the
 * article: rejecting an entity also drops every relation that needs it.
 */
export const IngestReview = z
  .object({
    rejectedEntities: z.array(ExtractedId).max(MAX_REVIEW_ITEMS).default([]),
    rejectedRelations: z.array(RelationKey).max(MAX_REVIEW_ITEMS).default([]),
    corrections: z.array(RelationCorrection).max(MAX_REVIEW_ITEMS).default([]),
  })
  .strict();
export type IngestReview = z.infer<typeof IngestReview>;

export const IngestRequest = IngestMeta.extend({
  text: z.string().min(1, "text is empty").max(500_000, "text is longer than 500,000 characters"),
  /** Extract and resolve, report what would change, write nothing. */
  dryRun: z.boolean().default(false),
  /** Rejections and corrections to apply to what is extracted before it is merged. */
  review: IngestReview.optional(),
}).strict();
export type IngestRequest = z.infer<typeof IngestRequest>;

/** A stretch of the article's text (JS string indices, end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** How a mention was tied to an entity; recorded so a reader (and an undo) can judge it. */
export const RESOLUTION_METHODS = ["name", "alias", "transliteration", "role", "stand-in", "gazetteer", "new"] as const;
export type ResolutionMethod = (typeof RESOLUTION_METHODS)[number];

export interface IngestedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** The id the extractor gave it: what a review names. */
  extractedId: string;
  /** "new": created by this article; "existing": already in the graph. */
  status: "new" | "existing";
  resolution: { method: ResolutionMethod; score: number; note: string | null };
  /** Spellings gained by this article (kept as aliases). */
  newAliases: string[];
  mentions: TextSpan[];
}

export interface IngestedRelation {
  /** The stored relation's id: an existing one when the article corroborates it. */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  date: string | null;
  dateBasis: z.infer<typeof DateBasis>;
  dateNote: string | null;
  place: string | null;
  evidence: Evidence;
  /** The words that coded the relation type. */
  trigger: TextSpan;
  confidence: number;
  cameo: string | null;
  /** new edge · another source for an edge already there · already carried by this article. */
  status: "new" | "corroborates" | "unchanged";
  /** The relation as the extractor produced it (before any correction) and its review key. */
  extracted: { key: string; type: RelationType; source: string; target: string };
  /** Set when a review corrected the type or an end. */
  corrected: boolean;
}

/** What a review did to one article's extraction. */
export interface AppliedReview {
  rejectedEntities: string[];
  rejectedRelations: string[];
  corrected: string[];
  /** Relations dropped because an entity they need was rejected (review keys). */
  dropped: string[];
}

export interface IngestedDispute {
  id: string;
  question: string;
  claims: { position: string; evidence: Evidence[] }[];
  status: "new" | "extended" | "unchanged";
}

export interface IngestReport {
  article: { id: string; title: string; outlet: string | null; published: string | null; url: string | null };
  dryRun: boolean;
  /** Nothing changed: the article was already in the graph with the same text. */
  unchanged: boolean;
  extractor: string;
  entities: IngestedEntity[];
  relations: IngestedRelation[];
  disputes: IngestedDispute[];
  derivedFrom: ArticleDerivation | null;
  /** The review applied (the request's and any kept with the article), null without one. */
  appliedReview: AppliedReview | null;
  warnings: string[];
  elapsedMs: number;
}
