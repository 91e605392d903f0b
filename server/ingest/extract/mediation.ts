// Mediation carried out rather than offered: "Oman mediated the talks between Iran and the US",
// "talks mediated by Oman", "Omani-mediated talks", "Oman hosted indirect talks between A and B",
// "through Omani mediators". The mediator helps each party (OFFERED_MEDIATION, the curated
// convention) and the parties negotiate with each other.

import { subjectBefore } from "./frames.js";
import type { ActorGroup } from "./groups.js";
import { entityOf, type Mention } from "./mention-types.js";
import type { Token } from "./text.js";
import {
  HOSTING_VERBS,
  MEDIATION_STEMS,
  INDIRECT_TALKS,
  MEDIATOR_NOUNS,
  TALKS_FILLERS,
  TALKS_NOUNS,
  TALKS_QUALIFIERS,
} from "./lexicon.js";

export interface MediatedTalks {
  mediator: Mention[];
  parties: Mention[];
  /** Token range of the words that say so, for the evidence span. */
  first: number;
  end: number;
}

const mediating = (norm: string): boolean => MEDIATION_STEMS.some((stem) => norm.startsWith(stem));
const ACTORS_ONLY = (g: ActorGroup): boolean => !g.members.every((m) => m.modifier && !m.possessive);

function actorsOf(g: ActorGroup | null | undefined): Mention[] {
  return g ? g.members.filter((m) => entityOf(m).type !== "Place") : [];
}

/** The talks' parties: "between A and B" after `from`, else the sentence's plural subject. */
function partiesOf(tokens: readonly Token[], groups: readonly ActorGroup[], from: number, at: number): Mention[] {
  const between = groups.find((g) => g.between && g.first >= from && g.first - from <= 8);
  if (between && between.members.length >= 2) return actorsOf(between);
  const subject = subjectBefore(tokens, groups, at) ?? groups.find((g) => g.first < at && g.members.length >= 2);
  if (!subject) return [];
  if (subject.members.length >= 2) return subject.members;
  // "Russian and Ukrainian officials": an adjective joined to a collective is another party.
  const previous = groups.filter((g) => g.end <= subject.first).pop();
  const joined = previous && tokens.slice(previous.end, subject.first).every((t) => t.norm === "and" || t.norm === ",");
  return joined && previous.end < subject.first ? [...previous.members, ...subject.members] : [];
}

/** Index after the talks noun that follows `from` through filler words, or -1. */
function talksAfter(tokens: readonly Token[], from: number, needIndirect: boolean): number {
  let k = from;
  let indirect = false;
  while (k < tokens.length && k - from < 8) {
    const norm = tokens[k]!.norm;
    if (INDIRECT_TALKS.has(norm)) indirect = true;
    // "a second round of indirect talks": the round's own talks follow.
    else if (/^rounds?$/.test(norm) && tokens[k + 1]?.norm === "of") k++;
    else if (TALKS_NOUNS.has(norm)) return needIndirect && !indirect ? -1 : k + 1;
    else if (!TALKS_FILLERS.has(norm) && !TALKS_QUALIFIERS.has(norm)) return -1;
    k++;
  }
  return -1;
}

export function mediatedTalks(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  groups: readonly ActorGroup[],
): MediatedTalks[] {
  const out: MediatedTalks[] = [];
  const add = (mediator: Mention[], parties: Mention[], first: number, end: number): void => {
    const ids = new Set(mediator.map((m) => entityOf(m).id));
    const others = parties.filter((p) => !ids.has(entityOf(p).id));
    if (mediator.length > 0 && others.length >= 2) out.push({ mediator, parties: others, first, end });
  };
  for (let k = 0; k < tokens.length; k++) {
    const norm = tokens[k]!.norm;
    const verb = mediating(norm) && /(ed|ing|es|e)$/.test(norm);
    if ((verb || HOSTING_VERBS.has(norm)) && tokens[k - 1]?.norm !== "-") {
      // "Oman mediated/hosted (indirect) talks between A and B".
      const after = talksAfter(tokens, k + 1, !verb);
      const subject = subjectBefore(tokens, groups, k);
      if (after > 0 && subject && ACTORS_ONLY(subject))
        add(actorsOf(subject), partiesOf(tokens, groups, after, k), k, after);
      // "talks mediated by Oman": the agent mediates the talks before the verb.
      if (verb && tokens[k + 1]?.norm === "by" && TALKS_NOUNS.has(tokens[k - 1]?.norm ?? "")) {
        const agent = groups.find((g) => g.first > k + 1 && g.first <= k + 4);
        add(actorsOf(agent), partiesOf(tokens, groups, k, k - 1), k, k + 2);
      }
    }
    // "Omani-mediated talks", "the Qatari-brokered truce between A and B".
    if (norm === "-" && mediating(tokens[k + 1]?.norm ?? "")) {
      const adjective = mentions.find((m) => m.end === k);
      if (adjective) add([adjective], partiesOf(tokens, groups, k + 2, adjective.first), k - 1, k + 2);
    }
    // "through Omani mediators", "via Qatari mediation".
    if ((norm === "through" || norm === "via") && MEDIATOR_NOUNS.has(tokens[k + 2]?.norm ?? "")) {
      const adjective = mentions.find((m) => m.first === k + 1);
      if (adjective) add([adjective], partiesOf(tokens, groups, k + 3, k), k, k + 3);
    }
  }
  return out;
}
