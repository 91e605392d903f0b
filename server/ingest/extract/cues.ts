// Dispute cues: denials, refusals to confirm, silence ("has yet to comment", "has not publicly
// acknowledged") and contradictions, each with its speaker and, when it can be told, what it is about.

import type { RelationType, TextSpan } from "../../../graph-schema/index.js";
import type { DisputeCue } from "../extractor.js";
import type { ActorGroup } from "./groups.js";
import { objectAfter, subjectBefore } from "./frames.js";
import { compilePattern, matchAt, type CompiledPattern } from "./pattern.js";
import type { Token } from "./text.js";

const CUE_PATTERNS: readonly { kind: DisputeCue["kind"]; pattern: CompiledPattern }[] = [
  ...[
    "deny|denied|denies|denial",
    "reject|rejected|dismiss|dismissed|refute|refuted report|reports|claim|claims|allegation|allegations",
    "call|called * baseless|false|fabricated",
  ].map((p) => ({ kind: "denial" as const, pattern: compilePattern(p) })),
  ...[
    "decline|declined|refuse|refused to confirm",
    "would|could|did|do|does not confirm",
    "neither confirm|confirmed nor deny|denied",
    "not confirm",
  ].map((p) => ({ kind: "not-confirmed" as const, pattern: compilePattern(p) })),
  ...[
    "have|has|had not publicly? acknowledge|acknowledged",
    "did|do|does not publicly? acknowledge",
    "yet to acknowledge|confirm",
  ].map((p) => ({ kind: "not-acknowledged" as const, pattern: compilePattern(p) })),
  ...[
    "decline|declined|refuse|refused to comment",
    "yet to comment|respond",
    "no comment",
    "would|could|did not comment|respond",
    "not immediately respond|comment",
  ].map((p) => ({ kind: "no-comment" as const, pattern: compilePattern(p) })),
  ...[
    "contradict|contradicted|contradicting|dispute|disputed|disputes",
    "contrary to",
    "insist|insisted * not|never",
  ].map((p) => ({ kind: "contradiction" as const, pattern: compilePattern(p) })),
];

/** What a cue's object noun says the matter is. */
const ABOUT_NOUNS: readonly [RegExp, RelationType][] = [
  [/^(request|requested|ask|asked)$/, "REQUESTED_SUPPORT"],
  [/^(mediat\w*|offer\w*|broker\w*)$/, "OFFERED_MEDIATION"],
  [/^(talks|negotiation\w*)$/, "NEGOTIATES_WITH"],
  [/^(meeting|met|visit)$/, "MET"],
  [/^(call|phone)$/, "CALLED"],
  [/^(sanction\w*|embargo)$/, "SANCTIONS"],
  [/^(drones?|weapons?|missiles?|arms)$/, "SUPPLIES"],
];

export interface FoundCue {
  cue: DisputeCue;
  speakers: ActorGroup | null;
  /** Entity id of the first other party named after the trigger. */
  other: string | null;
}

export function findCues(
  tokens: readonly Token[],
  groups: readonly ActorGroup[],
  sentence: TextSpan,
  blocked: (k: number) => boolean,
): FoundCue[] {
  const out: FoundCue[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = CUE_PATTERNS.map((c) => ({ c, end: matchAt(c.pattern, tokens, i, blocked) })).find((h) => h.end > i);
    if (!hit) {
      i++;
      continue;
    }
    out.push(cueAt(tokens, groups, sentence, hit.c.kind, i, hit.end));
    i = hit.end;
  }
  return out;
}

function cueAt(
  tokens: readonly Token[],
  groups: readonly ActorGroup[],
  sentence: TextSpan,
  kind: DisputeCue["kind"],
  first: number,
  end: number,
): FoundCue {
  const trigger: TextSpan = {
    start: tokens[first]!.start,
    end: tokens[end - 1]!.end,
    text: sentence.text.slice(tokens[first]!.start - sentence.start, tokens[end - 1]!.end - sentence.start),
  };
  const speakers = subjectBefore(tokens, groups, first);
  const speakerIds = new Set(speakers?.members.map((m) => m.resolution.candidate.id));
  // The first other party named after the trigger, commas allowed ("has yet to comment, and both Russia ...").
  const object =
    objectAfter(tokens, groups, end) ??
    groups.find((g) => g.first >= end && !g.members.every((m) => m.modifier)) ??
    null;
  const other =
    object?.members.find((m) => !speakerIds.has(m.resolution.candidate.id))?.resolution.candidate.id ?? null;
  const window = tokens.slice(end, end + 8).map((t) => t.norm);
  const type = ABOUT_NOUNS.find(([re]) => window.some((w) => re.test(w)))?.[1] ?? null;
  const about =
    type || other
      ? { type, source: type === "OFFERED_MEDIATION" || type === "SUPPLIES" ? other : null, target: null }
      : null;
  const speakerText = speakers
    ? sentence.text.slice(
        tokens[speakers.first]!.start - sentence.start,
        tokens[speakers.end - 1]!.end - sentence.start,
      )
    : null;
  const rest = sentence.text.slice(trigger.start - sentence.start).replace(/[.;,]\s.*$|[.;]$/, "");
  const position = speakerText ? `${speakerText} ${rest}` : rest;
  return {
    cue: {
      kind,
      speaker: speakers?.members[0]?.resolution.candidate.id ?? null,
      about,
      sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
      trigger,
      position,
    },
    speakers,
    other,
  };
}
