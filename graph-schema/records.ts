// Record shapes of the graph (entities, relations, evidence, articles, disputes) as runtime
// validators; the TypeScript types are inferred from them so the two cannot drift apart.

import { z } from "zod";
import { EventEvidence } from "./event-evidence.js";
import { parsePartialDate } from "./partial-date.js";
import { RELATION_TYPES, type RelationType } from "./relation-types.js";

/** ISO 8601 date, possibly partial: 2025, 2025-02, 2025-02-18. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: "expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD",
    // One message for one bad value: the calendar check only reads what has the right shape.
    abort: true,
  })
  .refine((text) => parsePartialDate(text) !== null, "expected a real calendar date");

export const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lower-case slug such as vladimir-putin");

/** How a relation's date was obtained, so a reader can judge how far to trust it. */
export const DATE_BASES = ["stated", "relative", "inferred", "publication", "unknown"] as const;
export const DateBasis = z.enum(DATE_BASES);

/** Which extractor, at which version, and which of its rules produced an extracted fact. */
export const Provenance = z
  .object({
    extractor: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected an extractor name such as actorgraph-rules"),
    version: z.string().regex(/^[0-9A-Za-z.-]{1,32}$/, "expected a version such as 5"),
    rule: z.string().regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, "expected a rule id such as met.meet"),
  })
  .strict();
export type Provenance = z.infer<typeof Provenance>;

/** One sentence of one article that asserts a fact; offsets are JS string indices into the text. */
export const Evidence = z
  .object({
    article: z.string().min(1),
    sentence: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    /** Set when the evidence is an imported event row: `article` is then the imported file's source id. */
    event: EventEvidence.optional(),
    /** Set when an extractor produced the fact from this sentence. */
    provenance: Provenance.optional(),
  })
  .strict()
  .refine((e) => e.end > e.start, { message: "end must be greater than start", path: ["end"] });
export type Evidence = z.infer<typeof Evidence>;

const EntityBase = {
  id: Slug,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().default(""),
};

export const PersonRecord = z.object({ type: z.literal("Person"), ...EntityBase }).strict();
export const StateRecord = z
  .object({
    type: z.literal("State"),
    ...EntityBase,
    iso3: z.string().regex(/^[A-Z]{3}$/, "expected ISO 3166-1 alpha-3"),
  })
  .strict();
export const OrganizationRecord = z
  .object({
    type: z.literal("Organization"),
    ...EntityBase,
    kind: z.string().min(1),
    country: Slug.nullable().default(null),
  })
  .strict();
export const PlaceRecord = z
  .object({ type: z.literal("Place"), ...EntityBase, kind: z.string().min(1), country: Slug.nullable().default(null) })
  .strict();

export const EntityRecord = z.discriminatedUnion("type", [PersonRecord, StateRecord, OrganizationRecord, PlaceRecord]);
export type EntityRecord = z.infer<typeof EntityRecord>;

export const RelationTypeName = z.enum(RELATION_TYPES as unknown as [RelationType, ...RelationType[]]);

/** A relation as written in the curated data (ids and derived fields are computed at load). */
export const RelationRecord = z
  .object({
    type: RelationTypeName,
    source: Slug,
    target: Slug,
    date: PartialDate.nullable().default(null),
    dateBasis: DateBasis,
    /** How the date was worked out, in words, when it is not stated outright. */
    dateNote: z.string().nullable().default(null),
    place: Slug.nullable().default(null),
    topic: z.string().nullable().default(null),
    /** Office held, for HOLDS_ROLE; otherwise null. */
    role: z.string().nullable().default(null),
    confidence: z.number().min(0).max(1),
    evidence: z.array(Evidence).min(1, "a relation needs at least one evidence sentence"),
    disputes: z.array(Slug).default([]),
  })
  .strict();
export type RelationRecord = z.infer<typeof RelationRecord>;

/** A relation as stored and served: the record plus its id and what the vocabulary derives. */
export interface Relation extends RelationRecord {
  id: string;
  cameo: string | null;
  goldstein: number | null;
  /** Distinct article ids among the evidence. */
  sources: string[];
  /** Sources left once articles that repeat another source of this relation are counted once. */
  independentSources: number;
  disputed: boolean;
}

export const ArticleMeta = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]+$/, "expected letters, digits, _ or -"),
    file: z.string().min(1),
    title: z.string().min(1),
    outlet: z.string().nullable(),
    published: PartialDate.nullable(),
    /** When `published` is unknown: the range it must fall in and why. */
    publishedRange: z
      .object({ from: PartialDate, to: PartialDate, basis: z.string().min(1) })
      .strict()
      .nullable()
      .default(null),
    url: z.string().nullable(),
    language: z.string().regex(/^[a-z]{2}$/, "expected an ISO 639-1 code"),
    note: z.string().default(""),
  })
  .strict();
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** An article that repeats an earlier one (the same facts in other words). */
export interface ArticleDerivation {
  /** The earlier article it repeats. */
  article: string;
  /** 0..1: how much of the two articles' content and facts coincide. */
  similarity: number;
  basis: string;
}

export interface Article extends ArticleMeta {
  text: string;
  /** Set when the article repeats an earlier one, so it is not independent confirmation. */
  derivedFrom: ArticleDerivation | null;
}

/** Where sources disagree: one question, two or more claims, each with its evidence. */
export const DisputeRecord = z
  .object({
    id: Slug,
    question: z.string().min(1),
    claims: z
      .array(z.object({ position: z.string().min(1), evidence: z.array(Evidence).min(1) }).strict())
      .min(2, "a dispute needs at least two claims"),
  })
  .strict();
export type DisputeRecord = z.infer<typeof DisputeRecord>;

/**
 * (:Article)-[:MENTIONS {count}]->(entity), derived from the text and the entities' names: how often an
 * article names an entity. (A `Mention` in extraction is one span of text; this is the article-level count.)
 */
export interface ArticleMention {
  article: string;
  entity: string;
  count: number;
}
