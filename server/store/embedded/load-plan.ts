// Turns a Dataset into the embedded engine's write groups: node rows per label, relations per
// (type, source label, target label), mention rows per entity label. Repeated ids keep their last
// record; empty strings are stored as null (COPY cannot tell them apart); unplaceable ends are refused.

import type { EntityType, NodeLabel, Relation } from "../../../graph-schema/index.js";
import type { Dataset } from "../../dataset/dataset.js";
import { articleRow, disputeRow, entityRow, relationRow, type Row } from "../stored-records.js";
import { entityLabels, type LocateEntities } from "../store-shared.js";
import { allowedPairs, type RelationGroupKey } from "./write-statements.js";

export interface NodeGroup {
  phase: "articles" | "entities" | "disputes";
  label: NodeLabel;
  rows: Row[];
}

/** Relations are turned into rows (relationWriteRow) a batch or a file at a time, to spare memory. */
export interface RelationGroup {
  key: RelationGroupKey;
  relations: Relation[];
}

export interface MentionGroup {
  label: EntityType;
  rows: Row[];
}

export interface LoadPlan {
  nodes: NodeGroup[];
  relations: RelationGroup[];
  mentions: MentionGroup[];
}

export type { LocateEntities } from "../store-shared.js";

/** Empty strings become null, everywhere but inside lists (in place). */
function normalised(row: Row): Row {
  for (const k in row) if (row[k] === "" || row[k] === undefined) row[k] = null;
  return row;
}

/** The stored properties of a relation plus its `source` and `target` ids (empty strings kept: writers map them to null). */
export function relationWriteRow(relation: Relation): Row {
  const row = relationRow(relation);
  row.source = relation.source;
  row.target = relation.target;
  return row;
}

function lastById(rows: Row[], key: (row: Row) => string = (r) => String(r.id)): Row[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()];
}

export async function planLoad(dataset: Dataset, locate: LocateEntities | null): Promise<LoadPlan> {
  const labels = await entityLabels(dataset, locate);
  const nodes: NodeGroup[] = [
    { phase: "articles", label: "Article", rows: lastById(dataset.articles.map(articleRow)) },
  ];
  const byLabel = new Map<EntityType, Row[]>();
  for (const e of dataset.entities) push(byLabel, e.type, entityRow(e));
  for (const [label, rows] of byLabel) nodes.push({ phase: "entities", label, rows: lastById(rows) });
  nodes.push({ phase: "disputes", label: "Dispute", rows: lastById(dataset.disputes.map(disputeRow)) });

  const relations = new Map<string, RelationGroup>();
  for (const r of lastByRelationId(dataset.relations)) {
    const [from, to] = endLabels(r, labels);
    const name = `${r.type} ${from} ${to}`;
    const group = relations.get(name);
    if (group) group.relations.push(r);
    else relations.set(name, { key: { type: r.type, from, to }, relations: [r] });
  }
  const mentions = new Map<EntityType, Row[]>();
  for (const m of dataset.mentions) push(mentions, labels.get(m.entity)!, { ...m });
  return {
    nodes: nodes.map((g) => ({ ...g, rows: g.rows.map(normalised) })),
    relations: [...relations.values()],
    mentions: [...mentions].map(([label, rows]) => ({
      label,
      rows: lastById(rows, (r) => `${r.article} ${r.entity}`),
    })),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function lastByRelationId(relations: Relation[]): Relation[] {
  const last = new Map<string, Relation>();
  for (const r of relations) last.set(r.id, r);
  return last.size === relations.length ? relations : [...last.values()];
}

const pairCache = new Map<string, Set<string>>();
function allowedPairKeys(type: Relation["type"]): Set<string> {
  let keys = pairCache.get(type);
  if (!keys) pairCache.set(type, (keys = new Set(allowedPairs(type).map(([a, b]) => `${a} ${b}`))));
  return keys;
}

function endLabels(relation: Relation, labels: Map<string, EntityType>): [EntityType, EntityType] {
  const [from, to] = [labels.get(relation.source)!, labels.get(relation.target)!];
  if (!allowedPairKeys(relation.type).has(`${from} ${to}`)) {
    const allowed = allowedPairs(relation.type)
      .map(([a, b]) => `${a}->${b}`)
      .join(", ");
    throw new Error(
      `load: relation ${relation.id} (${relation.source} ${relation.type} ${relation.target}) goes from ${from} ` +
        `to ${to}; the vocabulary allows ${allowed}`,
    );
  }
  return [from, to];
}
