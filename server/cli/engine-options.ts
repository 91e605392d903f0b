// Options shared by every subcommand that opens a store: which engine and where its data lives.
// Flags win over environment variables, which win over defaults.

import { Command, Option } from "commander";
import { readConfig, ConfigError, type AppConfig } from "../config.js";
import { fromRoot } from "../paths.js";
import {
  DEFAULT_USER_QUERY_BUFFER_POOL_BYTES,
  ENGINE_DEFAULT,
  MIN_BUFFER_POOL_BYTES,
  bufferPoolSize,
  formatBytes,
  parseBufferPool,
  userQueryPoolSize,
} from "../store/embedded/buffer-pool.js";
import { DEFAULT_SANDBOX_LIMITS } from "../store/embedded/cypher-sandbox/sandbox.js";

export interface EngineFlags {
  engine?: "embedded" | "neo4j";
  db?: string;
  data?: string;
  ingested?: string;
  bufferPool?: string;
  cypherBufferPool?: string;
}

/** `bufferPool`: the command's default buffer pool in bytes (ENGINE_DEFAULT: the engine's own). */
export function addEngineOptions(cmd: Command, bufferPool = ENGINE_DEFAULT): Command {
  const poolDefault = bufferPool === ENGINE_DEFAULT ? "the engine's own, about 80% of memory" : formatBytes(bufferPool);
  return cmd
    .addOption(
      new Option("--engine <engine>", "graph engine (default: neo4j when NEO4J_URI is set, else embedded)").choices([
        "embedded",
        "neo4j",
      ]),
    )
    .option("--db <path>", "embedded database file, or :memory: (env ACTORGRAPH_DB, default data/graph.lbug)")
    .option("--data <dir>", "folder of the curated data (env ACTORGRAPH_DATA_DIR, default data/)")
    .option("--ingested <dir>", "folder of ingested articles (env ACTORGRAPH_INGEST_DIR, default DATA/ingested)")
    .option(
      "--buffer-pool <size>",
      `embedded engine's buffer pool, e.g. 256MB or 2GB (env ACTORGRAPH_BUFFER_POOL, default ${poolDefault}; ` +
        `at least ${formatBytes(MIN_BUFFER_POOL_BYTES)}, or 0 for the engine's own)`,
    )
    .option(
      "--cypher-buffer-pool <size>",
      `buffer pool and memory limit of each process running users' Cypher, up to ${DEFAULT_SANDBOX_LIMITS.maxProcesses} at once ` +
        `(env ACTORGRAPH_CYPHER_BUFFER_POOL, default ${formatBytes(DEFAULT_USER_QUERY_BUFFER_POOL_BYTES)})`,
    );
}

export function configFromFlags(flags: EngineFlags): AppConfig {
  const env = { ...process.env };
  if (flags.db) env.ACTORGRAPH_DB = flags.db;
  if (flags.data) env.ACTORGRAPH_DATA_DIR = flags.data;
  if (flags.ingested) env.ACTORGRAPH_INGEST_DIR = flags.ingested;
  // Checked here first so that a bad flag is named as the flag, not as its variable.
  if (flags.bufferPool !== undefined) env.ACTORGRAPH_BUFFER_POOL = checkedSize(flags.bufferPool, "--buffer-pool");
  if (flags.cypherBufferPool !== undefined)
    env.ACTORGRAPH_CYPHER_BUFFER_POOL = checkedSize(flags.cypherBufferPool, "--cypher-buffer-pool", userQueryPoolSize);
  if (flags.engine === "embedded") delete env.NEO4J_URI;
  const config = readConfig(env);
  if (flags.engine === "neo4j" && config.store.engine !== "neo4j") {
    throw new ConfigError("--engine neo4j needs NEO4J_URI (e.g. bolt://localhost:7687), NEO4J_USER and NEO4J_PASSWORD");
  }
  return { ...config, dataDir: flags.data ? fromRoot(flags.data) : config.dataDir };
}

function checkedSize(text: string, flag: string, schema = bufferPoolSize): string {
  try {
    parseBufferPool(text, flag, schema);
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
  return text;
}
