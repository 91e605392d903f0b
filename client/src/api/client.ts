// Calls to the actorgraph HTTP API: JSON in, validated JSON out, and failures turned into an
// ApiError carrying the status and the server's own problem detail for the UI to show.

import type { z } from "zod";
import type { IngestReport, IngestRequest, SerializedSubgraph } from "../../../graph-schema/index.js";
import {
  ArticleDetailSchema,
  ArticleListSchema,
  DisputeListSchema,
  EntityDetailSchema,
  PathsResultSchema,
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

function query(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
}

export const api = {
  subgraph: async (params: { seeds?: string[]; depth?: number; limit: number }): Promise<SerializedSubgraph> =>
    parseSubgraph(
      await request(`/subgraph${query({ seeds: params.seeds?.join(","), depth: params.depth, limit: params.limit })}`),
    ),
  search: (q: string, limit = 8) => getParsed(SearchResultSchema, `/entities${query({ q, limit })}`),
  entity: (id: string) => getParsed(EntityDetailSchema, `/entities/${encodeURIComponent(id)}`),
  relation: (id: string) => getParsed(RelationSchema, `/relations/${encodeURIComponent(id)}`),
  articles: () => getParsed(ArticleListSchema, "/articles"),
  article: async (id: string) => (await getParsed(ArticleDetailSchema, `/articles/${encodeURIComponent(id)}`)).article,
  disputes: () => getParsed(DisputeListSchema, "/disputes"),
  /** Shortest paths; `relationTypes` (the shown relation types) limits the hops, absent means all. */
  paths: (from: string, to: string, relationTypes: readonly string[] | null, maxLength = 4) =>
    getParsed(
      PathsResultSchema,
      `/paths${query({ from, to, maxLength, limit: 10, relationTypes: relationTypes?.join(",") })}`,
    ),
  cypher: async (queryText: string, params: Record<string, unknown>): Promise<CypherResponse> =>
    parseCypherResponse(
      await request("/cypher", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: queryText, params }),
      }),
    ),
  ingest: async (body: IngestRequest, apiKey: string): Promise<IngestReport> =>
    (await request("/articles", {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": apiKey },
      body: JSON.stringify(body),
    })) as IngestReport,
};
