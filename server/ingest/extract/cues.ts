// Dispute cues: denials, refusals to confirm, silence ("has yet to comment", "has not publicly
// acknowledged") and contradictions, each with its speaker and, when it can be told, what it is about.

import type { RelationType, TextSpan } from "../../../graph-schema/index.js";
import type { DisputeCue, DisputeCueKind } from "../extractor.js";
import { loadDisputeCues, type DisputeCueRecord } from "./dispute-cue-records.js";
import type { ActorGroup } from "./groups.js";
import { entityOf, type Mention } from "./mention-types.js";
import { objectAfter, subjectBefore } from "./frames.js";
import { compilePattern, matchAt, PatternIndex } from "./pattern.js";
import type { Token } from "./text.js";
import { WordForms } from "./word-forms.js";

const DISPUTE_CUES = loadDisputeCues();
/** The cue records as written, for the test that runs their examples. */
export const DISPUTE_CUE_RECORDS: readonly DisputeCueRecord[] = DISPUTE_CUES.cues;

/** The cues in the file's order: at a token the first that matches wins. */
const CUE_PATTERNS = new PatternIndex(
  DISPUTE_CUES.cues.map((c) => ({ id: c.id, kind: c.kind, pattern: compilePattern(c.pattern) })),
);

/** What a cue's object noun says the matter is. */
const ABOUT_NOUNS: readonly { words: WordForms; type: RelationType }[] = DISPUTE_CUES.aboutNouns.map((a) => ({
  words: new WordForms(a.words),
  type: a.type,
}));

/** The cue that matches at token `i` (the first in the file's order) and where it ends, if any. */
export function cueAt(
  tokens: readonly Token[],
  i: number,
  blocked: (k: number) => boolean,
): { id: string; kind: DisputeCueKind; end: number } | null {
  const token = tokens[i];
  if (!token) return null;
  for (const c of CUE_PATTERNS.startingAt(token)) {
    const end = matchAt(c.pattern, tokens, i, blocked);
    if (end > i) return { id: c.id, kind: c.kind, end };
  }
  return null;
}

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
    const hit = cueAt(tokens, i, blocked);
    if (!hit) {
      i++;
      continue;
    }
    out.push(foundCue({ tokens, groups, sentence, affiliation }, hit.kind, i, hit.end));
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

function foundCue(ctx: CueContext, kind: DisputeCueKind, first: number, end: number): FoundCue {
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
  const aboutType = ABOUT_NOUNS.find((a) => window.some((w) => a.words.has(w)))?.type ?? null;
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
