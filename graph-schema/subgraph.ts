// The JSON shape of a subgraph as the API sends it: graphology's serialized format, so a
// client can `graph.import(body)` directly. Attribute names avoid sigma's reserved `type`.
// zod schemas, with the TypeScript types inferred from them, so the server, the OpenAPI
// document, the explorer and the tests read one definition.

import { z } from "zod";
import { ENTITY_TYPES } from "./labels.js";
import { DateBasis, Evidence } from "./records.js";
import { RELATION_FAMILIES, RELATION_TYPES, type RelationType } from "./relation-types.js";

const RelationTypeEnum = z.enum(RELATION_TYPES as unknown as [RelationType, ...RelationType[]]);

export const EntityNodeAttributes = z
  .object({
    /** Display name (sigma draws `label`). */
    label: z.string(),
    entityType: z.enum(ENTITY_TYPES),
    aliases: z.array(z.string()),
    description: z.string(),
    /** Label-specific extras (iso3, kind, country) when present. */
    iso3: z.string().optional(),
    kind: z.string().optional(),
    country: z.string().nullable().optional(),
  })
  .strict();
export type EntityNodeAttributes = z.infer<typeof EntityNodeAttributes>;

export const RelationEdgeAttributes = z
  .object({
    /** Short display text (sigma draws `label` on edges when asked). */
    label: z.string(),
    relationType: RelationTypeEnum,
    family: z.enum(RELATION_FAMILIES),
    directed: z.boolean(),
    date: z.string().nullable(),
    dateBasis: DateBasis,
    dateNote: z.string().nullable(),
    place: z.string().nullable(),
    topic: z.string().nullable(),
    role: z.string().nullable(),
    cameo: z.string().nullable(),
    goldstein: z.number().nullable(),
    confidence: z.number(),
    sources: z.array(z.string()),
    /** Sources once articles repeating another of them are counted once. */
    independentSources: z.number().int(),
    evidence: z.array(Evidence),
    disputed: z.boolean(),
    disputes: z.array(z.string()),
  })
  .strict();
export type RelationEdgeAttributes = z.infer<typeof RelationEdgeAttributes>;

export const SubgraphAttributes = z
  .object({
    /** Seeds the neighbourhood was grown from, if any. */
    seeds: z.array(z.string()),
    /** True when a limit cut the result. */
    truncated: z.boolean(),
    /** How many entities / relations matched but were left out by the limit. */
    omittedEntities: z.number().int(),
    omittedRelations: z.number().int(),
  })
  .strict();
export type SubgraphAttributes = z.infer<typeof SubgraphAttributes>;

export const SerializedNode = z.object({ key: z.string(), attributes: EntityNodeAttributes }).strict();
export type SerializedNode = z.infer<typeof SerializedNode>;

export const SerializedEdge = z
  .object({
    key: z.string(),
    source: z.string(),
    target: z.string(),
    undirected: z.boolean().optional(),
    attributes: RelationEdgeAttributes,
  })
  .strict();
export type SerializedEdge = z.infer<typeof SerializedEdge>;

/** graphology SerializedGraph specialised to our attributes (multi, mixed). */
export const SerializedSubgraph = z
  .object({
    options: z.object({ type: z.literal("mixed"), multi: z.literal(true), allowSelfLoops: z.literal(true) }).strict(),
    attributes: SubgraphAttributes,
    nodes: z.array(SerializedNode),
    edges: z.array(SerializedEdge),
  })
  .strict();
export type SerializedSubgraph = z.infer<typeof SerializedSubgraph>;

/** A relation as a large subgraph sends it: how many pieces of evidence, not the evidence itself. */
export const LeanRelationEdgeAttributes = RelationEdgeAttributes.omit({ evidence: true }).extend({
  evidenceCount: z.number().int(),
});
export type LeanRelationEdgeAttributes = z.infer<typeof LeanRelationEdgeAttributes>;
export const LeanSerializedEdge = SerializedEdge.extend({ attributes: LeanRelationEdgeAttributes });
export type LeanSerializedEdge = z.infer<typeof LeanSerializedEdge>;
export const LeanSerializedSubgraph = SerializedSubgraph.extend({ edges: z.array(LeanSerializedEdge) });
export type LeanSerializedSubgraph = z.infer<typeof LeanSerializedSubgraph>;
/** What GET /api/subgraph answers: relations with their evidence, or with its count (see SubgraphRequest). */
export const SubgraphResponse = z.union([SerializedSubgraph, LeanSerializedSubgraph]);
export type SubgraphResponse = z.infer<typeof SubgraphResponse>;
