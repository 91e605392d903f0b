// The whole graph with imports: the curated data and ingested articles, plus every imported file's
// contribution with undone actor resolutions taken back. What a store must hold after an import.

import { join } from "node:path";
import type { Dataset } from "../dataset/dataset.js";
import { loadGraphDataset, toDataset } from "../ingest/graph-dataset.js";
import { applyContributions } from "./contribution.js";
import { ImportLedger } from "./import-ledger.js";

export async function loadImportedGraph(dataDir: string, ingestDir: string, importDir: string): Promise<Dataset> {
  const base = await loadGraphDataset(dataDir, ingestDir);
  const ledger = new ImportLedger(importDir);
  const contributions = await ledger.read();
  if (contributions.length === 0) return base;
  const undone = (await ledger.readDecisions()).filter((d) => d.undoneAt);
  return toDataset(applyContributions(base, contributions, undone), base);
}

/** The graph a store is derived from: `data/`, the ingestion ledger and `data/imported/`. */
export function loadWholeGraph(folders: { dataDir: string; ingestDir: string }): Promise<Dataset> {
  return loadImportedGraph(folders.dataDir, folders.ingestDir, join(folders.dataDir, "imported"));
}
