// Dispute cues: denials, refusals to confirm, silence ("has yet to comment", "has not publicly
// acknowledged") and contradictions, each with its speaker and, when it can be told, what it is about.

import type { RelationType, TextSpan } from "../../../graph-schema/index.js";
import type { DisputeCue } from "../extractor.js";
import type { ActorGroup } from "./groups.js";
import { entityOf, type Mention } from "./mention-types.js";
import { objectAfter, subjectBefore } from "./frames.js";
import { compilePattern, matchAt, type CompiledPattern } from "./pattern.js";
import type { Token } from "./text.js";

/** Cue phrasings by kind, as data (pattern language of pattern.ts); the first match at a token wins. */
const CUE_TABLE: Readonly<Record<DisputeCue["kind"], readonly string[]>> = {
  denial: [
    "deny|denied|denies|denial|denials",
    "reject|rejected|dismiss|dismissed|refute|refuted|rebut|rebutted report|reports|claim|claims|allegation|allegations|accusation|accusations|suggestion|suggestions|speculation",
    "call|called * baseless|false|fabricated|untrue",
    // "said there was no evidence that ...": the speaker disputes the claim.
    "no evidence|proof",
  ],
  "not-confirmed": [
    "decline|declined|refuse|refused to confirm",
    "would|could|did|do|does not confirm",
    "neither confirm|confirmed nor deny|denied",
    "not confirm",
    // Declining to comment on a claim leaves it unconfirmed ("declined to comment on reports that ...").
    "decline|declined|refuse|refused to comment on the? report|reports|claims|allegations|whether",
  ],
  "not-acknowledged": [
    "have|has|had not publicly? acknowledge|acknowledged",
    "did|do|does not publicly? acknowledge",
    "yet to publicly? acknowledge|confirm",
  ],
  "no-comment": [
    "decline|declined|refuse|refused to comment",
    // "refused to say whether Putin would travel": declining to comment, not opposing anyone.
    "decline|declined|refuse|refused to say|disclose|reveal|specify|elaborate|discuss",
    "yet to comment|respond",
    "no comment",
    "would|could|did not comment|respond",
    "not immediately respond|comment",
  ],
  contradiction: [
    "contradict|contradicted|contradicting|dispute|disputed|disputes",
    "contrary to",
    "insist|insisted * not|never",
  ],
};

const CUE_PATTERNS: readonly { kind: DisputeCue["kind"]; pattern: CompiledPattern }[] = (
  ["denial", "not-confirmed", "not-acknowledged", "no-comment", "contradiction"] as const
).flatMap((kind) => CUE_TABLE[kind].map((p) => ({ kind, pattern: compilePattern(p) })));

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
  /** The cue; its `about` is filled in by cue-relations.ts once the sentence's relations are known. */
  cue: DisputeCue;
  speakers: ActorGroup | null;
  /** Entity id of the first other party named after the trigger (not a speaker, not a speaker's own state). */
  other: string | null;
  /** How the other party is attached: "Russia's offer", "an offer from Russia" make it the actor of the matter. */
  otherActs: boolean;
  /** The relation type the object noun names ("the mediation request"), if any. */
  aboutType: RelationType | null;
  /** Token range of the trigger. */
  first: number;
  end: number;
}

/** Dispute cues of a sentence; `affiliation(id)` is the state a speaker belongs to. */
export function findCues(
  tokens: readonly Token[],
  groups: readonly ActorGroup[],
  sentence: TextSpan,
  blocked: (k: number) => boolean,
  affiliation: (id: string) => string | null = () => null,
): FoundCue[] {
  const out: FoundCue[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = CUE_PATTERNS.map((c) => ({ c, end: matchAt(c.pattern, tokens, i, blocked) })).find((h) => h.end > i);
    if (!hit) {
      i++;
      continue;
    }
    out.push(cueAt({ tokens, groups, sentence, affiliation }, hit.c.kind, i, hit.end));
    i = hit.end;
  }
  return out;
}

interface CueContext {
  tokens: readonly Token[];
  groups: readonly ActorGroup[];
  sentence: TextSpan;
  affiliation: (id: string) => string | null;
}

function cueAt(ctx: CueContext, kind: DisputeCue["kind"], first: number, end: number): FoundCue {
  const { tokens, groups, sentence } = ctx;
  const trigger: TextSpan = {
    start: tokens[first]!.start,
    end: tokens[end - 1]!.end,
    text: sentence.text.slice(tokens[first]!.start - sentence.start, tokens[end - 1]!.end - sentence.start),
  };
  const speakers = subjectBefore(tokens, groups, first);
  const own = new Set(speakers?.members.flatMap((m) => [entityOf(m).id, ctx.affiliation(entityOf(m).id) ?? ""]));
  // The speaker's own state and its compatriots are not the other party ("Peskov refused to confirm that Putin ...").
  const isOwn = (m: Mention): boolean => own.has(entityOf(m).id) || own.has(ctx.affiliation(entityOf(m).id) ?? "-");
  // The first other party named after the trigger, commas allowed ("has yet to comment, and both Russia ...").
  const object =
    objectAfter(tokens, groups, end) ??
    groups.find((g) => g.first >= end && !g.members.every((m) => m.modifier)) ??
    null;
  const otherMention =
    object?.members.find((m) => !isOwn(m)) ??
    groups
      .filter((g) => g.first >= end && g !== object)
      .flatMap((g) => g.members)
      .find((m) => !m.modifier && !isOwn(m)) ??
    null;
  const window = tokens.slice(end, end + 8).map((t) => t.norm);
  const aboutType = ABOUT_NOUNS.find(([re]) => window.some((w) => re.test(w)))?.[1] ?? null;
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
      about: null,
      sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
      trigger,
      position,
    },
    speakers,
    other: otherMention?.resolution.candidate.id ?? null,
    otherActs:
      !!otherMention &&
      (otherMention.possessive || groups.find((g) => g.members.includes(otherMention))?.oblique === "from"),
    aboutType,
    first,
    end,
  };
}
