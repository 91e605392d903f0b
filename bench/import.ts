// Import benchmark (`npm run bench:import`, not a test): rows/s of `import` for each event-file
// layout into each engine, every run into a fresh store, printed as one table with the load average.

import { mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { readConfig, type EngineConfig } from "../server/config.js";
import { layoutOf } from "../server/import/read-events.js";
import { PROJECT_ROOT } from "../server/paths.js";
import { benchOptions } from "./cli-options.js";
import { firstRows, importInto, type ImportFigures } from "./import-runs.js";
import { neo4jTarget, type Neo4jTarget } from "./neo4j-target.js";

const HELP = `Usage: npm run bench:import -- [options] [FILE...]

Imports each event file into a fresh embedded database and a fresh Neo4j (one started in a
temporary folder on a free port and stopped at the end, or the server NEO4J_URI names, which
is wiped) and prints rows/s per layout and engine.

  FILE...          event files (default: one shared file per layout, the whole GDELT Georgia file first)
  --rows N         import only the first N rows of each file (a quick run)
  --engines LIST   embedded and/or neo4j (default embedded,neo4j)
  --help           this text`;

const SHARED = resolve(PROJECT_ROOT, "..", "shared", "data");
const DEFAULT_FILES = [
  "gdelt/gdelt1_georgia_201106-201305.csv.gz",
  "gdelt/gdelt1_sample_mixed_57-58col.tsv",
  "gdelt/20191024143000.export.CSV.gz",
  "icews/icews_events_2018_sample.tab",
  "icews/tkg_icews_2005-2015_test.tsv.gz",
].map((f) => join(SHARED, f));

type Engine = "embedded" | "neo4j";

interface Row {
  layout: string;
  file: string;
  figures: Partial<Record<Engine, ImportFigures>>;
}

function options() {
  const { values, positionals } = benchOptions(HELP, {
    allowPositionals: true,
    options: { rows: { type: "string" }, engines: { type: "string" } },
  });
  const rows = values.rows === undefined ? null : Number(values.rows);
  if (rows !== null && (!Number.isInteger(rows) || rows < 1)) throw new Error("--rows takes a positive integer");
  const engines = (values.engines ?? "embedded,neo4j").split(",").map((e) => e.trim());
  for (const e of engines) if (e !== "embedded" && e !== "neo4j") throw new Error(`unknown engine ${e}`);
  return { rows, engines: engines as Engine[], files: positionals.length > 0 ? positionals : DEFAULT_FILES };
}

/** The engine as the importer is pointed at it (NEO4J_* variables); importInto gives embedded runs a scratch file. */
function engineConfig(engine: Engine, neo4j: Neo4jTarget | null): EngineConfig {
  if (engine === "embedded") return readConfig({ ...process.env, NEO4J_URI: "", ACTORGRAPH_DB: ":memory:" }).store;
  const { uri, user, password, database } = neo4j!;
  return readConfig({
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: database,
  }).store;
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

function table(rows: readonly Row[], engines: readonly Engine[]): string {
  const rate = (f: ImportFigures | undefined): string => (f ? Math.round(f.rowsPerSecond).toString() : "-");
  const head = ["layout", "file", "rows", "events", ...engines.map((e) => `rows/s ${e}`), "ratio emb/neo4j"];
  const body = rows.map(({ layout, file, figures }) => {
    const { embedded, neo4j } = figures;
    const any = embedded ?? neo4j;
    const ratio = embedded && neo4j ? (embedded.rowsPerSecond / neo4j.rowsPerSecond).toFixed(2) : "-";
    return [layout, file, String(any?.rowsRead ?? "-"), String(any?.eventsImported ?? "-")]
      .concat(engines.map((e) => rate(figures[e])))
      .concat(ratio);
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

async function main(): Promise<void> {
  const { rows: cap, engines, files } = options();
  console.log(
    `import benchmark: ${cpus().length} cores, load average ${load()}${cap ? `, first ${cap} rows per file` : ""}`,
  );
  const scratch = await mkdtemp(join(tmpdir(), "actorgraph-bench-import-files-"));
  const neo4j = engines.includes("neo4j") ? await neo4jTarget({ heapMb: 2048, pageCacheMb: 512 }, console.log) : null;
  const rows: Row[] = [];
  try {
    for (const path of files) {
      const def = await layoutOf(path);
      const file = cap ? await firstRows(path, def, cap, scratch) : path;
      const row: Row = { layout: def.layout, file: basename(path), figures: {} };
      for (const engine of engines) {
        const figures = await importInto(file, def, engineConfig(engine, neo4j));
        row.figures[engine] = figures;
        console.log(
          `  ${def.layout} ${row.file} → ${engine}: ${figures.rowsRead} rows in ${figures.seconds.toFixed(1)} s, ` +
            `${figures.storedEntities} entities and ${figures.storedRelations} relations stored; load average ${load()}`,
        );
      }
      rows.push(row);
    }
  } finally {
    await neo4j?.stop();
    await rm(scratch, { recursive: true, force: true });
  }
  console.log(`\n${table(rows, engines)}\n\nload average at the end ${load()}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
