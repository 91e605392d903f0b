// Relations written into a relationship table that already holds data, keyed by relation id: the
// stored copies of the type are looked up by id (one hash join per chunk of ids), then only what
// differs is written — new relations created, changed ones SET, and a relation whose stored ends
// differ (a mutual relation written the other way round) deleted and created again.

import type { Connection } from "@ladybugdb/core";
import { RELATION_PROPERTIES, type RelationType } from "../../../graph-schema/index.js";
import { batchRow, chunks, sameProperties } from "./batch-rows.js";
import { run } from "./connections.js";
import { relationWriteRow, type RelationGroup } from "./load-plan.js";
import type { Row } from "./run.js";
import { createRelationRows, type OnBatch } from "./upsert.js";
import { deleteRelations, lookupRelationsById, updateRelations, type RelationGroupKey } from "./write-statements.js";

/** Ids per lookup: each lookup scans the type's table once. */
const LOOKUP_CHUNK = 50_000;

interface Work {
  key: RelationGroupKey;
  rows: Row[];
}

/** Rows grouped by label pair. */
class ByPair {
  readonly groups = new Map<string, Work>();

  add(key: RelationGroupKey, row: Row): void {
    const name = `${key.from} ${key.to}`;
    const group = this.groups.get(name);
    if (group) group.rows.push(row);
    else this.groups.set(name, { key, rows: [row] });
  }
}

async function storedById(connection: Connection, type: RelationType, ids: string[]): Promise<Map<string, Row>> {
  const stored = new Map<string, Row>();
  for (const chunk of chunks(ids, LOOKUP_CHUNK)) {
    for (const row of await run(connection, lookupRelationsById(type), { ids: chunk })) stored.set(String(row.id), row);
  }
  return stored;
}

interface Diff {
  fresh: ByPair;
  changed: ByPair;
  /** Stored copies to delete before their replacement is created. */
  stale: ByPair;
  unchanged: number;
}

function diff(type: RelationType, planned: { key: RelationGroupKey; row: Row }[], stored: Map<string, Row>): Diff {
  const d: Diff = { fresh: new ByPair(), changed: new ByPair(), stale: new ByPair(), unchanged: 0 };
  for (const { key, row } of planned) {
    const s = stored.get(String(row.id));
    if (!s) {
      d.fresh.add(key, row);
    } else if (
      s.source !== row.source ||
      s.target !== row.target ||
      s.sourceLabel !== key.from ||
      s.targetLabel !== key.to
    ) {
      d.stale.add(
        { type, from: s.sourceLabel as RelationGroupKey["from"], to: s.targetLabel as RelationGroupKey["to"] },
        s,
      );
      d.fresh.add(key, row);
    } else if (!sameProperties(RELATION_PROPERTIES, row, s)) {
      d.changed.add(key, row);
    } else {
      d.unchanged += 1;
    }
  }
  return d;
}

/** Upserts every relation of one type (all its label pairs). */
export async function upsertRelationType(
  connection: Connection,
  type: RelationType,
  groups: RelationGroup[],
  batchSize: number,
  onBatch: OnBatch,
): Promise<void> {
  const planned = groups.flatMap((g) => g.relations.map((r) => ({ key: g.key, row: relationWriteRow(r) })));
  const { fresh, changed, stale, unchanged } = diff(
    type,
    planned,
    await storedById(
      connection,
      type,
      planned.map((p) => String(p.row.id)),
    ),
  );
  onBatch(unchanged);
  for (const { key, rows } of stale.groups.values()) {
    const refs = rows.map((r) => ({ source: String(r.source), target: String(r.target), id: String(r.id) }));
    for (const batch of chunks(refs, batchSize)) await run(connection, deleteRelations(key), { rows: batch });
  }
  for (const { key, rows } of fresh.groups.values()) {
    for (const batch of chunks(rows, batchSize)) {
      await createRelationRows(connection, key, batch);
      onBatch(batch.length);
    }
  }
  for (const { key, rows } of changed.groups.values()) {
    for (const batch of chunks(rows, batchSize)) {
      const params = { rows: batch.map((r) => batchRow(RELATION_PROPERTIES, r, ["source", "target"])) };
      await run(connection, updateRelations(key), params);
      onBatch(batch.length);
    }
  }
}
