// The extractor interface: article text in, entities (resolved against what the graph knows)
// and relations with their evidence out. The rule-based extractor is one implementation; a
// model-based one can be added beside it without touching merging, the CLI or the API.

import type {
  EntityType,
  EntityRecord,
  Provenance,
  Relation,
  RelationType,
  ResolutionMethod,
  TextSpan,
} from "../../graph-schema/index.js";
import type { KnowledgeIndex } from "./knowledge-index.js";

export type { KnowledgeIndex };

/** What the extractor reads: the article, with its publication date for relative dates. */
export interface ArticleInput {
  id: string;
  title: string;
  text: string;
  /** ISO date (possibly partial) or null when unknown. */
  published: string | null;
}

/** What the graph already knows, for resolving mentions; indexed once per batch (`indexKnowledge`). */
export interface GraphKnowledge {
  entities: readonly EntityRecord[];
  /** Relations already in the graph (HOLDS_ROLE and LEADS resolve titles such as "Russia's foreign minister"). */
  relations: readonly Relation[];
}

/** An entity the article mentions: an existing one, or a new one the extractor proposes. */
export interface ExtractedEntity {
  /** Existing entity id, or the proposed slug of a new one (merging makes it unique). */
  id: string;
  status: "existing" | "new";
  name: string;
  type: EntityType;
  /** Spellings seen in this article that the entity does not already carry. */
  newAliases: string[];
  /** For a State: ISO 3166-1 alpha-3 when known (from the reference tables). */
  iso3?: string;
  /** For an Organization or Place: its kind (government body, media, city ...) and country id. */
  kind?: string;
  country?: string | null;
  method: ResolutionMethod;
  /** 0..1: how sure the resolution is. */
  score: number;
  /** Why, in words, when it is not an exact name ("title 'Kremlin spokesperson' held by ..."). */
  note: string | null;
  mentions: TextSpan[];
}

/** A relation the article states, with the sentence that states it. */
export interface ExtractedRelation {
  type: RelationType;
  /** Entity ids as in `ExtractedEntity.id`. */
  source: string;
  target: string;
  date: string | null;
  dateBasis: Relation["dateBasis"];
  dateNote: string | null;
  /** Place entity id, when the sentence names where. */
  place: string | null;
  /** Office held, for HOLDS_ROLE. */
  role: string | null;
  topic: string | null;
  sentence: TextSpan;
  trigger: TextSpan;
  confidence: number;
  /** Which extractor, version and rule produced it; it travels onto the stored relation's evidence. */
  provenance: Provenance;
}

/** The kinds of dispute cue, from the firmest (a denial) to the weakest (a contradiction). */
export const DISPUTE_CUE_KINDS = [
  "denial",
  "not-confirmed",
  "not-acknowledged",
  "no-comment",
  "contradiction",
] as const;
export type DisputeCueKind = (typeof DISPUTE_CUE_KINDS)[number];

/**
 * A sentence that denies, refuses to confirm or fails to acknowledge something, or contradicts
 * a claim: the seed of a dispute. `about` names the relation it bears on when it can be told.
 */
export interface DisputeCue {
  kind: DisputeCueKind;
  /** Who denies / declines (entity id), when named. */
  speaker: string | null;
  about: { type: RelationType | null; source: string | null; target: string | null } | null;
  sentence: TextSpan;
  trigger: TextSpan;
  /** Position in words, e.g. "Russia and Iran have not publicly acknowledged the request". */
  position: string;
}

export interface Extraction {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  cues: DisputeCue[];
  /** Every sentence found, for the explorer's highlighting and for copy detection. */
  sentences: TextSpan[];
  warnings: string[];
}

export interface Extractor {
  /** Name and version ("actorgraph-rules/5"), recorded with what it extracted. */
  readonly name: string;
  /** Asynchronous, so that an extractor calling a model or a service fits behind the same interface. */
  extract(article: ArticleInput, knowledge: KnowledgeIndex): Promise<Extraction>;
}
