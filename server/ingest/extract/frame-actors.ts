// Actors outside the plain subject-verb-object order: the possessor or adjective before a noun
// ("Russia's full-scale invasion"), the passive agent ("sanctioned by the US", "the invasion of
// Ukraine by Russia"), and what relative pronouns stand for ("Iran, which borders Armenia, welcomed").

import type { ActorGroup } from "./groups.js";
import type { Token } from "./text.js";
import { ACTOR_NOUN_ADJECTIVES, ARTICLES, AUXILIARIES, CLAUSE_STOPS, RELATIVE_OPENERS } from "./lexicon.js";

const ADVERBS = /ly$/;
const YEAR = /^\d{4}$/;
/** Words a short time phrase opens with ("on Monday", "last week", "in 2023"). */
const TIME_OPENERS = new Set(["on", "in", "last", "this", "earlier", "next", "since"]);
const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|month|year|\d{4})$/;

/** An actor right before a noun trigger: "Western sanctions", "Putin's support", "the Kremlin's support". */
export function adjacentBefore(tokens: readonly Token[], groups: readonly ActorGroup[], at: number): ActorGroup | null {
  for (const g of groups) {
    if (g.end > at) break;
    let k = g.end;
    while (
      k < at &&
      (tokens[k]!.norm === "'s" ||
        ACTOR_NOUN_ADJECTIVES.has(tokens[k]!.norm) ||
        YEAR.test(tokens[k]!.norm) ||
        ADVERBS.test(tokens[k]!.norm))
    )
      k++;
    if (k === at) return g;
  }
  return null;
}

/** A passive agent: "sanctioned by the US", "were held by U.S. and Russian officials". */
export function agentAfter(tokens: readonly Token[], groups: readonly ActorGroup[], end: number): ActorGroup | null {
  let k = end;
  while (k < tokens.length && ADVERBS.test(tokens[k]!.norm)) k++;
  if (tokens[k]?.norm !== "by") return null;
  return groups.find((g) => g.first > k && g.first <= k + 3) ?? null;
}

/** The longest relative clause or apposition between commas that a subject is looked for across. */
const APPOSITION_REACH = 25;

/**
 * "X, which borders A and B, also welcomed", "X, also run by governments that expelled Y, pledged":
 * where a relative clause or apposition opened by a comma right after `from` closes (its last comma
 * before `at`, past which no clause opens), or -1 when there is none to cross.
 */
export function closedRelativeEnd(tokens: readonly Token[], from: number, at: number): number {
  if (tokens[from]?.norm !== "," || at - from > APPOSITION_REACH) return -1;
  let close = -1;
  for (let k = at - 1; k > from + 1 && close < 0; k--) {
    const norm = tokens[k]!.norm;
    if (norm === ",") close = k;
    else if (RELATIVE_OPENERS.has(norm) || CLAUSE_STOPS.has(norm)) return -1;
  }
  if (close < 0) return -1;
  const inside = tokens.slice(from + 1, close);
  if (inside.some((t) => CLAUSE_STOPS.has(t.norm))) return -1;
  return inside.some((t) => RELATIVE_OPENERS.has(t.norm)) ? close : -1;
}

/** "hardliners ..., who oppose": the antecedent of a relative pronoun right before the trigger. */
export function relativeSubject(
  tokens: readonly Token[],
  groups: readonly ActorGroup[],
  at: number,
): ActorGroup | null {
  let k = at - 1;
  for (;;) {
    if (k >= 0 && (ADVERBS.test(tokens[k]!.norm) || AUXILIARIES.has(tokens[k]!.norm))) k--;
    // "which on Monday imposed", "who last week visited": a time phrase between the pronoun and its verb.
    else if (k >= 1 && TIME_WORDS.test(tokens[k]!.norm) && TIME_OPENERS.has(tokens[k - 1]!.norm)) k -= 2;
    else break;
  }
  if (!["who", "which", "that"].includes(tokens[k]?.norm ?? "")) return null;
  const j = beforeAbbreviation(tokens, tokens[k - 1]?.norm === "," ? k - 2 : k - 1);
  return groups.filter((g) => g.end <= j + 1 && j + 1 - g.end <= 1).pop() ?? null;
}

/** "The Economic Community of West African States (ECOWAS), which": the name before its bracketed short form. */
function beforeAbbreviation(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.norm !== ")" || tokens[j - 2]?.norm !== "(") return j;
  return j - 3;
}

/** "relations with Moscow, which the US had severed": the antecedent of a relative pronoun before the subject. */
export function relativeAntecedent(
  tokens: readonly Token[],
  groups: readonly ActorGroup[],
  subject: ActorGroup | null,
): ActorGroup | null {
  if (!subject) return null;
  let k = subject.first - 1;
  while (k >= 0 && ARTICLES.has(tokens[k]!.norm)) k--;
  if (!["which", "whom", "who", "that"].includes(tokens[k]?.norm ?? "")) return null;
  const j = beforeAbbreviation(tokens, tokens[k - 1]?.norm === "," ? k - 2 : k - 1);
  return groups.find((g) => g.end === j + 1) ?? null;
}
