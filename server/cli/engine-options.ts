// Options shared by every subcommand that opens a store: which engine and where its data lives.
// Flags win over environment variables, which win over defaults.

import { Command, Option } from "commander";
import { readConfig, ConfigError, type AppConfig } from "../config.js";
import { fromRoot } from "../paths.js";

export interface EngineFlags {
  engine?: "embedded" | "neo4j";
  db?: string;
  data?: string;
  ingested?: string;
}

export function addEngineOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option("--engine <engine>", "graph engine (default: neo4j when NEO4J_URI is set, else embedded)").choices([
        "embedded",
        "neo4j",
      ]),
    )
    .option("--db <path>", "embedded database file, or :memory: (env ACTORGRAPH_DB, default data/graph.lbug)")
    .option("--data <dir>", "folder of the curated data (env ACTORGRAPH_DATA_DIR, default data/)")
    .option("--ingested <dir>", "folder of ingested articles (env ACTORGRAPH_INGEST_DIR, default DATA/ingested)");
}

export function configFromFlags(flags: EngineFlags): AppConfig {
  const env = { ...process.env };
  if (flags.db) env.ACTORGRAPH_DB = flags.db;
  if (flags.data) env.ACTORGRAPH_DATA_DIR = flags.data;
  if (flags.ingested) env.ACTORGRAPH_INGEST_DIR = flags.ingested;
  if (flags.engine === "embedded") delete env.NEO4J_URI;
  const config = readConfig(env);
  if (flags.engine === "neo4j" && config.store.engine !== "neo4j") {
    throw new ConfigError("--engine neo4j needs NEO4J_URI (e.g. bolt://localhost:7687), NEO4J_USER and NEO4J_PASSWORD");
  }
  return { ...config, dataDir: flags.data ? fromRoot(flags.data) : config.dataDir };
}
