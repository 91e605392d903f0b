// Batched upserts into tables that already hold data, with MERGE semantics on ids but without
// UNWIND … MERGE (its cost grows with the table): look the batch's ids up, CREATE the new rows,
// SET only the rows whose stored properties differ. Run on the writer connection only.

import type { Connection } from "@ladybugdb/core";
import {
  nodeProperties,
  RELATION_PROPERTIES,
  relationTypeDef,
  type EntityLabel,
  type NodeLabel,
  type Relation,
} from "../../../graph-schema/index.js";
import { batchRow, chunks, sameProperties } from "./batch-rows.js";
import { run } from "./connections.js";
import { relationWriteRow } from "./load-plan.js";
import type { Row } from "./run.js";
import {
  createNodes,
  createRelations,
  deleteReversedRelations,
  lookupNodes,
  lookupRelations,
  mergeMentions,
  MENTION_COPY_COLUMNS,
  updateNodes,
  updateRelations,
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

async function storedRelations(
  connection: Connection,
  key: RelationGroupKey,
  batch: Row[],
  reversed: boolean,
): Promise<Map<string, Row>> {
  const refs = batch.map((r) => ({ source: String(r.source), target: String(r.target), id: String(r.id) }));
  const found = await run(connection, lookupRelations(key, reversed), { rows: refs });
  return new Map(found.map((f) => [String((f.rel as Row).id), f.rel as Row]));
}

/**
 * A relation is keyed by its id. A mutual relation stored the other way round is deleted and
 * written in the new direction (its id is the same whichever end comes first).
 */
export async function upsertRelations(
  connection: Connection,
  key: RelationGroupKey,
  relations: Relation[],
  batchSize: number,
  onBatch: OnBatch,
): Promise<void> {
  const mutual = !relationTypeDef(key.type).directed;
  for (const group of chunks(relations, batchSize)) {
    const batch = group.map(relationWriteRow);
    const stored = await storedRelations(connection, key, batch, false);
    const reversed = mutual ? await storedRelations(connection, key, batch, true) : new Map<string, Row>();
    const flipped = batch.filter((r) => !stored.has(String(r.id)) && reversed.has(String(r.id)));
    const fresh = batch.filter((r) => !stored.has(String(r.id)));
    const changed = batch.filter((r) => {
      const s = stored.get(String(r.id));
      return s !== undefined && !sameProperties(RELATION_PROPERTIES, r, s);
    });
    if (flipped.length > 0) await run(connection, deleteReversedRelations(key), { rows: refsOf(flipped) });
    await createRelationRows(connection, key, fresh);
    if (changed.length > 0) {
      const params = { rows: changed.map((r) => batchRow(RELATION_PROPERTIES, r, ["source", "target"])) };
      await run(connection, updateRelations(key), params);
    }
    onBatch(batch.length);
  }
}

const refsOf = (rows: Row[]) => rows.map((r) => ({ source: String(r.source), target: String(r.target), id: String(r.id) }));

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

/** MERGE from two bound ends (cheap at any table size), in batches. */
export async function upsertMentions(
  connection: Connection,
  label: EntityLabel,
  rows: Row[],
  batchSize: number,
  onBatch: OnBatch,
): Promise<void> {
  for (const batch of chunks(rows, batchSize)) {
    const params = { rows: batch.map((r) => batchRow(MENTION_COPY_COLUMNS, r)) };
    const written = Number((await run(connection, mergeMentions(label), params))[0]?.written ?? 0);
    if (written !== batch.length) {
      throw new Error(`${batch.length - written} of ${batch.length} mentions name an article or entity that is not stored`);
    }
    onBatch(batch.length);
  }
}
