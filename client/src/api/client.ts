// Calls to the actorgraph HTTP API: JSON in, validated JSON out, and failures turned into an
// ApiError carrying the status and the server's own problem detail for the UI to show.

import type { z } from "zod";
import {
  CypherExamplesResponse,
  EvidencePage,
  OverviewResponse,
  TimelineResponse,
  type IngestReport,
  type IngestRequest,
  type SerializedSubgraph,
} from "../../../graph-schema/index.js";
import {
  ArticleDetailSchema,
  ArticleListSchema,
  DisputeListSchema,
  EntityDetailSchema,
  PathsResultSchema,
  RelationPageSchema,
  RelationSchema,
  SearchResultSchema,
  parseCypherResponse,
  parseSubgraph,
  type CypherResponse,
} from "./schemas.js";

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
  ) {
    super(detail);
  }
}

async function problemOf(response: Response): Promise<ApiError> {
  let detail = response.statusText || "request failed";
  let title = response.statusText;
  try {
    const body = (await response.json()) as { detail?: unknown; title?: unknown };
    if (typeof body.detail === "string") detail = body.detail;
    if (typeof body.title === "string") title = body.title;
  } catch {
    // Not a problem+json body (e.g. a proxy's HTML page): keep the status text.
  }
  return new ApiError(response.status, title, detail);
}

async function request(path: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { ...init, headers: { accept: "application/json", ...init?.headers } });
  } catch (error) {
    throw new ApiError(0, "Network error", `the server did not answer (${(error as Error).message})`);
  }
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

async function getParsed<T extends z.ZodType>(schema: T, path: string): Promise<z.infer<T>> {
  return schema.parse(await request(path));
}

/** The filters the large-graph views take (server names); absent means no restriction. */
export interface RelationFilterParams {
  relationTypes?: readonly string[] | null;
  entityTypes?: readonly string[] | null;
  sources?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
  minConfidence?: number | null;
}

function filterParams(f: RelationFilterParams): Record<string, string | number | undefined | null> {
  return {
    relationTypes: f.relationTypes?.join(","),
    entityTypes: f.entityTypes?.join(","),
    sources: f.sources?.join(","),
    from: f.from,
    to: f.to,
    minConfidence: f.minConfidence ? f.minConfidence : undefined,
  };
}

/** The timeline takes only these filters: time is its axis, and it counts relations, not actors. */
function timelineFilters(f: RelationFilterParams): RelationFilterParams {
  return { relationTypes: f.relationTypes, sources: f.sources, minConfidence: f.minConfidence };
}

function query(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
}

export const api = {
  subgraph: async (params: { seeds?: string[]; depth?: number; limit: number }): Promise<SerializedSubgraph> =>
    parseSubgraph(
      await request(
        `/subgraph${query({ seeds: params.seeds?.join(","), depth: params.depth, limit: params.limit, include: "evidence" })}`,
      ),
    ),
  search: (q: string, limit = 8) => getParsed(SearchResultSchema, `/entities${query({ q, limit })}`),
  entity: (id: string) => getParsed(EntityDetailSchema, `/entities/${encodeURIComponent(id)}`),
  relation: (id: string) => getParsed(RelationSchema, `/relations/${encodeURIComponent(id)}`),
  /** The most connected actors and one weighted edge per pair of them (graphology JSON). */
  overview: (filters: RelationFilterParams, limit?: number) =>
    getParsed(OverviewResponse, `/overview${query({ limit, ...filterParams(filters) })}`),
  /** Relations and reports per period, at the precision the server picks (or the one asked for). */
  timeline: (filters: RelationFilterParams, precision = "auto") =>
    getParsed(TimelineResponse, `/timeline${query({ precision, ...filterParams(timelineFilters(filters)) })}`),
  /** A page of an entity's relations, or (with `other`) of the relations between two actors. */
  relations: (page: { entity: string; other?: string; limit: number; offset: number }) =>
    getParsed(RelationPageSchema, `/relations${query(page)}`),
  /** A page of one relation's evidence (sentences or imported event rows). */
  evidence: (relationId: string, limit: number, offset: number) =>
    getParsed(EvidencePage, `/relations/${encodeURIComponent(relationId)}/evidence${query({ limit, offset })}`),
  articles: () => getParsed(ArticleListSchema, "/articles"),
  article: async (id: string) => (await getParsed(ArticleDetailSchema, `/articles/${encodeURIComponent(id)}`)).article,
  disputes: () => getParsed(DisputeListSchema, "/disputes"),
  /** Shortest paths through what the filters show (the time window goes as dateFrom/dateTo). */
  paths: (from: string, to: string, filters: RelationFilterParams, maxLength = 4) => {
    const { from: dateFrom, to: dateTo, ...rest } = filterParams(filters);
    return getParsed(
      PathsResultSchema,
      `/paths${query({ from, to, maxLength, limit: 10, ...rest, dateFrom, dateTo })}`,
    );
  },
  cypher: async (queryText: string, params: Record<string, unknown>): Promise<CypherResponse> =>
    parseCypherResponse(
      await request("/cypher", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: queryText, params }),
      }),
    ),
  /** The running engine's ready-made console queries, in its own dialect. */
  cypherExamples: () => getParsed(CypherExamplesResponse, "/cypher/examples"),
  ingest: async (body: IngestRequest, apiKey: string): Promise<IngestReport> =>
    (await request("/articles", {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": apiKey },
      body: JSON.stringify(body),
    })) as IngestReport,
};
