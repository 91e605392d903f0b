// Extracted relations as the graph would store them: endpoints mapped to gold ids, and relations
// with the same (type, ends, date, place) collapsed into one fact with all their sentences,
// as the store's relation id collapses them.

import { relationTypeDef, type RelationType, type TextSpan } from "../../../graph-schema/index.js";
import type { ExtractedRelation } from "../extractor.js";

export interface ExtractedFact {
  type: RelationType;
  source: string;
  target: string;
  date: string | null;
  place: string | null;
  sentences: TextSpan[];
  triggers: TextSpan[];
  /** Ids of the extractor rules that read it (from the relations' provenance). */
  rules: string[];
}

export function collapseFacts(
  relations: readonly ExtractedRelation[],
  goldIdOf: ReadonlyMap<string, string>,
): ExtractedFact[] {
  const mapped = (id: string): string => goldIdOf.get(id) ?? id;
  const facts = new Map<string, ExtractedFact>();
  for (const r of relations) {
    const [source, target] = [mapped(r.source), mapped(r.target)];
    const place = r.place === null ? null : mapped(r.place);
    const ends = relationTypeDef(r.type).directed || source <= target ? [source, target] : [target, source];
    const key = [r.type, ...ends, r.date ?? "", place ?? ""].join("\u001f");
    const fact = facts.get(key) ?? {
      type: r.type,
      source,
      target,
      date: r.date,
      place,
      sentences: [],
      triggers: [],
      rules: [],
    };
    fact.sentences.push(r.sentence);
    fact.triggers.push(r.trigger);
    if (!fact.rules.includes(r.provenance.rule)) fact.rules.push(r.provenance.rule);
    facts.set(key, fact);
  }
  return [...facts.values()];
}
