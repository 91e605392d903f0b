// One extracted relation record from a sentence: its ends, date, place, evidence spans and
// confidence (hedges, reported speech and headlines lower it).

import {
  OFFICE_RELATION_TYPES,
  relationTypeDef,
  type RelationType,
  type TextSpan,
} from "../../../graph-schema/index.js";
import type { ExtractedRelation } from "../extractor.js";
import { relationConfidence } from "./confidence.js";
import { dateFor, type DateExpression } from "./dates.js";
import type { ArgumentPair } from "./frames.js";
import type { ActorGroup } from "./groups.js";
import type { HedgeSpan } from "./hedges.js";
import { provenanceOf } from "./provenance.js";
import { entityOf, type Mention } from "./mention-types.js";
import type { Token } from "./text.js";

export interface SentenceInput {
  sentence: TextSpan;
  tokens: Token[];
  mentions: Mention[];
  groups: ActorGroup[];
  dates: DateExpression[];
  hedges: HedgeSpan[];
  published: string | null;
  headline: boolean;
  isMedia: (id: string) => boolean;
  affiliation: (id: string) => string | null;
}

export function span(input: SentenceInput, first: number, end: number): TextSpan {
  const a = input.tokens[first]!.start;
  const b = input.tokens[end - 1]!.end;
  return { start: a, end: b, text: input.sentence.text.slice(a - input.sentence.start, b - input.sentence.start) };
}

function placeOf(input: SentenceInput, at: number): string | null {
  const places = input.mentions.filter((m) => m.locative && entityOf(m).type === "Place");
  const nearest = places.reduce<Mention | null>(
    (best, m) => (!best || Math.abs(m.first - at) < Math.abs(best.first - at) ? m : best),
    null,
  );
  return nearest?.resolution.candidate.id ?? null;
}

/** Facts a hedge in the sentence does not weaken: offices named in titles, and declining to comment itself. */
const unhedged = (type: RelationType): boolean => OFFICE_RELATION_TYPES.has(type) || type === "DECLINED_COMMENT";

/** What a rule read: the relation type and the id of the rule (for provenance). */
export interface RuleReading {
  type: RelationType;
  rule: string;
}

export function relation(
  input: SentenceInput,
  { type, rule }: RuleReading,
  pair: Pick<ArgumentPair, "source" | "target" | "basis">,
  trigger: TextSpan,
  base: number,
  reported: boolean,
  firstToken: number,
): ExtractedRelation {
  const structural = relationTypeDef(type).cameo === null;
  const hedged = !unhedged(type) && input.hedges.length > 0;
  const when =
    structural && !OFFICE_RELATION_TYPES.has(type)
      ? { date: null, dateBasis: "unknown" as const, dateNote: null }
      : dateFor(input.dates, trigger.start, input.published);
  return {
    type,
    source: entityOf(pair.source).id,
    target: entityOf(pair.target).id,
    ...when,
    place: structural ? null : placeOf(input, firstToken),
    role: pair.source.role && type === "HOLDS_ROLE" ? pair.source.role.roleText : null,
    topic: null,
    sentence: { start: input.sentence.start, end: input.sentence.end, text: input.sentence.text },
    trigger,
    confidence: relationConfidence({ base, pair, hedged, reported, headline: input.headline }),
    provenance: provenanceOf(rule),
  };
}
