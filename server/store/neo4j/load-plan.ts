// Turns a Dataset into Neo4j write groups: node rows per label, relations grouped by type and
// end labels (so every MATCH is labelled and index-backed), mentions per entity label. Ends it
// cannot place are refused here, before anything is written.

import neo4j from "neo4j-driver";
import type { EntityType, Relation } from "../../../graph-schema/index.js";
import type { Dataset } from "../../dataset/dataset.js";
import type { LoadPhase } from "../graph-store.js";
import { articleRow, disputeRow, entityRow, relationRow, type Row } from "../stored-records.js";
import { entityLabels, type LocateEntities } from "../store-shared.js";
import { DAY_SPAN, daySpanOf } from "./day-span.js";
import { allowedEndLabels, mergeMentions, mergeNodes, mergeRelations, type Statement } from "./statements.js";

export type WritePhase = Extract<LoadPhase, "articles" | "entities" | "disputes" | "relations" | "mentions">;
export const WRITE_PHASES: readonly WritePhase[] = ["articles", "entities", "disputes", "relations", "mentions"];

export interface WriteGroup {
  phase: WritePhase;
  statement: Statement<"rows">;
  rows: Row[];
}

export type { LocateEntities } from "../store-shared.js";

export async function planLoad(dataset: Dataset, locate: LocateEntities | null): Promise<WriteGroup[]> {
  const labels = await entityLabels(dataset, locate);
  const groups = new Map<string, WriteGroup>();
  const add = (phase: WritePhase, key: string, build: () => Statement<"rows">, row: Row): void => {
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { phase, statement: build(), rows: [row] });
  };
  for (const a of dataset.articles) add("articles", "Article", () => mergeNodes("Article"), articleRow(a));
  for (const e of dataset.entities) add("entities", e.type, () => mergeNodes(e.type), entityRow(e));
  for (const d of dataset.disputes) add("disputes", "Dispute", () => mergeNodes("Dispute"), disputeRow(d));
  for (const r of dataset.relations) {
    const [from, to] = endLabels(r, labels);
    add("relations", `${r.type} ${from} ${to}`, () => mergeRelations(r.type, from, to), relationWriteRow(r));
  }
  for (const m of dataset.mentions) {
    const label = labels.get(m.entity)!;
    const row = { article: m.article, entity: m.entity, count: neo4j.int(m.count) };
    add("mentions", `MENTIONS ${label}`, () => mergeMentions(label), row);
  }
  return [...groups.values()];
}

/** The stored properties plus the day span the relation filter reads (day-span.ts). */
function relationWriteRow(relation: Relation): Row {
  const props = { ...relationRow(relation), [DAY_SPAN]: daySpanOf(relation.date) };
  return { id: relation.id, source: relation.source, target: relation.target, props };
}

function endLabels(relation: Relation, labels: Map<string, EntityType>): [EntityType, EntityType] {
  const [from, to] = [labels.get(relation.source)!, labels.get(relation.target)!];
  if (!allowedEndLabels(relation.type).some(([a, b]) => a === from && b === to)) {
    const allowed = allowedEndLabels(relation.type)
      .map(([a, b]) => `${a}->${b}`)
      .join(", ");
    throw new Error(
      `load: relation ${relation.id} (${relation.source} ${relation.type} ${relation.target}) goes from ${from} to ${to}; ` +
        `the vocabulary allows ${allowed}`,
    );
  }
  return [from, to];
}
