// Arguments of a trigger: who acts (source) and on whom (target), from the actor groups around
// it — subject, object, "between A and B", passive "by", possessors and adjectives of nouns.

import { relationTypeDef, type EntityType, type RelationType } from "../../../graph-schema/index.js";
import type { ActorGroup } from "./groups.js";
import {
  ARTICLES,
  CIRCUMSTANCE_PREPOSITIONS,
  MATERIAL_OBLIQUES,
  NOMINATIVE_PRONOUNS,
  NOT_OBJECT_PREPOSITIONS,
  OBJECT_STOPS,
  RELATIVE_OPENERS,
  SAYING_FORMS,
  CLAUSE_STOPS,
} from "./lexicon.js";
import { entityOf, type Mention } from "./mention-types.js";
import type { Token } from "./text.js";
import type { RelationRule } from "./triggers.js";
import { adjacentBefore, agentAfter, closedRelativeEnd, relativeAntecedent, relativeSubject } from "./frame-actors.js";

export interface TriggerMatch {
  rule: RelationRule;
  first: number;
  end: number;
}

export interface ArgumentPair {
  source: Mention;
  target: Mention;
  /** How the pair was found, for confidence: "explicit" subject-verb-object or weaker cues. */
  basis: "explicit" | "adjacent" | "distant" | "mutual";
}

const OBJECT_REACH = 12;
const NOUN_OBJECT_VIA = ["on", "against"];
/** Words a trigger's own "that" may come after ("demanded on Friday that"). */
const THAT_REACH = 2;

function allowed(labels: readonly EntityType[], m: Mention): boolean {
  return labels.includes(entityOf(m).type);
}

/** The nearest group ending before `at` that is not oblique (the clause's subject), within the clause. */
export function subjectBefore(tokens: readonly Token[], groups: readonly ActorGroup[], at: number): ActorGroup | null {
  let best: ActorGroup | null = null;
  // Groups inside a relative clause closed before `at` are not its subject ("Iran, which borders Armenia, welcomed").
  let skipUntil = -1;
  for (const g of groups) {
    if (g.end > at) break;
    if (g.first < skipUntil) continue;
    // "The E3 (France, Germany and Britain) imposed ...": the members in brackets act.
    const listed = tokens[g.first - 1]?.norm === "(" && tokens[g.end]?.norm === ")";
    const rest = tokensBetween(tokens, listed ? g.end + 1 : g.end, at);
    if (rest.some((t) => CLAUSE_STOPS.has(t.norm))) continue;
    const relativeEnd = closedRelativeEnd(tokens, g.end, at);
    if (relativeEnd < 0 && tokensBetween(tokens, g.end, at).some((t) => RELATIVE_OPENERS.has(t.norm))) continue;
    const subjectLike = g.oblique === null && !g.objectLike;
    // A possessor is the subject of the noun it owns ("Following Trump's expression of interest").
    const possessor = g.members[g.members.length - 1]!.possessive;
    // Not the possessor of an object ("called Trump's move harmful and said ...": Trump says nothing).
    if ((subjectLike || (possessor && !g.objectLike)) && !g.members.every((m) => m.modifier)) {
      best = g;
      if (relativeEnd >= 0) skipUntil = relativeEnd;
    }
  }
  return best;
}

/** A plural noun form ("sanctions", "attacks"): no participle ends in -s. */
function pluralNoun(token: Token | undefined): boolean {
  return !!token && token.norm.endsWith("s") && token.senses.some((s) => s.pos === "noun" && s.lemma !== token.norm);
}

function tokensBetween(tokens: readonly Token[], from: number, to: number): Token[] {
  return tokens.slice(from, to);
}

/** The first group after `from` within reach and the clause (the object), skipping adjectives and places. */
export function objectAfter(
  tokens: readonly Token[],
  groups: readonly ActorGroup[],
  from: number,
  via?: readonly string[],
  modifierObject = false,
  thatClause = false,
): ActorGroup | null {
  // A clause opened past the trigger holds no object of it, but for a "that" right after a rule that reads one
  // ("demanded that Washington", "demanded on Friday that Washington").
  const stops = (k: number): boolean => {
    const norm = tokens[k]!.norm;
    if (norm === "that" && thatClause && k - from <= THAT_REACH) return false;
    return CLAUSE_STOPS.has(norm) || OBJECT_STOPS.has(norm) || norm === ",";
  };
  for (const g of groups) {
    if (g.first < from) continue;
    // "urged its citizens": a possessive pronoun owns the object; "what they perceive": a subject pronoun is none.
    if (g.members.every((m) => m.anaphor && (m.possessive || NOMINATIVE_PRONOUNS.has(m.span.text.toLowerCase()))))
      continue;
    // Right after the trigger, its own preposition included ("war in Ukraine"): the object whatever its head.
    const adjacent = tokens.slice(from, g.first).every((t) => ARTICLES.has(t.norm) || t.norm === "both");
    if (via && !via.includes(g.oblique ?? "") && !(adjacent && via.includes(tokens[from - 1]?.norm ?? ""))) continue;
    if (!adjacent && NOT_OBJECT_PREPOSITIONS.has(g.oblique ?? "")) continue;
    if (g.first - from > OBJECT_REACH) return null;
    for (let k = from; k < g.first; k++) if (stops(k)) return null;
    const adjectival = g.members.every((m) => m.modifier);
    if (adjectival && !g.between && !(modifierObject && MATERIAL_OBLIQUES.has(g.oblique ?? ""))) continue;
    if (!adjacent && g.members.every((m) => m.locative)) continue;
    return ownedActor(tokens, groups, g) ?? g;
  }
  return null;
}

/** "from South Korea's Hyundai Rotem": the actor a possessor owns is the object, not the possessor. */
function ownedActor(tokens: readonly Token[], groups: readonly ActorGroup[], g: ActorGroup): ActorGroup | null {
  if (!g.members.every((m) => m.possessive)) return null;
  const at = tokens[g.end]?.norm === "'s" ? g.end + 1 : g.end;
  return groups.find((h) => h.first === at && !h.members.every((m) => m.modifier)) ?? null;
}

function ownerAfterObject(
  tokens: readonly Token[],
  groups: readonly ActorGroup[],
  match: TriggerMatch,
): ActorGroup | null {
  const object = objectAfter(tokens, groups, match.end, match.rule.objectVia, match.rule.modifierObject);
  const agent = object && object.first - match.end <= 1 ? agentAfter(tokens, groups, object.end) : null;
  // "by Russia, Iran has ...": without "and" the comma closes the phrase, not a list.
  const listed = agent && tokens.slice(agent.first, agent.end).some((t) => t.norm === "and" || t.norm === "&");
  return agent && !listed ? { ...agent, members: agent.members.slice(0, 1) } : agent;
}

function mutualPairs(m: readonly Mention[]): ArgumentPair[] {
  const out: ArgumentPair[] = [];
  for (let a = 0; a < m.length; a++)
    for (let b = a + 1; b < m.length; b++) out.push({ source: m[a]!, target: m[b]!, basis: "mutual" });
  return out;
}

function pairs(sources: readonly Mention[], targets: readonly Mention[], basis: ArgumentPair["basis"]): ArgumentPair[] {
  return sources.flatMap((source) => targets.map((target) => ({ source, target, basis })));
}

/** All source/target pairs a trigger yields, end labels checked against the relation type. */
export function argumentsOf(
  tokens: readonly Token[],
  groups: readonly ActorGroup[],
  match: TriggerMatch,
): ArgumentPair[] {
  const def = relationTypeDef(match.rule.type);
  const found = rawArguments(tokens, groups, match, def.directed);
  return found.filter(
    (p) => entityOf(p.source).id !== entityOf(p.target).id && allowed(def.from, p.source) && allowed(def.to, p.target),
  );
}

function rawArguments(
  tokens: readonly Token[],
  groups: readonly ActorGroup[],
  match: TriggerMatch,
  directed: boolean,
): ArgumentPair[] {
  const frame = match.rule.frame;
  if (frame === "modal") return modalArguments(tokens, groups, match);
  const subject =
    subjectBefore(tokens, groups, match.first) ??
    relativeSubject(tokens, groups, match.first) ??
    (match.rule.noun ? circumstanceSubject(tokens, groups, match.first) : null);
  if (frame === "receive") {
    const giver =
      objectAfter(tokens, groups, match.end) ??
      groups.find((g) => g.first >= match.end && g.first - match.end < 4 && g.members.every((m) => m.modifier)) ??
      null;
    return subject && giver ? pairs(giver.members, subject.members, "explicit") : [];
  }
  const agent = frame === "direct" ? null : agentAfter(tokens, groups, match.end);
  // A plural noun is no passive ("sanctions by EU members on Georgia"): "by" names who acts, on whom only "on" or "against" says.
  if (agent && pluralNoun(tokens[match.end - 1])) {
    const acted = objectAfter(tokens, groups, agent.end, NOUN_OBJECT_VIA, match.rule.modifierObject);
    return acted ? pairs(agent.members, acted.members, "explicit") : [];
  }
  if (agent && subject) return pairs(agent.members, subject.members, "explicit");
  const adjacent = match.rule.noun ? adjacentBefore(tokens, groups, match.first) : null;
  // "the 2022 invasion of Ukraine by Russia": the agent after the object owns the noun.
  const owner = match.rule.ownerOnly && !adjacent ? ownerAfterObject(tokens, groups, match) : null;
  const source = match.rule.ownerOnly ? (adjacent ?? owner) : (adjacent ?? subject);
  // "Belgium, which Kigali accuses": the subject right before a verb is no possessor of a noun.
  const relative =
    (!adjacent || adjacent === subject) && subject && match.first - subject.end <= 3
      ? relativeAntecedent(tokens, groups, subject)
      : null;
  // "asked Washington to press Ethiopia": the one asked is inside the pattern, not the object of the infinitive.
  const infinitive = tokens[match.end - 1]?.norm === "to" ? insideMatch(groups, match) : null;
  // "called the EU measures unjustified": the actor named inside the pattern is its object.
  const inside = match.rule.adjectiveInside ? insideMatch(groups, match) : null;
  let object =
    infinitive ??
    inside ??
    objectAfter(
      tokens,
      groups,
      match.end,
      match.rule.objectVia,
      match.rule.modifierObject,
      match.rule.thatClauseObject,
    ) ??
    insideMatch(groups, match) ??
    relative;
  if (frame === "direct" && object && object.first - match.end > 2) object = null;
  if (object?.between && !directed) return mutualPairs(object.members);
  // "highlighted the deepening commitment between A and B": a noun phrase whose parties are A and B only.
  if (object?.between && !adjacent && ARTICLES.has(tokens[match.first - 1]?.norm ?? ""))
    return object.members.flatMap((a) =>
      object!.members.filter((b) => b !== a).map((b) => ({ source: a, target: b, basis: "mutual" as const })),
    );
  if (object?.between || (object && object.members.length > 1 && !source && !directed)) {
    const members = object.members;
    const out = source ? pairs(source.members, members, adjacent ? "adjacent" : "explicit") : [];
    if (!source || !directed)
      for (let a = 0; a < members.length; a++)
        for (let b = a + 1; b < members.length; b++)
          out.push({ source: members[a]!, target: members[b]!, basis: "mutual" });
    return source && !directed ? out.filter((p) => p.basis !== "mutual") : out;
  }
  if (source && object) return pairs(source.members, object.members, adjacent ? "adjacent" : "explicit");
  // Mutual relations with a plural subject: "Russia and Iran strengthened their cooperation".
  if (source && !object && !directed && source.members.length > 1) {
    // "officials from the US and Russia, including Rubio and Lavrov, met": the named members meet too.
    const including = groups.find(
      (g) => g.oblique === "including" && g.first > source.end && g.first - source.end <= 4,
    );
    return [...mutualPairs(source.members), ...(including ? mutualPairs(including.members) : [])];
  }
  if (source && !object && match.rule.reciprocal && source.members.length > 1)
    return source.members.flatMap((a) =>
      source.members.filter((b) => b !== a).map((b) => ({ source: a, target: b, basis: "mutual" as const })),
    );
  if (match.rule.type !== "SANCTIONS") return [];
  // Sanctions named by who imposes them bear on the clause's subject ("Russia, under Western sanctions").
  if (adjacent && !object && subject && subject !== adjacent)
    return pairs(adjacent.members, subject.members, "distant");
  if (adjacent && !object) {
    const earlier = subjectBefore(tokens, groups, adjacent.first);
    if (earlier) return pairs(adjacent.members, earlier.members, "distant");
  }
  return [];
}

/**
 * A group inside a matched pattern's gap ("asked Russia for help"); for rules that say so, an
 * adjective there too ("banned Japanese seafood imports").
 */
function insideMatch(groups: readonly ActorGroup[], match: TriggerMatch): ActorGroup | null {
  const inside = groups.filter((g) => g.first > match.first && g.end <= match.end);
  if (!match.rule.adjectiveInside) return inside.find((g) => !g.members.every((m) => m.modifier)) ?? null;
  // "the U.S. and British strikes": a name and an adjective are one list of actors.
  const actors = inside.filter((g) => !g.between);
  if (actors.length === 0) return null;
  return { ...actors[0]!, members: actors.flatMap((g) => g.members), end: actors[actors.length - 1]!.end };
}

/** "Russia believes the US and Iran should resolve ...": the believer urges the embedded subject. */
function modalArguments(tokens: readonly Token[], groups: readonly ActorGroup[], match: TriggerMatch): ArgumentPair[] {
  const urged = groups.filter((g) => g.end <= match.first && match.first - g.end <= 1).pop();
  if (!urged) return [];
  const urger = subjectBefore(tokens, groups, urged.first) ?? speakerBefore(tokens, groups, urged.first);
  return urger ? pairs(urger.members, urged.members, "distant") : [];
}

/** "Russia said on Tuesday that Sudan must ...": the subject of a verb of saying or believing before `at`. */
function speakerBefore(tokens: readonly Token[], groups: readonly ActorGroup[], at: number): ActorGroup | null {
  const verb = tokens.slice(0, at).findLastIndex((t) => SAYING_FORMS.has(t.norm));
  if (verb < 0) return null;
  return subjectBefore(tokens, groups, verb);
}

export type { RelationType };

/** "Putin endorsed the talks following a conversation with Trump": the main clause's subject. */
function circumstanceSubject(tokens: readonly Token[], groups: readonly ActorGroup[], at: number): ActorGroup | null {
  let k = at - 1;
  while (
    k >= 0 &&
    at - k <= 3 &&
    (ARTICLES.has(tokens[k]!.norm) || /^(phone|telephone|recent|brief)/.test(tokens[k]!.norm))
  )
    k--;
  if (!CIRCUMSTANCE_PREPOSITIONS.has(tokens[k]?.norm ?? "")) return null;
  const main = groups.find(
    (g) => g.end <= k && g.oblique === null && !g.objectLike && !g.members.every((m) => m.modifier),
  );
  return main ?? null;
}
