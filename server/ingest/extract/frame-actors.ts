// Actors of noun triggers and passives: the possessor or adjective before a noun ("Russia's
// full-scale invasion"), the passive agent ("sanctioned by the US", "the invasion of Ukraine by Russia").

import type { ActorGroup } from "./groups.js";
import type { Token } from "./text.js";
import { ACTOR_NOUN_ADJECTIVES } from "./lexicon.js";

const ADVERBS = /ly$/;
const YEAR = /^\d{4}$/;

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
