// zod schemas of the API responses the explorer reads, built from graph-schema's record
// validators and loose where the server may add fields (e.g. an article's derivedFrom).

import { z } from "zod";
import {
  ArticleMeta,
  DisputeRecord,
  ENTITY_LABELS,
  Evidence,
  RelationRecord,
  type CypherResult,
  type SerializedSubgraph,
} from "../../../graph-schema/index.js";

const DerivedFromSchema = z
  .looseObject({ article: z.string(), similarity: z.number().optional(), basis: z.string().optional() })
  .nullable()
  .optional();

export const ArticleMetaSchema = z.looseObject({ ...ArticleMeta.shape, derivedFrom: DerivedFromSchema });
export type ArticleMetaView = z.infer<typeof ArticleMetaSchema>;

export const ArticleListSchema = z.object({ total: z.number(), items: z.array(ArticleMetaSchema) });

export const ArticleDetailSchema = z.object({
  article: z.looseObject({ ...ArticleMeta.shape, text: z.string(), derivedFrom: DerivedFromSchema }),
});
export type ArticleDetail = z.infer<typeof ArticleDetailSchema>["article"];

export const RelationSchema = z.looseObject({
  ...RelationRecord.shape,
  evidence: z.array(Evidence),
  id: z.string(),
  cameo: z.string().nullable(),
  goldstein: z.number().nullable(),
  sources: z.array(z.string()),
  /** Sent once the API counts article derivation; older servers leave it out. */
  independentSources: z.number().optional(),
  disputed: z.boolean(),
});
export type RelationView = z.infer<typeof RelationSchema>;

export const EntitySchema = z.looseObject({
  id: z.string(),
  type: z.enum(ENTITY_LABELS),
  name: z.string(),
  aliases: z.array(z.string()),
  description: z.string().default(""),
});
export type EntityView = z.infer<typeof EntitySchema>;

export const EntityDetailSchema = z.object({
  entity: EntitySchema,
  degree: z.number(),
  roles: z.array(z.object({ role: z.string(), of: z.string(), relation: z.string() })),
  relationsByType: z.record(z.string(), z.array(RelationSchema)),
  mentionedIn: z.array(z.looseObject({ article: z.string(), entity: z.string(), count: z.number() })),
});
export type EntityDetail = z.infer<typeof EntityDetailSchema>;

export const SearchResultSchema = z.object({
  total: z.number(),
  items: z.array(EntitySchema.extend({ matched: z.string().nullable().optional(), score: z.number().optional() })),
});

export const DisputeListSchema = z.object({
  total: z.number(),
  items: z.array(z.looseObject({ ...DisputeRecord.shape })),
});
export type DisputeView = z.infer<typeof DisputeListSchema>["items"][number];

/** A subgraph is checked for its outline only: validating every attribute of 100k edges would stall. */
const SubgraphOutline = z.looseObject({
  attributes: z.looseObject({}),
  nodes: z.array(z.looseObject({ key: z.string(), attributes: z.looseObject({}) })),
  edges: z.array(z.looseObject({ key: z.string(), source: z.string(), target: z.string() })),
});

export function parseSubgraph(body: unknown): SerializedSubgraph {
  SubgraphOutline.parse(body);
  return body as SerializedSubgraph;
}

export const PathsResultSchema = z.object({
  from: z.string(),
  to: z.string(),
  length: z.number().nullable(),
  paths: z.array(z.object({ entities: z.array(z.string()), relations: z.array(z.string()) })),
  graph: z.unknown().transform((g) => parseSubgraph(g)),
});
export type PathsResult = z.infer<typeof PathsResultSchema>;

export interface CypherGraphBody {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

const CypherBodySchema = z.looseObject({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  truncated: z.boolean(),
  elapsedMs: z.number(),
  graph: z.object({
    nodes: z.array(z.object({ key: z.string(), attributes: z.record(z.string(), z.unknown()) })),
    edges: z.array(
      z.object({
        key: z.string(),
        source: z.string(),
        target: z.string(),
        attributes: z.record(z.string(), z.unknown()),
      }),
    ),
  }),
});

export type CypherResponse = CypherResult & { graph: CypherGraphBody; rowLimit?: number };

export function parseCypherResponse(body: unknown): CypherResponse {
  CypherBodySchema.parse(body);
  return body as CypherResponse;
}
