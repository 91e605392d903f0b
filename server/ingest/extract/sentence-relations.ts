// Relations stated by one annotated sentence: trigger matches from the dictionary with their
// arguments, and the speech, title and cue layers read as relations, each with evidence spans.

import { relationTypeDef, SPEECH_RELATION_TYPES, type RelationType } from "../../../graph-schema/index.js";
import type { DisputeCue, ExtractedRelation } from "../extractor.js";
import type { AnnotatedSentence, TitledMention } from "./annotated-sentence.js";
import { GOVERNMENT_BODY_KIND, type EntityCandidate } from "./candidates.js";
import type { FoundCue } from "./cues.js";
import { cueRelations } from "./cue-relations.js";
import { argumentsOf, type TriggerMatch } from "./frames.js";
import { indirectQuestionAt } from "./indirect-questions.js";
import { PREPOSITIONS, TALK_TOPICS } from "./lexicon.js";
import { entityOf, type Mention } from "./mention-types.js";
import { mediatedTalks } from "./mediation.js";
import { matchAt, PatternIndex } from "./pattern.js";
import { relation, span, type SentenceInput } from "./relation-record.js";
import { CODE_RULES } from "./provenance.js";
import type { SpeechAct } from "./speech.js";
import type { Token } from "./text.js";
import { inScope, type NegationSpan } from "./negation.js";
import { triggerBlocked } from "./trigger-slots.js";
import { COMPILED_RULES, complementFollows } from "./triggers.js";
import { namingCall, otherSense } from "./verb-senses.js";

export type { SentenceInput };

export interface SentenceOutput {
  relations: ExtractedRelation[];
  cues: DisputeCue[];
}

/** Words that join two triggers as separate acts. */
const CONJUNCTIONS = new Set(["and", "or", ",", "but"]);

/** The rules whose first word is one of the token's lemmas, in priority order. */
const RULES = new PatternIndex(COMPILED_RULES);

/** Trigger matches, none overlapping: at each token the longest match, the earlier rule among equals. */
function findTriggers(
  tokens: readonly Token[],
  negation: readonly NegationSpan[],
  blocked: (k: number) => boolean,
  gapBlocked: (k: number) => boolean,
): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let hit: TriggerMatch | null = null;
    if (!blocked(i))
      for (const r of RULES.startingAt(tokens[i]!)) {
        const end = matchAt(r.pattern, tokens, i, gapBlocked);
        if (end > i && (!hit || end > hit.end) && complementFollows(r, tokens, end))
          hit = { rule: r.rule, first: i, end };
      }
    if (hit) {
      if (!inScope(negation, "negated", i)) matches.push(hit);
      i = hit.end;
    } else i++;
  }
  return matches;
}

/** Talks or discussions held somewhere named: the parties met there. */
function refineType(type: RelationType, input: SentenceInput, match: TriggerMatch): RelationType {
  if (type !== "DISCUSSED" && type !== "NEGOTIATES_WITH") return type;
  // Where the talks were held, not what they were about ("discussed the war in Ukraine").
  const venue = (m: SentenceInput["mentions"][number]): boolean =>
    !TALK_TOPICS.has(input.tokens[m.first - 2]?.norm ?? "");
  if (input.mentions.some((m) => m.locative && m.first > match.first && venue(m))) return "MET";
  return type;
}

export function sentenceRelations(annotated: AnnotatedSentence): SentenceOutput {
  const { sentence, tokens, published, headline, isMedia, affiliation } = annotated.context;
  const input: SentenceInput = {
    sentence,
    tokens,
    published,
    headline,
    isMedia,
    affiliation,
    mentions: annotated.layer("mentions"),
    groups: annotated.layer("groups"),
    dates: annotated.layer("dates"),
    hedges: annotated.layer("hedges"),
  };
  const found = annotated.layer("cues");
  const speech = annotated.layer("speech");
  const relations = [
    ...triggerRelations(input, annotated.layer("negation"), found, speech.reportedFrom),
    ...speechRelations(input, speech.acts),
    ...titleRelations(input, annotated.layer("titles"), (id) => annotated.context.scan.entities.candidate(id) ?? null),
  ];
  const mediated = mediationRelations(input);
  const cues = cueRelations(input, found, relations);
  const kept = withoutRedundantStatements(relations.filter((r) => !opposesOwnSide(input, r)));
  return { relations: dedupe([...withoutMeetingsOf(kept, mediated), ...mediated]), cues };
}

/** Trigger matches with their arguments; none inside a cue's words, none negated. */
function triggerRelations(
  input: SentenceInput,
  negation: readonly NegationSpan[],
  found: readonly FoundCue[],
  reportedFrom: number,
): ExtractedRelation[] {
  const { tokens } = input;
  const blocked = triggerBlocked(tokens, input.mentions, input.headline);
  // Gaps in trigger patterns may cross names ("shared details of the US meeting with").
  // (A hyphen is left to the pattern, which lets a gap cross it inside a compound: "F-16 jets".)
  const gapBlocked = (k: number): boolean => !tokens[k]!.word && tokens[k]!.text !== "-";
  const inCue = new Uint8Array(tokens.length);
  for (const f of found) inCue.fill(1, f.first, f.end);
  const relations: ExtractedRelation[] = [];

  let previousEnd = -10;
  for (const match of findTriggers(tokens, negation, blocked, gapBlocked)) {
    if (inCue.subarray(match.first, match.end).includes(1)) continue;
    // A noun right after another trigger is its object ("oppose negotiations with Washington").
    // Not across a conjunction ("defend Niamey against any attack and signed a pact with Niger").
    const objectOfPrevious =
      match.rule.noun &&
      match.first - previousEnd <= 2 &&
      !PREPOSITIONS.has(input.tokens[previousEnd - 1]?.norm ?? "") &&
      !input.tokens.slice(previousEnd, match.first).some((t) => CONJUNCTIONS.has(t.norm)) &&
      !input.mentions.some((m) => m.first >= previousEnd && m.end <= match.first);
    previousEnd = match.end;
    if (objectOfPrevious || otherSense(match.rule.type, input.tokens, match.first)) continue;
    if (indirectQuestionAt(tokens, match.first)) continue;
    // Sanctions that could be imposed are a threat, not a fact of the graph.
    if (match.rule.type === "SANCTIONS" && inScope(negation, "hypothetical", match.first)) continue;
    const reported = reportedFrom >= 0 && match.first >= reportedFrom;
    const type = refineType(match.rule.type, input, match);
    for (const pair of argumentsOf(input.tokens, input.groups, { ...match, rule: { ...match.rule, type } })) {
      if (type === "CALLED" && match.rule.frame === "direct" && namingCall(input.tokens, pair.target.end)) continue;
      relations.push(
        relation(
          input,
          { type, rule: match.rule.id },
          pair,
          span(input, match.first, match.end),
          match.rule.confidence,
          reported,
          match.first,
        ),
      );
    }
  }
  return relations;
}

/** Speech acts between actors the relation type allows. */
function speechRelations(input: SentenceInput, acts: readonly SpeechAct[]): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const act of acts) {
    const def = relationTypeDef(act.kind);
    if (!def.from.includes(entityOf(act.source).type) || !def.to.includes(entityOf(act.target).type)) continue;
    relations.push(
      relation(
        input,
        { type: act.kind, rule: act.rule },
        { source: act.source, target: act.target, basis: "explicit" },
        span(input, act.triggerFirst, act.triggerEnd),
        0.9,
        false,
        act.triggerFirst,
      ),
    );
  }
  return relations;
}

/**
 * A government body's state, when the article has named it: its spokesperson or minister holds a role of that
 * state ("State Department spokesman").
 */
function servedPolity(
  input: SentenceInput,
  polity: EntityCandidate,
  candidateOf: (id: string) => EntityCandidate | null,
): EntityCandidate {
  // Only a state's own body: "government" also matches intergovernmental and non-governmental kinds.
  if (polity.type !== "Organization" || polity.kind !== GOVERNMENT_BODY_KIND) return polity;
  const state = input.affiliation(polity.id);
  return (state && candidateOf(state)) || polity;
}

/** Offices named by titles: who holds or leads what (not former ones). */
function titleRelations(
  input: SentenceInput,
  titles: readonly TitledMention[],
  candidateOf: (id: string) => EntityCandidate | null,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const m of titles) {
    if (!m.role.polity || m.role.rank === "former") continue;
    const type = m.role.office.leads && m.role.rank === null ? "LEADS" : "HOLDS_ROLE";
    const served = type === "HOLDS_ROLE" ? servedPolity(input, m.role.polity, candidateOf) : m.role.polity;
    const polity: Mention = {
      ...m,
      resolution: { ...m.resolution, candidate: served },
      viaTitle: false,
      modifier: false,
    };
    const def = relationTypeDef(type);
    if (!def.to.includes(served.type) || entityOf(m).type !== "Person") continue;
    relations.push(
      relation(
        input,
        { type, rule: type === "LEADS" ? CODE_RULES.leads : CODE_RULES.holdsRole },
        { source: m, target: polity, basis: "explicit" },
        m.role.span,
        0.95,
        false,
        m.first,
      ),
    );
  }
  return relations;
}

/** Mediated talks: the mediator helps each party, and the parties negotiate with each other. */
function mediationRelations(input: SentenceInput): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const talks of mediatedTalks(input.tokens, input.mentions, input.groups)) {
    const evidence = span(input, talks.first, talks.end);
    for (const source of talks.mediator)
      for (const target of talks.parties)
        out.push(
          relation(
            input,
            { type: "OFFERED_MEDIATION", rule: CODE_RULES.mediated },
            { source, target, basis: "explicit" },
            evidence,
            0.85,
            false,
            talks.first,
          ),
        );
    talks.parties.forEach((source, a) =>
      talks.parties
        .slice(a + 1)
        .forEach((target) =>
          out.push(
            relation(
              input,
              { type: "NEGOTIATES_WITH", rule: CODE_RULES.mediatedTalks },
              { source, target, basis: "mutual" },
              evidence,
              0.8,
              false,
              talks.first,
            ),
          ),
        ),
    );
  }
  return out;
}

/** "Khamenei warned that Tehran would not ...": a person does not oppose the state they serve. */
function opposesOwnSide(input: SentenceInput, r: ExtractedRelation): boolean {
  if (r.type !== "OPPOSES") return false;
  const source = input.mentions.find((m) => entityOf(m).id === r.source);
  if (source?.resolution.candidate.type !== "Person") return false;
  return input.affiliation(r.source) === r.target || source.role?.polity?.id === r.target;
}

/**
 * "Kigali says ... and accuses the Congolese army": what was said is already coded by the more
 * specific relation to the same party, so the bare statement adds nothing.
 */
function withoutRedundantStatements(relations: ExtractedRelation[]): ExtractedRelation[] {
  const coded = new Set(
    relations.filter((r) => !SPEECH_RELATION_TYPES.has(r.type)).map((r) => `${r.source}>${r.target}`),
  );
  return relations.filter((r) => r.type !== "STATED" || !coded.has(`${r.source}>${r.target}`));
}

/** Mediated talks are no meeting of the parties, nor of the mediator with them. */
function withoutMeetingsOf(
  relations: ExtractedRelation[],
  mediated: readonly ExtractedRelation[],
): ExtractedRelation[] {
  const involved = new Set(mediated.flatMap((r) => [r.source, r.target]));
  return relations.filter(
    (r) => !(["MET", "DISCUSSED"].includes(r.type) && involved.has(r.source) && involved.has(r.target)),
  );
}

function dedupe(relations: ExtractedRelation[]): ExtractedRelation[] {
  const best = new Map<string, ExtractedRelation>();
  for (const r of relations) {
    const key = `${r.type}|${r.source}|${r.target}|${r.sentence.start}`;
    const seen = best.get(key);
    if (!seen || r.confidence > seen.confidence) best.set(key, r);
  }
  return [...best.values()];
}
