// Runtime configuration from environment variables, validated once at start-up so a typo
// fails loudly with the variable's name instead of misbehaving later.

import { join } from "node:path";
import { z } from "zod";
import type { JsonLimits } from "./api/json-limits.js";
import { DEFAULT_DATA_DIR, DEFAULT_EMBEDDED_DB, fromRoot } from "./paths.js";
import { bufferPoolSize, userQueryPoolSize } from "./store/embedded/buffer-pool.js";

const intVar = (def: number, min = 1) => z.coerce.number().int().min(min).default(def);

const EnvSchema = z.object({
  PORT: intVar(3000, 0).pipe(z.number().max(65535)),
  HOST: z.string().min(1).default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ACTORGRAPH_DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
  ACTORGRAPH_DB: z.string().min(1).default(DEFAULT_EMBEDDED_DB),
  /** The embedded engine's buffer pool, and that of each process running users' Cypher (e.g. 512MB). */
  ACTORGRAPH_BUFFER_POOL: bufferPoolSize.optional(),
  ACTORGRAPH_CYPHER_BUFFER_POOL: userQueryPoolSize.optional(),
  /** Where ingested articles and what was extracted from them are kept (default: DATA_DIR/ingested). */
  ACTORGRAPH_INGEST_DIR: z.string().min(1).optional(),
  /** Key that POST /api/articles requires; unset means ingestion over HTTP is off. */
  ACTORGRAPH_API_KEY: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.string().min(16, "use at least 16 characters").optional()),
  // An empty value counts as unset, so `NEO4J_URI= npm start` means the embedded engine.
  NEO4J_URI: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  CYPHER_TIMEOUT_MS: intVar(5000),
  CYPHER_ROW_LIMIT: intVar(1000),
  CORS_ORIGINS: z.string().default(""),
  RATE_LIMIT_PER_MINUTE: intVar(600, 0),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/, "expected a size such as 100kb")
    .default("100kb"),
  /** An article's text may be far larger than any other request body. */
  INGEST_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/, "expected a size such as 2mb")
    .default("2mb"),
  JSON_MAX_DEPTH: intVar(8),
  JSON_MAX_ITEMS: intVar(10_000),
  JSON_MAX_STRING_LENGTH: intVar(500_000),
  TRUST_PROXY: intVar(0, 0),
  REQUEST_TIMEOUT_MS: intVar(30000),
});

export type EngineConfig =
  | { engine: "embedded"; path: string; bufferPoolBytes?: number; userQueryBufferPoolBytes?: number }
  | { engine: "neo4j"; uri: string; user: string; password: string; database: string };

export interface AppConfig {
  port: number;
  host: string;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  dataDir: string;
  ingestDir: string;
  /** null: POST /api/articles answers 503. */
  apiKey: string | null;
  store: EngineConfig;
  cypher: { timeoutMs: number; rowLimit: number };
  http: {
    corsOrigins: string[];
    rateLimitPerMinute: number;
    bodyLimit: string;
    /** Body limit of POST /api/articles. */
    ingestBodyLimit: string;
    /** Shape limits on every JSON body, checked before any route reads it. */
    json: JsonLimits;
    /** Number of proxy hops to trust for the client address (0 = none). */
    trustProxy: number;
    requestTimeoutMs: number;
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads the configuration; NEO4J_URI selects the Neo4j engine, else the embedded one. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid environment: ${lines.join("; ")}`);
  }
  const e = parsed.data;
  const store: EngineConfig = e.NEO4J_URI
    ? { engine: "neo4j", uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
    : {
        engine: "embedded",
        path: e.ACTORGRAPH_DB === ":memory:" ? ":memory:" : fromRoot(e.ACTORGRAPH_DB),
        bufferPoolBytes: e.ACTORGRAPH_BUFFER_POOL,
        userQueryBufferPoolBytes: e.ACTORGRAPH_CYPHER_BUFFER_POOL,
      };
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    dataDir: fromRoot(e.ACTORGRAPH_DATA_DIR),
    ingestDir: fromRoot(e.ACTORGRAPH_INGEST_DIR ?? join(e.ACTORGRAPH_DATA_DIR, "ingested")),
    apiKey: e.ACTORGRAPH_API_KEY ?? null,
    store,
    cypher: { timeoutMs: e.CYPHER_TIMEOUT_MS, rowLimit: e.CYPHER_ROW_LIMIT },
    http: {
      corsOrigins: e.CORS_ORIGINS.split(",")
        .map((o) => o.trim())
        .filter(Boolean),
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      bodyLimit: e.BODY_LIMIT,
      ingestBodyLimit: e.INGEST_BODY_LIMIT,
      json: { maxDepth: e.JSON_MAX_DEPTH, maxItems: e.JSON_MAX_ITEMS, maxStringLength: e.JSON_MAX_STRING_LENGTH },
      trustProxy: e.TRUST_PROXY,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    },
  };
}
