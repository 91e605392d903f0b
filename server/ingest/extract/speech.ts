// Reported speech: "X said (that) ..." gives STATED X → the party the statement is about and marks
// the rest of the sentence as reported; media outlets ("according to Interfax", "quoted ... as
// saying", "told Reuters", "a Bloomberg inquiry") give REPORTED outlet → the speaker.

import type { ActorGroup } from "./groups.js";
import { subjectBefore } from "./frames.js";
import { entityOf, type Mention } from "./mention-types.js";
import { matchAt } from "./pattern.js";
import type { Token } from "./text.js";
import { CODE_RULES } from "./provenance.js";
import { SPEECH } from "./triggers.js";
import { AUXILIARIES, GROUP_FILLERS, STATEMENT_CIRCUMSTANCES } from "./lexicon.js";

export interface SpeechAct {
  kind: "STATED" | "REPORTED" | "OPPOSES";
  /** Id of the reading that found it (provenance). */
  rule: string;
  source: Mention;
  target: Mention;
  triggerFirst: number;
  triggerEnd: number;
}

export interface SpeechAnalysis {
  acts: SpeechAct[];
  /** Token index after which the sentence is reported speech (-1: none). */
  reportedFrom: number;
}

const AFFILIATION_FREE = new Set(["Organization"]);
/** A statement is about an actor, not a place ("the targets included sites in the capital, Sanaa"). */
const NOT_SPOKEN_ABOUT = new Set(["Place"]);

/**
 * Speech acts of a sentence. `affiliation(id)` gives the state a speaker belongs to, which is not
 * what the statement is "about" (a Kremlin spokesperson speaking of Russia speaks for it).
 */
export function analyseSpeech(
  tokens: readonly Token[],
  groups: readonly ActorGroup[],
  isMedia: (id: string) => boolean,
  affiliation: (id: string) => string | null,
  blocked: (k: number) => boolean,
): SpeechAnalysis {
  const acts: SpeechAct[] = [];
  let reportedFrom = -1;
  const mainSubject = groups.find((g) => g.oblique === null && !g.members.every((m) => m.modifier)) ?? null;
  for (let i = 0; i < tokens.length; i++) {
    if (blocked(i) || (i > 0 && tokens[i]!.capital)) continue;
    const end = matchAt(SPEECH, tokens, i, blocked);
    if (end < 0) continue;
    const quote = quoteBefore(tokens, groups, i, end);
    // "both governments said", "the ministry said": an unnamed speaker, not a name earlier in the sentence.
    const speaker = quote?.speaker ?? (unnamedSpeaker(tokens, groups, i) ? null : subjectBefore(tokens, groups, i));
    if (!speaker || addressed(tokens, groups, i, end)) continue;
    if (reportedFrom < 0 && !quote) reportedFrom = end;
    // '"...," Lavrov said': the statement is the quotation before its attribution.
    const said = quote
      ? groups.filter((g) => g.end <= quote.close)
      : groups.filter((g) => g.first >= end && inStatement(tokens, end, g));
    for (const s of speaker.members) {
      const polity = s.role?.polity?.id ?? "";
      const own = new Set([entityOf(s).id, affiliation(entityOf(s).id) ?? "", polity]);
      own.add(affiliation(polity) ?? "");
      // Only a statement across sides is a fact of the graph: both sides must be known.
      const sideOf = (m: Mention): string | null =>
        entityOf(m).type === "State" ? entityOf(m).id : (affiliation(entityOf(m).id) ?? m.role?.polity?.id ?? null);
      const speakerSide = sideOf(s);
      const fits = (m: Mention): boolean =>
        said.some((g) => g.members.includes(m)) &&
        !speaker.members.includes(m) &&
        !NOT_SPOKEN_ABOUT.has(entityOf(m).type) &&
        !m.modifier &&
        !nounModifier(tokens, m) &&
        !m.locative &&
        !own.has(entityOf(m).id) &&
        speakerSide !== null &&
        ![null, speakerSide].includes(sideOf(m)) &&
        !isMedia(entityOf(m).id);
      // The statement is about the first party named after the verb, and whoever is named with it ("the US and Iran");
      // a foreign party before a compatriot ("Peskov said Putin had discussed Iran": about Iran, not Putin).
      const home = affiliation(entityOf(s).id);
      const foreign = (m: Mention): boolean => fits(m) && (!home || affiliation(entityOf(m).id) !== home);
      const wanted = groups.some((g) => g.members.some(foreign)) ? foreign : fits;
      const group = groups.find((g) => g.members.some(wanted));
      // "warned that Washington would ...": a warning about another party opposes it.
      const warning = tokens[i]!.lemma === "warn" && tokens[end]?.norm === "that";
      for (const about of group?.members.filter(wanted) ?? []) {
        acts.push({
          kind: "STATED",
          rule: CODE_RULES.stated,
          source: s,
          target: about,
          triggerFirst: i,
          triggerEnd: end,
        });
        if (warning)
          acts.push({
            kind: "OPPOSES",
            rule: CODE_RULES.warned,
            source: s,
            target: about,
            triggerFirst: i,
            triggerEnd: end,
          });
      }
    }
  }
  acts.push(...mediaActs(tokens, groups, isMedia, mainSubject, acts));
  acts.push(...accordingTo(tokens, groups, isMedia, mainSubject));
  return { acts, reportedFrom };
}

/** A name that modifies the noun after it ("Chevron's Venezuela licence", "the U.S.-Japan treaty"): a thing spoken of, not a party. */
function nounModifier(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.end];
  return !!next?.word && !next.capital && next.senses.length > 0 && next.senses.every((s) => s.pos === "noun");
}

/** Right before the verb, a common noun phrase no name owns ("both governments", "the ministry", not "Russia's ministry"). */
function unnamedSpeaker(tokens: readonly Token[], groups: readonly ActorGroup[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && (/ly$/.test(tokens[k]!.norm) || AUXILIARIES.has(tokens[k]!.norm))) k--;
  const named = (j: number): boolean => groups.some((g) => g.first <= j && j < g.end);
  const noun = (j: number): boolean =>
    !!tokens[j]?.word && !tokens[j]!.capital && !named(j) && tokens[j]!.senses.some((s) => s.pos === "noun");
  if (!noun(k)) return false;
  while (k > 0 && noun(k - 1)) k--;
  const owner = groups.find((g) => g.end === k);
  if (owner)
    return !owner.members[owner.members.length - 1]!.possessive && GROUP_FILLERS.has(tokens[k - 1]?.norm ?? "");
  return GROUP_FILLERS.has(tokens[k - 1]?.norm ?? "");
}

/** "warned Israel against ...": a warning addressed to a party opposes it (see the trigger table); it reports nothing. */
function addressed(tokens: readonly Token[], groups: readonly ActorGroup[], verb: number, end: number): boolean {
  if (tokens[verb]!.lemma !== "warn") return false;
  return groups.some((g) => g.oblique === null && g.first >= end && g.first - end <= 1);
}

/**
 * Attribution after a quotation: '"...," Lavrov said' or '"...," said Lavrov'. The closing quote (index) and the
 * speaker (the group between it and the verb, or right after the verb), or null when the verb follows no quotation.
 */
function quoteBefore(
  tokens: readonly Token[],
  groups: readonly ActorGroup[],
  verb: number,
  end: number,
): { close: number; speaker: ActorGroup } | null {
  const before = groups.filter((g) => g.end <= verb && verb - g.end <= 1).pop();
  const k = (before ? before.first : verb) - 1;
  const norm = (j: number): string => tokens[j]?.norm ?? "";
  let close = -1;
  if (norm(k) === '"' && /^[,.?!]$/.test(norm(k - 1))) close = k;
  else if (norm(k) === "," && norm(k - 1) === '"') close = k - 1;
  if (close < 0 || tokens.slice(0, close).every((t) => t.norm !== '"')) return null;
  const after = groups.find((g) => g.first === end && g.oblique === null);
  const speaker = before ?? after;
  return speaker ? { close, speaker } : null;
}

/** A group inside the statement: not a circumstance of the saying, not past a ";" or a closing quote. */
function inStatement(tokens: readonly Token[], end: number, g: ActorGroup): boolean {
  if (STATEMENT_CIRCUMSTANCES.has(g.oblique ?? "")) return false;
  let circumstance = false;
  for (let k = end; k < g.first; k++) {
    const norm = tokens[k]!.norm;
    if (norm === ";" || norm === '"') return false;
    // "said after meeting Lavrov" is no statement about Lavrov; "said that, after ..., X" may be.
    if (norm === "that") circumstance = false;
    else if (STATEMENT_CIRCUMSTANCES.has(norm) && norm !== "to" && norm !== "in" && norm !== "at") circumstance = true;
  }
  return !circumstance;
}

/** "according to X": X speaks of the sentence's main subject (REPORTED when X is an outlet). */
function accordingTo(
  tokens: readonly Token[],
  groups: readonly ActorGroup[],
  isMedia: (id: string) => boolean,
  main: ActorGroup | null,
): SpeechAct[] {
  const out: SpeechAct[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.norm !== "according" || tokens[i + 1]!.norm !== "to") continue;
    const g = groups.find((x) => x.first > i + 1 && x.first <= i + 4);
    const source = g?.members[0];
    const target = main?.members.find((m) => m !== source);
    if (!source || !target || isMedia(entityOf(source).id)) continue;
    out.push({ kind: "STATED", rule: CODE_RULES.accordingTo, source, target, triggerFirst: i, triggerEnd: i + 2 });
  }
  return out;
}

/** Outlets named in the sentence report its speaker (or, without one, its main subject). */
function mediaActs(
  tokens: readonly Token[],
  groups: readonly ActorGroup[],
  isMedia: (id: string) => boolean,
  main: ActorGroup | null,
  stated: readonly SpeechAct[],
): SpeechAct[] {
  const out: SpeechAct[] = [];
  for (const g of groups)
    for (const outlet of g.members) {
      if (!isMedia(entityOf(outlet).id) || !AFFILIATION_FREE.has(entityOf(outlet).type)) continue;
      const quoted = quotedPerson(tokens, groups, outlet);
      const speaker =
        quoted ?? stated.find((a) => a.source !== outlet)?.source ?? main?.members.find((m) => m !== outlet);
      if (!speaker || entityOf(speaker).id === entityOf(outlet).id) continue;
      out.push({
        kind: "REPORTED",
        rule: CODE_RULES.reported,
        source: outlet,
        target: speaker,
        triggerFirst: outlet.first,
        triggerEnd: outlet.end,
      });
    }
  return out;
}

/** "Interfax quoted Kremlin advisor Yuri Ushakov as saying": the person quoted. */
function quotedPerson(tokens: readonly Token[], groups: readonly ActorGroup[], outlet: Mention): Mention | null {
  const verb = tokens[outlet.end];
  if (!verb || !/^(quote|cite|interview)$/.test(verb.lemma)) return null;
  return groups.find((g) => g.first > outlet.end && g.first <= outlet.end + 4)?.members[0] ?? null;
}
