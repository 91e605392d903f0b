// The API's response schemas as the explorer reads them: the very schemas the server types its
// answers with (graph-schema/responses.ts), under the names the explorer's modules use.

import type { z } from "zod";
import {
  ArticleDetailResponse,
  ArticleListResponse,
  ArticleSummaryResponse,
  CypherResponse,
  DisputeListResponse,
  EntityDetailResponse,
  EntitySearchResponse,
  PathsResponse,
  RelationPage,
  RelationResponse,
  type EntityRecord,
  type Relation,
  type SerializedSubgraph,
} from "../../../graph-schema/index.js";

export const ArticleListSchema = ArticleListResponse;
export type ArticleMetaView = z.infer<typeof ArticleSummaryResponse>;
export const ArticleDetailSchema = ArticleDetailResponse;
export type ArticleDetail = ArticleDetailResponse["article"];

export const RelationSchema = RelationResponse;
export type RelationView = Relation;
export const RelationPageSchema = RelationPage;
export type { RelationPage };

export type EntityView = EntityRecord;
export const EntityDetailSchema = EntityDetailResponse;
export type EntityDetail = EntityDetailResponse;
export const SearchResultSchema = EntitySearchResponse;

export const DisputeListSchema = DisputeListResponse;
export type DisputeView = DisputeListResponse["items"][number];

export const PathsResultSchema = PathsResponse;
export type PathsResult = PathsResponse;

/**
 * A subgraph of up to 100,000 relations is taken as the server's typed answer without a
 * field-by-field check (that would stall the page); its outline is checked.
 */
export function parseSubgraph(body: unknown): SerializedSubgraph {
  const b = body as Partial<SerializedSubgraph> | null;
  if (!b || !Array.isArray(b.nodes) || !Array.isArray(b.edges) || typeof b.attributes !== "object")
    throw new Error("the server's subgraph is not a graphology serialized graph");
  return body as SerializedSubgraph;
}

export type { CypherResponse };

export function parseCypherResponse(body: unknown): CypherResponse {
  return CypherResponse.parse(body);
}
