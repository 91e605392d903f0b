// Events to relations: events of the same two actors, relation type and day become one relation;
// each event stays whole as evidence on it (dataset, id, exact CAMEO code and label, Goldstein,
// QuadClass, counts, tone, place, URL or publisher and story).

import {
  cameoCode,
  cameoTypeRule,
  relationTypeDef,
  type Evidence,
  type EventEvidence,
  type RelationRecord,
  type RelationType,
} from "../../graph-schema/index.js";
import { relationId } from "../dataset/relation-id.js";
import type { EventDataset } from "./layouts.js";
import type { EventRow } from "./event-row.js";

/**
 * How far a machine-coded event is trusted as a relation: coders read single sentences and misread
 * some (ICEWS codes named actors from full stories, GDELT from code patterns). Data, not a measure.
 */
export const EVENT_CONFIDENCE: Readonly<Record<EventDataset, number>> = { gdelt: 0.5, icews: 0.6 };

export function relationTypeOfEvent(cameo: string): RelationType {
  const rule = cameoTypeRule(cameo);
  if (!rule) throw new Error(`no relation type for CAMEO code ${cameo}`);
  return rule.type;
}

function describe(event: EventRow, source: string, target: string, label: string): string {
  return `${event.date}: ${source} → ${target}: ${event.cameo} ${label}`;
}

/** `names`: our entities' names (for the sentence); `mentions`: the actors as the dataset coded them. */
export function eventEvidence(
  event: EventRow,
  sourceId: string,
  [sourceName, targetName]: readonly [string, string],
  [sourceMention, targetMention]: readonly [string, string],
): Evidence {
  const label = cameoCode(event.cameo)?.label ?? event.cameo;
  const record: EventEvidence = {
    dataset: event.dataset,
    eventId: event.eventId,
    date: event.date,
    cameo: event.cameo,
    label,
    goldstein: event.goldstein,
    quadClass: event.quadClass,
    url: event.url,
    publisher: event.publisher,
    storyId: event.storyId,
    mentions: event.mentions,
    sources: event.sources,
    articles: event.articles,
    tone: event.tone,
    place: event.place,
    sourceActor: sourceMention,
    targetActor: targetMention,
  };
  const sentence = describe(event, sourceName, targetName, label);
  return { article: sourceId, sentence, start: 0, end: sentence.length, event: record };
}

/** "3 events: 042 Make a visit (2), 043 Host a visit (1)" — the count and the codes behind a relation. */
export function eventTopic(evidence: readonly Evidence[]): string {
  const codes = new Map<string, number>();
  for (const e of evidence) if (e.event) codes.set(e.event.cameo, (codes.get(e.event.cameo) ?? 0) + 1);
  const parts = [...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${cameoCode(c)?.label ?? ""} (${n})`);
  const total = [...codes.values()].reduce((a, b) => a + b, 0);
  return `${total} event${total === 1 ? "" : "s"}: ${parts.join(", ")}`;
}

export class EventAggregator {
  private readonly relations = new Map<string, RelationRecord>();
  private readonly seen = new Set<string>();

  /** Adds one event between two resolved entities; false when the event is already there. */
  add(event: EventRow, type: RelationType, source: string, target: string, evidence: Evidence): boolean {
    const key = `${evidence.article}\u001f${event.eventId}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    const draft = { type, source, target, date: event.date, place: null };
    const id = relationId(draft);
    const known = this.relations.get(id);
    if (known) known.evidence.push(evidence);
    else
      this.relations.set(id, {
        ...draft,
        dateBasis: "stated",
        dateNote: null,
        topic: null,
        role: null,
        confidence: EVENT_CONFIDENCE[event.dataset],
        evidence: [evidence],
        disputes: [],
      });
    return true;
  }

  records(): RelationRecord[] {
    return [...this.relations.values()].map((r) => ({ ...r, topic: eventTopic(r.evidence) }));
  }
}

/** Whether the type may join entities of these labels (the vocabulary's ends). */
export function typeFits(type: RelationType, from: string, to: string): boolean {
  const def = relationTypeDef(type);
  return (def.from as readonly string[]).includes(from) && (def.to as readonly string[]).includes(to);
}
