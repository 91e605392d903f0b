// The graph a store holds: the curated data with every ledger entry merged in, in the order
// the articles were ingested, completed into a Dataset (ids, sources, derivations, mentions).

import type { DisputeRecord } from "../../graph-schema/index.js";
import { loadCuratedDataset } from "../dataset/curated.js";
import type { Dataset } from "../dataset/dataset.js";
import { applyDerivations } from "../dataset/derivation.js";
import { countMentions, updateMentions } from "../dataset/mentions.js";
import { toRelation } from "../dataset/to-relation.js";
import { recordDisputes } from "./disputes.js";
import { GraphBuilder, type RecordSet } from "./graph-builder.js";
import type { LedgerContents, LedgerEntry, ResolutionDecision } from "./ledger.js";
import { IngestLedger } from "./ledger.js";

export const decisionKey = (article: string, proposed: string): string => `${article}|${proposed}`;

export function decisionMap(decisions: readonly ResolutionDecision[]): Map<string, ResolutionDecision> {
  return new Map(decisions.map((d) => [decisionKey(d.article, d.proposed), d]));
}

/** Replays the ledger over the base records. */
export function replayLedger(base: RecordSet, contents: LedgerContents): GraphBuilder {
  const builder = new GraphBuilder(base);
  const decisions = decisionMap(contents.decisions);
  for (const entry of contents.entries) replayEntry(builder, entry, decisions);
  return builder;
}

export function replayEntry(
  builder: GraphBuilder,
  entry: LedgerEntry,
  decisions: ReadonlyMap<string, ResolutionDecision>,
): ReturnType<GraphBuilder["apply"]> & { disputes: ReturnType<typeof recordDisputes> } {
  const outcome = builder.apply(entry, decisions);
  return { ...outcome, disputes: recordDisputes(builder, entry, outcome) };
}

/** Completes merged records into what a store loads; `previous` lets unchanged mention counts be reused. */
export function toDataset(records: RecordSet, previous?: Dataset): Dataset {
  const relations = records.relations.map((r) => {
    const { type, source, target, date, dateBasis, dateNote, place, topic, role, confidence, evidence, disputes } = r;
    return toRelation({
      type,
      source,
      target,
      date,
      dateBasis,
      dateNote,
      place,
      topic,
      role,
      confidence,
      evidence,
      disputes,
    });
  });
  const derived = applyDerivations(records.articles, relations);
  const disputes: DisputeRecord[] = records.disputes;
  return {
    articles: derived.articles,
    entities: records.entities,
    relations: derived.relations,
    disputes,
    mentions: previous
      ? updateMentions(previous, derived.articles, records.entities)
      : countMentions(derived.articles, records.entities),
  };
}

/** The curated data plus everything ingested into `ingestDir`. */
export async function loadGraphDataset(dataDir: string, ingestDir: string): Promise<Dataset> {
  const curated = await loadCuratedDataset(dataDir);
  const contents = await new IngestLedger(ingestDir).read();
  if (contents.entries.length === 0) return curated;
  return toDataset(replayLedger(curated, contents).records());
}
