// Import benchmark (not a test): rows/s per event-file layout, reading, resolving and aggregating
// (--dry-run), and with --store also writing into a scratch embedded database. Prints the figures.
//
//   npx tsx bench/import.ts [--store] [FILE...]   (default: the shared GDELT and ICEWS files)

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readConfig } from "../server/config.js";
import { importEventFiles } from "../server/import/event-import.js";
import { layoutOf } from "../server/import/read-events.js";
import { PROJECT_ROOT } from "../server/paths.js";
import { openStore } from "../server/store/open-store.js";

const SHARED = resolve(PROJECT_ROOT, "..", "shared", "data");
const DEFAULT_FILES = [
  "gdelt/gdelt1_georgia_201106-201305.csv.gz",
  "gdelt/gdelt1_sample_mixed_57-58col.tsv",
  "gdelt/20191024143000.export.CSV.gz",
  "icews/icews_events_2018_sample.tab",
  "icews/tkg_icews_2005-2015_test.tsv.gz",
].map((f) => join(SHARED, f));

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withStore = args.includes("--store");
  const files = args.filter((a) => !a.startsWith("--"));
  for (const file of files.length > 0 ? files : DEFAULT_FILES) {
    const def = await layoutOf(file);
    const scratch = await mkdtemp(join(tmpdir(), "actorgraph-bench-import-"));
    const store = withStore
      ? await openStore(readConfig({ ...process.env, NEO4J_URI: "", ACTORGRAPH_DB: join(scratch, "graph.lbug") }).store)
      : undefined;
    try {
      const started = performance.now();
      const summary = await importEventFiles([file], {
        dataset: def.dataset,
        dataDir: join(PROJECT_ROOT, "data"),
        ingestDir: join(scratch, "ingested"),
        importDir: join(scratch, "imported"),
        store,
        dryRun: !withStore,
      });
      const seconds = (performance.now() - started) / 1000;
      const f = summary.files[0]!;
      console.log(
        `${def.layout.padEnd(17)} ${f.file.padEnd(40)} ${String(f.rowsRead).padStart(7)} rows  ${seconds.toFixed(1).padStart(6)} s  ` +
          `${Math.round(f.rowsRead / seconds)
            .toString()
            .padStart(6)} rows/s  ${summary.relations.new} relations, ` +
          `${summary.entities.new} new entities${withStore ? " (written to a scratch embedded db)" : " (dry run)"}  ` +
          `RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
      );
    } finally {
      await store?.close();
      await rm(scratch, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
