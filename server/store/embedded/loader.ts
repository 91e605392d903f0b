// Loads a Dataset into the embedded engine, holding the writer connection throughout: schema,
// optional reset, then articles, entities, disputes, relations and mentions. Tables empty at the
// start are bulk-written (COPY); the others get id-keyed upserts, so a second load changes nothing.

import type { Connection } from "@ladybugdb/core";
import { MENTIONS, nodeProperties } from "../../../graph-schema/index.js";
import type { Dataset } from "../../dataset/dataset.js";
import type { LoadOptions, LoadPhase, LoadProgress, LoadReport } from "../graph-store.js";
import { chunks } from "./batch-rows.js";
import { BulkWriter, type CopyJob } from "./bulk.js";
import { inTransaction, run, type LbugConnections } from "./connections.js";
import { timed } from "./load-trace.js";
import {
  planLoad,
  relationWriteRow,
  type LoadPlan,
  type LocateEntities,
  type MentionGroup,
  type RelationGroup,
} from "./load-plan.js";
import { locateEntities } from "./read-statements.js";
import { createTables, recreateTables, tableCount } from "./schema.js";
import { upsertRelationType } from "./relation-upsert.js";
import { createNodeRows, createRelationBatches, upsertMentionRows, upsertMentions, upsertNodes } from "./upsert.js";
import { MENTION_COPY_COLUMNS, RELATION_COPY_COLUMNS } from "./write-statements.js";
import { loadReport } from "../store-shared.js";

export interface LoaderSettings {
  batchSize: number;
  /** Groups at least this large go to an empty table through COPY. */
  copyThreshold: number;
  /** CHECKPOINT during and after the load (on disk): folds the WAL into the file, frees write memory. */
  checkpoint: boolean;
}

type Progress = (progress: LoadProgress) => void;

export async function loadDataset(
  connections: LbugConnections,
  dataset: Dataset,
  options: LoadOptions,
  settings: LoaderSettings,
): Promise<LoadReport> {
  const started = performance.now();
  const progress: Progress = options.onProgress ?? (() => undefined);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? settings.batchSize));
  const phase = (name: LoadPhase) => (done: number, total: number) => progress({ phase: name, done, total });
  await connections.write(async (connection) => {
    // With a reset nothing stored can be an end, so the plan (and its checks) comes first.
    let plan = options.reset ? await planLoad(dataset, null) : null;
    await createTables(connection, phase("schema"));
    if (options.reset) await recreateTables(connection, phase("reset"));
    plan ??= await planLoad(dataset, locator(connection));
    await writePlan(connection, plan, { ...settings, batchSize }, progress);
    if (settings.checkpoint) await run(connection, "CHECKPOINT");
  });
  return loadReport(dataset, started);
}

function locator(connection: Connection): LocateEntities {
  return async (ids) => {
    const rows = await run(connection, locateEntities(), { ids });
    return new Map(rows.map((r) => [String(r.id), r.label as never]));
  };
}

/** Counts a phase's rows as batches complete. */
function counter(progress: Progress, phase: LoadPhase, total: number): (rows: number) => void {
  let done = 0;
  progress({ phase, done, total });
  return (rows) => {
    done += rows;
    progress({ phase, done, total });
  };
}

const sum = <T>(groups: T[], size: (g: T) => number): number => groups.reduce((n, g) => n + size(g), 0);

/**
 * Node and mention phases are one transaction each (a commit costs ~20 ms on disk; a failed phase
 * leaves nothing). Relations commit and CHECKPOINT every few tables: until a checkpoint the engine
 * holds ~9 MB of memory per relationship sub-table written (~1.3 GB for the whole vocabulary).
 */
async function writePlan(
  connection: Connection,
  plan: LoadPlan,
  settings: LoaderSettings,
  progress: Progress,
): Promise<void> {
  const bulk = new BulkWriter(connection, settings.copyThreshold);
  for (const phase of ["articles", "entities", "disputes"] as const) {
    await inTransaction(connection, () => writeNodes(connection, plan, phase, bulk, settings, progress));
  }
  await writeRelations(connection, plan.relations, bulk, settings, progress);
  await inTransaction(connection, () => writeMentions(connection, plan.mentions, bulk, settings.batchSize, progress));
}

/** Sub-tables written between two checkpoints. */
const TABLES_PER_CHECKPOINT = 16;

async function writeNodes(
  connection: Connection,
  plan: LoadPlan,
  phase: "articles" | "entities" | "disputes",
  bulk: BulkWriter,
  { batchSize }: LoaderSettings,
  progress: Progress,
): Promise<void> {
  const groups = plan.nodes.filter((g) => g.phase === phase && g.rows.length > 0);
  const onBatch = counter(
    progress,
    phase,
    sum(groups, (g) => g.rows.length),
  );
  const jobs: CopyJob[] = [];
  for (const g of groups) {
    if ((await tableCount(connection, g.label, "node")) > 0) {
      await upsertNodes(connection, g.label, g.rows, batchSize, onBatch);
      continue;
    }
    const fallback = () => createNodeRows(connection, g.label, g.rows, batchSize, onBatch);
    jobs.push({ table: g.label, columns: nodeProperties(g.label), count: g.rows.length, rows: () => g.rows, fallback });
  }
  await bulk.run(jobs, onBatch);
}

async function writeRelations(
  connection: Connection,
  groups: RelationGroup[],
  bulk: BulkWriter,
  settings: LoaderSettings,
  progress: Progress,
): Promise<void> {
  const { batchSize } = settings;
  const onBatch = counter(
    progress,
    "relations",
    sum(groups, (g) => g.relations.length),
  );
  // Reported as progress too, so that the phase's span includes its last checkpoint.
  const settle = async (): Promise<void> => {
    if (settings.checkpoint) await timed("checkpoint", "", 0, () => run(connection, "CHECKPOINT"));
    onBatch(0);
  };
  const types = [...new Set(groups.map((g) => g.key.type))];
  const empty = new Set<string>();
  await timed("count", "", 0, async () => {
    for (const type of types) if ((await tableCount(connection, type, "rel")) === 0) empty.add(type);
  });
  for (const part of chunks(
    types.filter((t) => !empty.has(t)),
    TABLES_PER_CHECKPOINT / 4,
  )) {
    await timed("transaction", "", 0, () =>
      inTransaction(connection, async () => {
        for (const type of part) {
          const ofType = groups.filter((g) => g.key.type === type);
          await timed(
            "upsert",
            type,
            sum(ofType, (g) => g.relations.length),
            () => upsertRelationType(connection, type, ofType, batchSize, onBatch),
          );
        }
      }),
    );
    await settle();
  }
  const jobs = groups.filter((g) => empty.has(g.key.type)).map((g) => relationJob(connection, g, batchSize, onBatch));
  for (const part of chunks(jobs, TABLES_PER_CHECKPOINT)) {
    await timed("transaction", "", 0, () => inTransaction(connection, () => bulk.run(part, onBatch)));
    await settle();
  }
}

function relationJob(
  connection: Connection,
  g: RelationGroup,
  batchSize: number,
  onBatch: (rows: number) => void,
): CopyJob {
  return {
    table: g.key.type,
    columns: RELATION_COPY_COLUMNS,
    count: g.relations.length,
    rows: () => g.relations.map(relationWriteRow),
    pair: { from: g.key.from, to: g.key.to },
    fallback: () => createRelationBatches(connection, g.key, g.relations, batchSize, onBatch),
  };
}

async function writeMentions(
  connection: Connection,
  groups: MentionGroup[],
  bulk: BulkWriter,
  batchSize: number,
  progress: Progress,
): Promise<void> {
  const onBatch = counter(
    progress,
    "mentions",
    sum(groups, (g) => g.rows.length),
  );
  if ((await tableCount(connection, MENTIONS, "rel")) > 0) {
    for (const g of groups) await upsertMentionRows(connection, g.label, g.rows, batchSize, onBatch);
    return;
  }
  const jobs = groups.map((g): CopyJob => ({
    table: MENTIONS,
    columns: MENTION_COPY_COLUMNS,
    count: g.rows.length,
    rows: () => g.rows,
    pair: { from: "Article", to: g.label },
    fallback: () => upsertMentions(connection, g.label, g.rows, batchSize, onBatch),
  }));
  await bulk.run(jobs, onBatch);
}
