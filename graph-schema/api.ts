// Request shapes of the HTTP API as zod schemas: the server validates with them and the
// OpenAPI document is generated from them, so the two cannot disagree.

import { z } from "zod";
import { ENTITY_TYPES } from "./labels.js";
import { PartialDate, RelationTypeName } from "./records.js";

/** `a,b` or `a&x=b` (repeated keys arrive as arrays) → ["a", "b"]. */
export const listParam = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess(
    (v) =>
      v === undefined
        ? undefined
        : (Array.isArray(v) ? v : [v])
            .flatMap((s) => String(s).split(","))
            .map((s) => s.trim())
            .filter(Boolean),
    z.array(item).max(200, "at most 200 values"),
  );

export const intParam = (min: number, max: number, def: number) =>
  z.coerce.number().int().min(min).max(max).default(def);
const id = z.string().min(1).max(200);
export const EntityTypeName = z.enum(ENTITY_TYPES);

export const EntitySearchQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    type: EntityTypeName.optional(),
    limit: intParam(1, 100, 20),
    offset: intParam(0, 100_000, 0),
  })
  .strict();

export const RelationFilterQuery = {
  relationTypes: listParam(RelationTypeName).optional(),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  sources: listParam(id).optional(),
  minConfidence: z.coerce.number().min(0).max(1).optional(),
};

/**
 * What a subgraph's relations carry: `evidence` (every sentence) or `evidenceCount` (how many;
 * the sentences come from /api/relations/{id}/evidence when a relation is opened).
 */
export const SUBGRAPH_EVIDENCE = ["evidence", "evidenceCount"] as const;
/** Up to this limit a subgraph carries evidence unless asked otherwise; above it, only counts. */
export const SUBGRAPH_EVIDENCE_MAX_LIMIT = 500;

export const SubgraphRequest = z
  .object({
    seeds: listParam(id).optional().default([]),
    depth: intParam(0, 3, 1),
    entityTypes: listParam(EntityTypeName).optional(),
    ...RelationFilterQuery,
    // The explorer's overview asks for the whole graph; 100,000 keeps one response bounded.
    limit: intParam(1, 100_000, 500),
    include: z
      .enum(SUBGRAPH_EVIDENCE)
      .optional()
      .describe(
        `evidence: each relation's evidence in full; evidenceCount: only how many. ` +
          `Unset: in full up to limit=${SUBGRAPH_EVIDENCE_MAX_LIMIT}, counts above.`,
      ),
  })
  .strict();

/**
 * Paths take the subgraph's filters; `from` and `to` name the two ends here, so the time window
 * is `dateFrom` and `dateTo` (the same partial dates as the subgraph's `from` and `to`).
 */
export const PathsRequest = z
  .object({
    from: id,
    to: id,
    maxLength: intParam(1, 6, 4),
    limit: intParam(1, 50, 10),
    entityTypes: SubgraphRequest.shape.entityTypes,
    relationTypes: RelationFilterQuery.relationTypes,
    sources: RelationFilterQuery.sources,
    minConfidence: RelationFilterQuery.minConfidence,
    dateFrom: RelationFilterQuery.from,
    dateTo: RelationFilterQuery.to,
  })
  .strict();

export const RelationsQuery = z
  .object({
    type: RelationTypeName.optional(),
    entity: id.optional(),
    /** With `entity`: only relations between the two (the relations behind an overview pair edge). */
    other: id.optional(),
    from: PartialDate.optional(),
    to: PartialDate.optional(),
    source: id.optional(),
    disputed: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
    limit: intParam(1, 1000, 100),
    offset: intParam(0, 1_000_000, 0),
  })
  .strict()
  .refine((q) => q.other === undefined || q.entity !== undefined, {
    message: "other needs entity (the relations between entity and other)",
    path: ["other"],
  });

export const CypherRequest = z
  .object({
    query: z.string().min(1, "query is empty").max(20_000, "query is longer than 20,000 characters"),
    params: z.record(z.string(), z.unknown()).default({}),
    rowLimit: z.number().int().min(1).max(10_000).optional(),
  })
  .strict();

export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv"] as const;

export const CSV_PARTS = ["nodes", "edges"] as const;
/** 1.3 keeps parallel edges of different types apart in Gephi. */
export const GEXF_VERSIONS = ["1.2", "1.3"] as const;
/** networkx refuses `directed="false"` edges in a directed graph; "networkx" leaves it out. */
export const GRAPHML_FLAVOURS = ["standard", "networkx"] as const;

// Exports always carry the evidence they write, so `include` is not theirs.
export const ExportRequest = SubgraphRequest.omit({ include: true }).extend({
  format: z.enum(EXPORT_FORMATS).default("json"),
  part: z.enum(CSV_PARTS).default("edges"),
  gexfVersion: z.enum(GEXF_VERSIONS).default("1.2"),
  graphmlFlavour: z.enum(GRAPHML_FLAVOURS).default("standard"),
});

export type SubgraphRequest = z.infer<typeof SubgraphRequest>;
export type PathsRequest = z.infer<typeof PathsRequest>;
export type RelationsQuery = z.infer<typeof RelationsQuery>;
export type CypherRequest = z.infer<typeof CypherRequest>;
export type ExportRequest = z.infer<typeof ExportRequest>;

/** RFC 9457 problem body returned with every 4xx/5xx. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** For validation failures: which parameter and why. */
  errors?: { parameter: string; message: string }[];
}
