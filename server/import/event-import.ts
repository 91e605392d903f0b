// Importing event files: each file read row by row, filtered, its actors resolved, its events
// aggregated into one Contribution; the graph before and after compared, and only the difference
// written (import ledger first, then the store through its ordinary load). Nothing is written on
// a dry run, on `--on-error fail` with a bad row, or when the file was imported already.

import { basename } from "node:path";
import type { Dataset } from "../dataset/dataset.js";
import { changedRecords } from "../ingest/dataset-delta.js";
import { loadGraphDataset, toDataset } from "../ingest/graph-dataset.js";
import type { GraphStore, LoadReport } from "../store/graph-store.js";
import { ActorResolver } from "./actor-resolver.js";
import type { ResolutionDecision } from "../ingest/ledger.js";
import { applyContributions, sameContent, type Contribution } from "./contribution.js";
import { decisionsFor } from "./decisions.js";
import { importFile, type FileImportOptions, type FileImportResult, type FileSummary } from "./file-import.js";
import { ImportLedger } from "./import-ledger.js";

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

/** What every file of one import is read against: the graph from files, and what was imported before. */
interface ImportContext {
  base: Dataset;
  earlier: readonly Contribution[];
  undone: readonly ResolutionDecision[];
  options: ImportOptions;
  now: Date;
}

/** Imports every file with one resolver, which knows the graph without the `without` earlier imports. */
async function importFiles(
  paths: readonly string[],
  without: ReadonlySet<string>,
  { base, earlier, undone, options, now }: ImportContext,
): Promise<FileImportResult[]> {
  const others = earlier.filter((c) => !without.has(c.source.id));
  const resolver = new ActorResolver({
    entities: applyContributions(base, others, undone).entities,
    relations: base.relations,
  });
  const results: FileImportResult[] = [];
  for (const path of paths) results.push(await importFile(path, resolver, options, now));
  return results;
}

/**
 * Actors resolve against the graph without these files' earlier imports (a file's new contribution
 * replaces its old one), but a file's id, the hash of its bytes, is known only once it is read. So the
 * first read guesses those imports by file name; where the hashes prove the guess wrong (a file
 * renamed, or replaced under its name), the files are read again without the imports they turned out to be.
 */
async function importFilesOnce(paths: readonly string[], context: ImportContext): Promise<FileImportResult[]> {
  const names = new Set(paths.map((p) => basename(p)));
  const guess = new Set(context.earlier.filter((c) => names.has(c.source.file)).map((c) => c.source.id));
  const first = await importFiles(paths, guess, context);
  const ids = new Set(first.map((r) => r.contribution.source.id));
  const actual = new Set(context.earlier.map((c) => c.source.id).filter((id) => ids.has(id)));
  if (actual.size === guess.size && [...actual].every((id) => guess.has(id))) return first;
  return importFiles(paths, actual, context);
}

export async function importEventFiles(paths: readonly string[], options: ImportOptions): Promise<ImportSummary> {
  const now = (options.now ?? (() => new Date()))();
  const ledger = new ImportLedger(options.importDir);
  const base = await loadGraphDataset(options.dataDir, options.ingestDir);
  const earlier = await ledger.read();
  const decisions = await ledger.readDecisions();
  const undone = decisions.filter((d) => d.undoneAt);
  const before = toDataset(applyContributions(base, earlier, undone), base);
  const results = await importFilesOnce(paths, { base, earlier, undone, options, now });
  const bySource = new Map(earlier.map((c) => [c.source.id, c]));
  const files: FileSummary[] = [];
  const newDecisions: ReturnType<typeof decisionsFor> = [];
  let resolved = 0;
  for (const { contribution, summary, resolutions } of results) {
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
  for (const id of new Set(results.map((r) => r.contribution.source.id))) await ledger.write(bySource.get(id)!);
  await ledger.appendDecisions(newDecisions);
  if (options.store) summary.load = await writeStore(options.store, before, after, comparison);
  return summary;
}
