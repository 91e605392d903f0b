// Batched writes into tables that already hold data, with MERGE semantics on ids but without
// UNWIND … MERGE on nodes (its cost grows with the table): look the batch's ids up, CREATE the new
// rows, SET only the rows whose stored properties differ. Run on the writer connection only.

import type { Connection } from "@ladybugdb/core";
import {
  nodeProperties,
  RELATION_PROPERTIES,
  type EntityType,
  type NodeLabel,
  type Relation,
} from "../../../graph-schema/index.js";
import { batchRow, chunks, sameProperties } from "./batch-rows.js";
import { run } from "./connections.js";
import { relationWriteRow } from "./load-plan.js";
import type { Row } from "./run.js";
import {
  createMentions,
  createNodes,
  createRelations,
  lookupNodes,
  mentionsOfLabel,
  mergeMentions,
  MENTION_COPY_COLUMNS,
  updateNodes,
  type RelationGroupKey,
} from "./write-statements.js";

export type OnBatch = (rows: number) => void;

/** CREATE rows into a node table known to hold none of their ids. */
export async function createNodeRows(
  connection: Connection,
  label: NodeLabel,
  rows: Row[],
  batchSize: number,
  onBatch: OnBatch,
): Promise<void> {
  const props = nodeProperties(label);
  for (const batch of chunks(rows, batchSize)) {
    await run(connection, createNodes(label), { rows: batch.map((r) => batchRow(props, r)) });
    onBatch(batch.length);
  }
}

export async function upsertNodes(
  connection: Connection,
  label: NodeLabel,
  rows: Row[],
  batchSize: number,
  onBatch: OnBatch,
): Promise<void> {
  const props = nodeProperties(label);
  for (const batch of chunks(rows, batchSize)) {
    const found = await run(connection, lookupNodes(label), { ids: batch.map((r) => String(r.id)) });
    const stored = new Map(found.map((f) => [String((f.n as Row).id), f.n as Row]));
    const fresh = batch.filter((r) => !stored.has(String(r.id)));
    const changed = batch.filter((r) => {
      const s = stored.get(String(r.id));
      return s !== undefined && !sameProperties(props, r, s);
    });
    if (fresh.length > 0) await run(connection, createNodes(label), { rows: fresh.map((r) => batchRow(props, r)) });
    if (changed.length > 0) await run(connection, updateNodes(label), { rows: changed.map((r) => batchRow(props, r)) });
    onBatch(batch.length);
  }
}

/** CREATE relations whose ends exist; fails naming the batch when an end is missing. */
export async function createRelationRows(connection: Connection, key: RelationGroupKey, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const params = { rows: rows.map((r) => batchRow(RELATION_PROPERTIES, r, ["source", "target"])) };
  const written = Number((await run(connection, createRelations(key), params))[0]?.written ?? 0);
  if (written !== rows.length) {
    throw new Error(`${rows.length - written} of ${rows.length} ${key.type} relations found no end to attach to`);
  }
}

/** CREATE relations into a table known to hold none of their ids, a batch at a time. */
export async function createRelationBatches(
  connection: Connection,
  key: RelationGroupKey,
  relations: Relation[],
  batchSize: number,
  onBatch: OnBatch,
): Promise<void> {
  for (const group of chunks(relations, batchSize)) {
    await createRelationRows(connection, key, group.map(relationWriteRow));
    onBatch(group.length);
  }
}

/** Above this many rows, mentions are diffed against one scan of the label's mentions instead. */
const MERGE_LIMIT = 10_000;

/** Mentions of one entity label: MERGE batches for a few, a scan-and-diff for many. */
export async function upsertMentionRows(
  connection: Connection,
  label: EntityType,
  rows: Row[],
  batchSize: number,
  onBatch: OnBatch,
): Promise<void> {
  if (rows.length < MERGE_LIMIT) return upsertMentions(connection, label, rows, batchSize, onBatch);
  const stored = new Map<string, number>();
  for (const m of await run(connection, mentionsOfLabel(label)))
    stored.set(`${m.article} ${m.entity}`, Number(m.count));
  const fresh = rows.filter((r) => !stored.has(`${r.article} ${r.entity}`));
  const changed = rows.filter((r) => {
    const count = stored.get(`${r.article} ${r.entity}`);
    return count !== undefined && count !== Number(r.count);
  });
  onBatch(rows.length - fresh.length - changed.length);
  for (const batch of chunks(fresh, batchSize)) {
    const params = { rows: batch.map((r) => batchRow(MENTION_COPY_COLUMNS, r)) };
    const written = Number((await run(connection, createMentions(label), params))[0]?.written ?? 0);
    if (written !== batch.length)
      throw new Error(
        `${batch.length - written} of ${batch.length} mentions name an article or entity that is not stored`,
      );
    onBatch(batch.length);
  }
  await upsertMentions(connection, label, changed, batchSize, onBatch);
}

/** MERGE from two bound ends, in batches. */
export async function upsertMentions(
  connection: Connection,
  label: EntityType,
  rows: Row[],
  batchSize: number,
  onBatch: OnBatch,
): Promise<void> {
  for (const batch of chunks(rows, batchSize)) {
    const params = { rows: batch.map((r) => batchRow(MENTION_COPY_COLUMNS, r)) };
    const written = Number((await run(connection, mergeMentions(label), params))[0]?.written ?? 0);
    if (written !== batch.length) {
      throw new Error(
        `${batch.length - written} of ${batch.length} mentions name an article or entity that is not stored`,
      );
    }
    onBatch(batch.length);
  }
}
