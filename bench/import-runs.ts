// One measured import for the import benchmark: an event file (or its first N rows) imported with
// `importEventFiles` into a fresh store of one engine, timed from the first read to the last write.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import type { EngineConfig } from "../server/config.js";
import type { Dataset } from "../server/dataset/dataset.js";
import { importEventFiles } from "../server/import/event-import.js";
import type { LayoutDef } from "../server/import/layouts.js";
import { textStream } from "../server/import/read-events.js";
import { PROJECT_ROOT } from "../server/paths.js";
import { openStore } from "../server/store/open-store.js";

export interface ImportFigures {
  rowsRead: number;
  eventsImported: number;
  seconds: number;
  rowsPerSecond: number;
  storedRelations: number;
  storedEntities: number;
}

const EMPTY: Dataset = { articles: [], entities: [], relations: [], disputes: [], mentions: [] };

/** A plain copy of the header (if the layout has one) and the first `rows` rows of `path`, in `dir`. */
export async function firstRows(path: string, def: LayoutDef, rows: number, dir: string): Promise<string> {
  const text = await textStream(path);
  const lines = createInterface({ input: text, crlfDelay: Infinity });
  const kept: string[] = [];
  const wanted = rows + (def.header ? 1 : 0);
  for await (const line of lines) {
    kept.push(line);
    if (kept.length >= wanted) break;
  }
  text.destroy();
  const copy = join(dir, `first-${rows}-${basename(path).replace(/\.gz$/i, "")}`);
  await writeFile(copy, `${kept.join("\n")}\n`);
  return copy;
}

/** Imports `file` into an empty store of `engine` (a scratch database, or the Neo4j wiped first). */
export async function importInto(file: string, def: LayoutDef, engine: EngineConfig): Promise<ImportFigures> {
  const scratch = await mkdtemp(join(tmpdir(), "actorgraph-bench-import-"));
  const config: EngineConfig = engine.engine === "embedded" ? { ...engine, path: join(scratch, "graph.lbug") } : engine;
  const store = await openStore(config);
  try {
    if (config.engine === "neo4j") await store.load(EMPTY, { reset: true });
    const started = performance.now();
    const summary = await importEventFiles([file], {
      dataset: def.dataset,
      dataDir: join(PROJECT_ROOT, "data"),
      ingestDir: join(scratch, "ingested"),
      importDir: join(scratch, "imported"),
      store,
    });
    const seconds = (performance.now() - started) / 1000;
    const counts = await store.counts();
    const f = summary.files[0]!;
    return {
      rowsRead: f.rowsRead,
      eventsImported: f.eventsImported,
      seconds,
      rowsPerSecond: f.rowsRead / seconds,
      storedRelations: counts.totalRelations,
      storedEntities: counts.totalEntities,
    };
  } finally {
    await store.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
