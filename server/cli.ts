#!/usr/bin/env node
// actorgraph's command line: one entry point, a subcommand per job, each with --help.
// Errors end in one actionable line on stderr and a non-zero exit code.

import { Command } from "commander";
import { ConfigError } from "./config.js";
import { DataFileError, formatProblem } from "./dataset/files.js";
import { EngineUnavailableError } from "./store/errors.js";
import { LauncherUnavailableError } from "./neo4j-local/launcher-build.js";
import { importCommand } from "./cli/import-command.js";
import { ingestCommand } from "./cli/ingest-command.js";
import { reviewsCommand } from "./cli/ingest-reviews-command.js";
import { evaluateCommand } from "./ingest/evaluate/command.js";
import { loadCommand } from "./cli/load-command.js";
import { neo4jCommand } from "./cli/neo4j-command.js";
import { resolutionsCommand } from "./cli/resolutions-command.js";
import { serveCommand } from "./cli/serve-command.js";
import { statsCommand } from "./cli/stats-command.js";
import { validateCommand } from "./cli/validate-command.js";

const program = new Command("actorgraph")
  .description("An actor-relationship knowledge graph built from news articles.")
  .showHelpAfterError()
  .addCommand(loadCommand())
  .addCommand(validateCommand())
  .addCommand(statsCommand())
  .addCommand(serveCommand())
  .addCommand(ingestCommand())
  .addCommand(reviewsCommand())
  .addCommand(resolutionsCommand())
  .addCommand(importCommand())
  .addCommand(evaluateCommand())
  .addCommand(neo4jCommand());

function report(error: unknown): number {
  if (error instanceof DataFileError) {
    for (const p of error.problems) console.error(`error ${formatProblem(p)}`);
    console.error(`actorgraph: ${error.message}`);
    return 1;
  }
  if (
    error instanceof EngineUnavailableError ||
    error instanceof ConfigError ||
    error instanceof LauncherUnavailableError
  ) {
    console.error(`actorgraph: ${error.message}`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(`actorgraph: ${message}`);
  if (process.env.LOG_LEVEL === "debug" && error instanceof Error) console.error(error.stack);
  return 1;
}

program.parseAsync(process.argv).catch((error: unknown) => {
  // Exit now: a half-open engine connection (a peer that never answered) must not keep us alive.
  process.exit(report(error));
});
