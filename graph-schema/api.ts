// Request shapes of the HTTP API as zod schemas: the server validates with them and the
// OpenAPI document is generated from them, so the two cannot disagree.

import { z } from "zod";
import { ENTITY_LABELS } from "./labels.js";
import { PartialDate, RelationTypeName } from "./records.js";

/** `a,b` or `a&x=b` (repeated keys arrive as arrays) → ["a", "b"]. */
const list = <T extends z.ZodType<string>>(item: T) =>
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

const int = (min: number, max: number, def: number) => z.coerce.number().int().min(min).max(max).default(def);
const id = z.string().min(1).max(200);
const EntityTypeName = z.enum(ENTITY_LABELS);

export const EntitySearchQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    type: EntityTypeName.optional(),
    limit: int(1, 100, 20),
    offset: int(0, 100_000, 0),
  })
  .strict();

export const RelationFilterQuery = {
  relationTypes: list(RelationTypeName).optional(),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  sources: list(id).optional(),
  minConfidence: z.coerce.number().min(0).max(1).optional(),
};

export const SubgraphRequest = z
  .object({
    seeds: list(id).optional().default([]),
    depth: int(0, 3, 1),
    entityTypes: list(EntityTypeName).optional(),
    ...RelationFilterQuery,
    // The explorer's overview asks for the whole graph; 100,000 keeps one response bounded.
    limit: int(1, 100_000, 500),
  })
  .strict();

export const PathsRequest = z
  .object({
    from: id,
    to: id,
    maxLength: int(1, 6, 4),
    relationTypes: list(RelationTypeName).optional(),
    limit: int(1, 50, 10),
  })
  .strict();

export const RelationsQuery = z
  .object({
    type: RelationTypeName.optional(),
    entity: id.optional(),
    from: PartialDate.optional(),
    to: PartialDate.optional(),
    source: id.optional(),
    disputed: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
    limit: int(1, 1000, 100),
    offset: int(0, 1_000_000, 0),
  })
  .strict();

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

export const ExportRequest = SubgraphRequest.extend({
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
