// Shapes of article ingestion: the request (CLI flags, sidecar file, POST /api/articles, the
// explorer's "Add article" panel) and the report of what was extracted and merged.

import { z } from "zod";
import type { EntityLabel } from "./labels.js";
import { DateBasis, PartialDate, type ArticleDerivation, type Evidence } from "./records.js";
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

export const IngestRequest = IngestMeta.extend({
  text: z.string().min(1, "text is empty").max(500_000, "text is longer than 500,000 characters"),
  /** Extract and resolve, report what would change, write nothing. */
  dryRun: z.boolean().default(false),
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
  type: EntityLabel;
  aliases: string[];
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
  warnings: string[];
  elapsedMs: number;
}
