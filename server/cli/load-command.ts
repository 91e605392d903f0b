// `actorgraph load`: validate the curated data, then write it into the chosen engine in
// batches, idempotently, with progress on stderr and a summary on stdout.

import { Command } from "commander";
import { loadWholeGraph } from "../import/imported-graph.js";
import type { GraphStore, LoadReport } from "../store/graph-store.js";
import { openStore } from "../store/open-store.js";
import { addEngineOptions, configFromFlags, type EngineFlags } from "./engine-options.js";
import { progressReporter } from "./progress.js";

interface LoadFlags extends EngineFlags {
  reset?: boolean;
  batchSize?: string;
  json?: boolean;
}

/** Loads the curated data and everything ingested into a store; used by `load` and `serve --load`. */
export async function loadCorpus(
  store: GraphStore,
  folders: { dataDir: string; ingestDir: string },
  options: { reset?: boolean; batchSize?: number } = {},
): Promise<LoadReport> {
  const dataset = await loadWholeGraph(folders);
  const progress = progressReporter();
  try {
    return await store.load(dataset, { ...options, onProgress: progress });
  } finally {
    progress.stop();
  }
}

export function loadCommand(): Command {
  return addEngineOptions(new Command("load"))
    .description(
      "load the curated graph (data/), ingested articles and imported events into the embedded engine or Neo4j",
    )
    .option("--reset", "delete everything in the store first")
    .option("--batch-size <n>", "rows per write batch", "5000")
    .option("--json", "print the load report as JSON")
    .action(async (flags: LoadFlags) => {
      const config = configFromFlags(flags);
      const batchSize = Number(flags.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new Error(`--batch-size must be a positive integer, got "${flags.batchSize}"`);
      const store = await openStore(config.store, config);
      const report = await loadCorpus(store, config, { reset: flags.reset, batchSize }).finally(() => store.close());
      const where = config.store.engine === "neo4j" ? config.store.uri : config.store.path;
      if (flags.json) console.log(JSON.stringify({ engine: config.store.engine, location: where, ...report }, null, 2));
      else
        console.log(
          `loaded into ${config.store.engine} (${where}): ${report.entities} entities, ${report.relations} relations, ` +
            `${report.articles} articles, ${report.disputes} disputes, ${report.mentions} mentions in ${report.elapsedMs} ms`,
        );
    });
}
