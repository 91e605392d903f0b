// Undone actor resolutions applied to a file's contribution: the events whose actor was tied to an
// entity by an undone decision move to an entity of their own (the dataset's code or name), and
// their relations are re-formed around it. Other events stay where they were.

import type { EntityRecord, RelationRecord } from "../../graph-schema/index.js";
import { relationId } from "../dataset/relation-id.js";
import type { ResolutionDecision } from "../ingest/ledger.js";
import { eventTopic } from "./aggregate.js";
import type { Contribution } from "./contribution.js";

function splitEntity(decision: ResolutionDecision, was: EntityRecord | undefined): EntityRecord {
  const base = { id: decision.proposed, name: decision.mention, aliases: [], description: "" };
  return was?.type === "Person"
    ? { ...base, type: "Person" }
    : { ...base, type: "Organization", kind: "event actor", country: null };
}

/** The contribution with `undone` (decisions for its source) taken back. */
export function withUndone(
  contribution: Contribution,
  undone: readonly ResolutionDecision[],
  entities: ReadonlyMap<string, EntityRecord>,
): Contribution {
  const mine = undone.filter((d) => d.article === contribution.source.id && d.undoneAt);
  if (mine.length === 0) return contribution;
  const byMention = new Map(mine.map((d) => [`${d.entity}\u001f${d.mention}`, d]));
  // Each end moves when one of the event's actors was tied to it by an undone decision (a mutual
  // relation may hold events written either way round, so both actors are tried at each end).
  const moved = (entity: string, mentions: readonly string[]): string =>
    mentions.map((m) => byMention.get(`${entity}\u001f${m}`)?.proposed).find(Boolean) ?? entity;
  const relations = new Map<string, RelationRecord>();
  for (const r of contribution.relations)
    for (const e of r.evidence) {
      const mentions = e.event ? [e.event.sourceActor, e.event.targetActor] : [];
      const source = moved(r.source, mentions);
      const target = moved(r.target, mentions);
      const key = { ...r, source, target };
      const id = relationId(key);
      const known = relations.get(id);
      if (known) known.evidence.push(e);
      else relations.set(id, { ...key, evidence: [e] });
    }
  const splits = mine.map((d) => splitEntity(d, entities.get(d.entity)));
  const aliases = Object.fromEntries(
    Object.entries(contribution.aliases).map(([id, list]) => [
      id,
      list.filter((a) => !byMention.has(`${id}\u001f${a}`)),
    ]),
  );
  return {
    ...contribution,
    entities: [...contribution.entities, ...splits.filter((s) => !contribution.entities.some((e) => e.id === s.id))],
    aliases,
    relations: [...relations.values()].map((r) => ({ ...r, topic: eventTopic(r.evidence) })),
  };
}
