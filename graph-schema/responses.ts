// Response shapes of the HTTP API as zod schemas: the routes type their bodies with them, the
// OpenAPI document is generated from them, the explorer parses with them, and the API tests
// check every endpoint's answer against them (strict: a field nobody declared fails).

import { z } from "zod";
import { ENTITY_TYPES, EntityType, NODE_LABELS } from "./labels.js";
import {
  ArticleMeta,
  DATE_BASES,
  DisputeRecord,
  EntityRecord,
  RelationRecord,
  RelationTypeName,
  type Relation,
} from "./records.js";
import type { CypherValue } from "./cypher.js";
import { RELATION_FAMILIES } from "./relation-types.js";
import { SerializedSubgraph } from "./subgraph.js";

const count = z.number().int().nonnegative();

/** A relation as stored and served. */
export const RelationResponse = RelationRecord.extend({
  id: z.string(),
  cameo: z.string().nullable(),
  goldstein: z.number().nullable(),
  sources: z.array(z.string()),
  independentSources: count,
  disputed: z.boolean(),
}).strict();
// The served shape and the stored Relation are one type: each must be assignable to the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const relationShapesAgree: Same<z.infer<typeof RelationResponse>, Relation> = true;
void relationShapesAgree;

export const RelationPage = z.object({ total: count, items: z.array(RelationResponse) }).strict();
export type RelationPage = z.infer<typeof RelationPage>;

export const HealthResponse = z
  .object({
    status: z.literal("ok"),
    engine: z.enum(["embedded", "neo4j"]),
    version: z.string(),
    counts: z
      .object({
        entities: count,
        relations: count,
        articles: count,
        disputes: count,
        entitiesByType: z.record(z.enum(ENTITY_TYPES), count),
        relationsByType: z.partialRecord(RelationTypeName, count),
      })
      .strict(),
    searchIndex: z.object({ entities: count }).strict(),
  })
  .strict();
export type HealthResponse = z.infer<typeof HealthResponse>;

const PropertyDefResponse = z
  .object({
    name: z.string(),
    kind: z.enum(["string", "string[]", "number", "integer", "boolean"]),
    meaning: z.string(),
    indexed: z.boolean().optional(),
  })
  .strict();

export const SchemaResponse = z
  .object({
    nodeLabels: z.array(
      z
        .object({
          label: z.enum(NODE_LABELS),
          meaning: z.string(),
          colour: z.string(),
          properties: z.array(PropertyDefResponse),
        })
        .strict(),
    ),
    relationTypes: z.array(
      z
        .object({
          type: RelationTypeName,
          meaning: z.string(),
          directed: z.boolean(),
          cameo: z.string().nullable(),
          goldstein: z.number().nullable(),
          family: z.enum(RELATION_FAMILIES),
          from: z.array(z.enum(ENTITY_TYPES)),
          to: z.array(z.enum(ENTITY_TYPES)),
        })
        .strict(),
    ),
    relationFamilies: z.record(z.enum(RELATION_FAMILIES), z.string()),
    dateBases: z.array(z.enum(DATE_BASES)),
  })
  .strict();
export type SchemaResponse = z.infer<typeof SchemaResponse>;

/** A search hit: the entity, how well it matched, and the spelling (name or alias) that matched. */
export const EntityHitResponse = z.intersection(
  EntityRecord,
  z.object({ score: z.number().optional(), matched: z.string().optional() }),
);

export const EntitySearchResponse = z
  .object({ total: count, limit: count, offset: count, items: z.array(EntityHitResponse) })
  .strict();
export type EntitySearchResponse = z.infer<typeof EntitySearchResponse>;

export const MentionResponse = z.object({ article: z.string(), entity: z.string(), count: count }).strict();

/** Enough of an entity to name it where another entity's details refer to it. */
export const EntityReference = z.object({ id: z.string(), name: z.string(), type: EntityType }).strict();
export type EntityReference = z.infer<typeof EntityReference>;

export const EntityDetailResponse = z
  .object({
    entity: EntityRecord,
    degree: count,
    roles: z.array(z.object({ role: z.string(), of: z.string(), relation: z.string() }).strict()),
    relationsByType: z.partialRecord(RelationTypeName, z.array(RelationResponse)),
    /** The entities at the other end of its relations (and offices), once each, so lists name them. */
    neighbours: z.array(EntityReference),
    mentionedIn: z.array(MentionResponse),
  })
  .strict();
export type EntityDetailResponse = z.infer<typeof EntityDetailResponse>;

export const PathsResponse = z
  .object({
    from: z.string(),
    to: z.string(),
    /** Hops of the shortest path, null when none is within the bound. */
    length: z.number().int().nullable(),
    paths: z.array(z.object({ entities: z.array(z.string()), relations: z.array(z.string()) }).strict()),
    graph: SerializedSubgraph,
  })
  .strict();
export type PathsResponse = z.infer<typeof PathsResponse>;

const ArticleDerivationResponse = z
  .object({ article: z.string(), similarity: z.number(), basis: z.string() })
  .strict()
  .nullable();

export const ArticleSummaryResponse = ArticleMeta.extend({
  derivedFrom: ArticleDerivationResponse,
  /** Characters of text. */
  length: count,
}).strict();

export const ArticleListResponse = z.object({ total: count, items: z.array(ArticleSummaryResponse) }).strict();
export type ArticleListResponse = z.infer<typeof ArticleListResponse>;

export const ArticleResponse = ArticleMeta.extend({
  text: z.string(),
  derivedFrom: ArticleDerivationResponse,
}).strict();

export const ArticleDetailResponse = z
  .object({ article: ArticleResponse, relations: z.array(RelationResponse), mentions: z.array(MentionResponse) })
  .strict();
export type ArticleDetailResponse = z.infer<typeof ArticleDetailResponse>;

export const DisputeListResponse = z
  .object({
    total: count,
    items: z.array(DisputeRecord.extend({ relations: z.array(RelationResponse) }).strict()),
  })
  .strict();
export type DisputeListResponse = z.infer<typeof DisputeListResponse>;

const CypherGraphElementAttributes = z.record(z.string(), z.unknown());

/** Any JSON value; nodes, relationships and paths are objects of the shapes in cypher.ts. */
const CypherValueSchema = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.array(CypherValueSchema),
    z.record(z.string(), CypherValueSchema),
  ]),
) as unknown as z.ZodType<CypherValue>;

/** Rows as the engine returned them, and the nodes and relationships found in them as a graph to draw. */
export const CypherResponse = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), CypherValueSchema)),
    truncated: z.boolean(),
    elapsedMs: z.number().nonnegative(),
    rowLimit: count,
    graph: z
      .object({
        options: z
          .object({ type: z.literal("mixed"), multi: z.literal(true), allowSelfLoops: z.literal(true) })
          .strict(),
        attributes: z.object({}).strict(),
        nodes: z.array(z.object({ key: z.string(), attributes: CypherGraphElementAttributes }).strict()),
        edges: z.array(
          z
            .object({
              key: z.string(),
              source: z.string(),
              target: z.string(),
              undirected: z.literal(true).optional(),
              attributes: CypherGraphElementAttributes,
            })
            .strict(),
        ),
      })
      .strict(),
  })
  .strict();
export type CypherResponse = z.infer<typeof CypherResponse>;

/** A ready-made query for the Cypher console, written in the dialect of the engine that serves it. */
export const CypherExample = z
  .object({
    title: z.string(),
    query: z.string(),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type CypherExample = z.infer<typeof CypherExample>;

/** GET /api/cypher/examples: the running engine's examples, each valid on it. */
export const CypherExamplesResponse = z.object({ items: z.array(CypherExample) }).strict();
export type CypherExamplesResponse = z.infer<typeof CypherExamplesResponse>;
