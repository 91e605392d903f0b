// Importing event files: each file read row by row, filtered, its actors resolved, its events
// aggregated into one Contribution; the graph before and after compared, and only the difference
// written (import ledger first, then the store through its ordinary load). Nothing is written on
// a dry run, on `--on-error fail` with a bad row, or when the file was imported already.

import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { Dataset } from "../dataset/dataset.js";
import { changedRecords } from "../ingest/dataset-delta.js";
import { loadGraphDataset, toDataset } from "../ingest/graph-dataset.js";
import type { GraphStore, LoadReport } from "../store/graph-store.js";
import { ActorResolver } from "./actor-resolver.js";
import { applyContributions, sameContent } from "./contribution.js";
import { decisionsFor } from "./decisions.js";
import { importFile, type FileImportOptions, type FileSummary } from "./file-import.js";
import { ImportLedger } from "./import-ledger.js";
import type { EventDataset } from "./layouts.js";

export type { FileSummary } from "./file-import.js";

export interface ImportOptions extends FileImportOptions {
  dataDir: string;
  ingestDir: string;
  importDir: string;
  store?: GraphStore;
  dryRun?: boolean;
  now?: () => Date;
}

export interface ImportSummary {
  files: FileSummary[];
  entities: { new: number; resolved: number };
  relations: { new: number; updated: number };
  unchanged: boolean;
  dryRun: boolean;
  load: LoadReport | null;
}

/** A file's source id: its dataset and a hash of its bytes, so the same file is the same source wherever it lies. */
async function sourceIdOf(path: string, dataset: EventDataset): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return `${dataset}-${hash.digest("hex").slice(0, 16)}`;
}

interface Comparison {
  delta: Dataset;
  /** A narrower re-import dropped relations or entities: loads only add, so the store is rebuilt. */
  dropped: boolean;
  counts: Pick<ImportSummary, "relations"> & { newEntities: number };
}

function compare(before: Dataset, after: Dataset): Comparison {
  const oldEntities = new Set(before.entities.map((e) => e.id));
  const oldRelations = new Set(before.relations.map((r) => r.id));
  const delta = changedRecords(before, after);
  const kept = new Set(after.relations.map((r) => r.id));
  return {
    delta,
    dropped: before.relations.some((r) => !kept.has(r.id)) || after.entities.length < before.entities.length,
    counts: {
      newEntities: after.entities.filter((e) => !oldEntities.has(e.id)).length,
      relations: {
        new: delta.relations.filter((r) => !oldRelations.has(r.id)).length,
        updated: delta.relations.filter((r) => oldRelations.has(r.id)).length,
      },
    },
  };
}

/** The store gets the difference, or the whole graph when it is behind the files or something was dropped. */
async function writeStore(store: GraphStore, before: Dataset, after: Dataset, c: Comparison): Promise<LoadReport> {
  if (c.dropped) return store.load(after, { reset: true });
  const stored = await store.counts();
  const behind = stored.articles < before.articles.length || stored.totalEntities < before.entities.length;
  return store.load(behind ? after : c.delta);
}

export async function importEventFiles(paths: readonly string[], options: ImportOptions): Promise<ImportSummary> {
  const now = (options.now ?? (() => new Date()))();
  const ledger = new ImportLedger(options.importDir);
  const base = await loadGraphDataset(options.dataDir, options.ingestDir);
  const earlier = await ledger.read();
  const decisions = await ledger.readDecisions();
  const undone = decisions.filter((d) => d.undoneAt);
  const before = toDataset(applyContributions(base, earlier, undone), base);
  const sourceIds = new Map<string, string>();
  for (const path of paths) sourceIds.set(path, await sourceIdOf(path, options.dataset));
  // Actors resolve against the graph without these files' earlier imports: a file's new contribution replaces its old one.
  const others = earlier.filter((c) => ![...sourceIds.values()].includes(c.source.id));
  const resolver = new ActorResolver({
    entities: applyContributions(base, others, undone).entities,
    relations: base.relations,
  });
  const bySource = new Map(earlier.map((c) => [c.source.id, c]));
  const files: FileSummary[] = [];
  const newDecisions: ReturnType<typeof decisionsFor> = [];
  let resolved = 0;
  for (const path of paths) {
    const { contribution, summary, resolutions } = await importFile(path, sourceIds.get(path)!, resolver, options, now);
    files.push(summary);
    // A file contributes what its latest import produced; the same result again keeps the earlier record.
    const known = bySource.get(contribution.source.id);
    if (!known || !sameContent(known, contribution)) bySource.set(contribution.source.id, contribution);
    resolved += resolutions.filter((r) => r.status === "existing").length;
    newDecisions.push(...decisionsFor(contribution.source.id, resolutions, decisions, now));
  }
  const after = toDataset(applyContributions(base, [...bySource.values()], undone), before);
  const comparison = compare(before, after);
  const { delta } = comparison;
  const unchanged =
    !comparison.dropped && delta.relations.length === 0 && delta.entities.length === 0 && delta.articles.length === 0;
  const summary: ImportSummary = {
    files,
    entities: { new: comparison.counts.newEntities, resolved },
    relations: comparison.counts.relations,
    unchanged,
    dryRun: options.dryRun ?? false,
    load: null,
  };
  if (options.dryRun || unchanged) return summary;
  // The ledger first: the graph can always be rebuilt from it, whatever happens to the store write.
  for (const id of new Set(sourceIds.values())) await ledger.write(bySource.get(id)!);
  await ledger.appendDecisions(newDecisions);
  if (options.store) summary.load = await writeStore(options.store, before, after, comparison);
  return summary;
}
