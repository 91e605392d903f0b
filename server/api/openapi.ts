// The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with,
// so the documentation cannot drift from what the server accepts.

import { z } from "zod";
import {
  ArticleDetailResponse,
  ArticleListResponse,
  CypherExamplesResponse,
  CypherResponse,
  DisputeListResponse,
  EntityDetailResponse,
  EntitySearchResponse,
  HealthResponse,
  PathsResponse,
  RelationPage,
  RelationResponse,
  SchemaResponse,
  SerializedSubgraph,
  CypherRequest,
  EntitySearchQuery,
  EvidencePage,
  EvidencePageRequest,
  OverviewRequest,
  OverviewResponse,
  TimelineRequest,
  TimelineResponse,
  ExportRequest,
  IngestRequest,
  PathsRequest,
  RelationsQuery,
  SubgraphRequest,
} from "../../graph-schema/index.js";

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;

/** Query parameters of a GET endpoint, one per property of its request schema. */
function queryParameters(schema: z.ZodObject): JsonSchema[] {
  const json = toSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    description: prop.description,
    schema: prop,
    ...(prop.type === "array" ? { style: "form", explode: false } : {}),
  }));
}

const problem = { $ref: "#/components/responses/Problem" };
/** A JSON response; its schema comes from the zod response schema where one exists. */
const json = (description: string, response?: z.ZodType) => ({
  description,
  content: {
    "application/json": {
      schema: response
        ? z.toJSONSchema(response, { io: "output", unrepresentable: "any", target: "draft-2020-12" })
        : { type: "object" },
    },
  },
});
const idParam = (what: string) => ({
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string" },
  description: `${what} id`,
});

function get(summary: string, parameters: JsonSchema[], ok = "OK", response?: z.ZodType): JsonSchema {
  return {
    get: { summary, parameters, responses: { 200: json(ok, response), 400: problem, 404: problem, 429: problem } },
  };
}

export function openApiDocument(version: string): JsonSchema {
  return {
    openapi: "3.1.0",
    info: {
      title: "actorgraph API",
      version,
      description:
        "Actor-relationship knowledge graph from news: entities, relations with evidence, disputes, read-only Cypher.",
    },
    servers: [{ url: "/api" }],
    paths: {
      "/health": get("Engine, version, counts; 503 while the engine is unreachable", [], "OK", HealthResponse),
      "/schema": get(
        "Node labels, relation types (meaning, CAMEO, Goldstein, colour family)",
        [],
        "OK",
        SchemaResponse,
      ),
      "/entities": get(
        "Search entities by name and aliases (accent/case-insensitive, fuzzy), or page through them",
        queryParameters(EntitySearchQuery),
        "OK",
        EntitySearchResponse,
      ),
      "/entities/{id}": get(
        "One entity: aliases, roles, degree, relations by type, articles that mention it",
        [idParam("entity")],
        "OK",
        EntityDetailResponse,
      ),
      "/subgraph": get(
        "Neighbourhood of seed entities, filtered, as graphology serialized JSON",
        queryParameters(SubgraphRequest),
        "OK",
        SerializedSubgraph,
      ),
      "/overview": get(
        "The most connected actors (after the filters) and one weighted edge per pair of them: relations and " +
          "reports per type, cooperation/conflict balance, first and last date",
        queryParameters(OverviewRequest),
        "OK",
        OverviewResponse,
      ),
      "/timeline": get(
        "Relations and reports per period (year, month or day; auto: the data's own precision), for the time histogram",
        queryParameters(TimelineRequest),
        "OK",
        TimelineResponse,
      ),
      "/paths": get("Shortest paths between two entities", queryParameters(PathsRequest), "OK", PathsResponse),
      "/relations": get(
        "Relations with their evidence and dispute status",
        queryParameters(RelationsQuery),
        "OK",
        RelationPage,
      ),
      "/relations/{id}": get("One relation with all its evidence", [idParam("relation")], "OK", RelationResponse),
      "/relations/{id}/evidence": get(
        "One page of a relation's evidence (sentences or imported event rows), in stored order",
        [idParam("relation"), ...queryParameters(EvidencePageRequest)],
        "OK",
        EvidencePage,
      ),
      "/articles": {
        ...get("Source articles (metadata)", [], "OK", ArticleListResponse),
        post: {
          summary:
            "Ingest an article: extract entities and relations with evidence and merge them into the graph " +
            "(dryRun: report only). Needs the API key (header X-API-Key); re-sending the same text changes nothing.",
          security: [{ apiKey: [] }],
          requestBody: { required: true, content: { "application/json": { schema: toSchema(IngestRequest) } } },
          responses: {
            200: json("dry run or unchanged: what was (or would be) extracted and merged"),
            201: json("ingested: entities, relations (new / corroborates / unchanged), disputes"),
            400: problem,
            401: problem,
            413: problem,
            429: problem,
            503: problem,
          },
        },
      },
      "/articles/{id}": get(
        "One article: text, relations drawn from it, entities it mentions",
        [idParam("article")],
        "OK",
        ArticleDetailResponse,
      ),
      "/disputes": get("Claims the sources disagree on, each side with its evidence", [], "OK", DisputeListResponse),
      "/export": get("The filtered subgraph as GEXF, GraphML, JSON or CSV", queryParameters(ExportRequest), "A file"),
      "/cypher/examples": get(
        "Ready-made queries for the Cypher console, written in the running engine's dialect",
        [],
        "OK",
        CypherExamplesResponse,
      ),
      "/cypher": {
        post: {
          summary: "Run one read-only Cypher statement with a timeout and a row limit",
          requestBody: { required: true, content: { "application/json": { schema: toSchema(CypherRequest) } } },
          responses: {
            // Rows hold any JSON (a recursive schema, which an inline OpenAPI schema cannot reference).
            200: json(
              "columns, rows and the graph the rows hold",
              CypherResponse.extend({ rows: z.array(z.record(z.string(), z.unknown())) }),
            ),
            400: problem,
            403: problem,
            413: problem,
            422: problem,
            429: problem,
            503: problem,
            504: problem,
          },
        },
      },
    },
    components: {
      securitySchemes: { apiKey: { type: "apiKey", in: "header", name: "X-API-Key" } },
      responses: {
        Problem: {
          description: "RFC 9457 problem: title, status, detail, and for bad input the parameter and reason",
          content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
        },
      },
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status", "detail"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            errors: {
              type: "array",
              items: { type: "object", properties: { parameter: { type: "string" }, message: { type: "string" } } },
            },
          },
        },
      },
    },
  };
}
