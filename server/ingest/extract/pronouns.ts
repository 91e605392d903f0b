// Pronouns and plural anaphors as mentions of what they most likely stand for: "he" → the last
// person, "it"/"its" → the last state or organization, "both sides"/"the two leaders" → the last pair.

import { entityOf, type Mention } from "./mention-types.js";
import { countryOf, makeMention, type SentenceScan } from "./sentence-scan.js";
import {
  NEUTER_PRONOUNS,
  OBJECT_PRONOUNS,
  PERSON_PAIR_NOUNS,
  PERSONAL_PRONOUNS,
  POLITY_PAIR_NOUNS,
} from "./lexicon.js";

export interface Discourse {
  lastPerson: Mention | null;
  lastPolity: Mention | null;
  lastPair: Mention[] | null;
  /** People named so far, oldest first. */
  recentPeople: Mention[];
  /** The previous sentence's own mentions: where "the two men" look for their pair. */
  previous: Mention[];
  /** Sentences since `lastPair` was named (0: in the previous sentence). */
  pairAge: number;
}

const PAIR_NOUNS = new Set([...POLITY_PAIR_NOUNS, ...PERSON_PAIR_NOUNS]);

function pronounOf(
  scan: SentenceScan,
  k: number,
  antecedent: Mention | null,
  types: readonly string[],
  sentence: readonly Mention[],
): Mention | null {
  // "he": the sentence's first person (usually its subject); "its": the nearest state or body before it.
  const fits = (m: Mention): boolean => m.end <= k && !m.titlePart && !m.modifier && types.includes(entityOf(m).type);
  const people = sentence.filter(fits);
  // "Lee spoke with Duda ... and thanked him": an object pronoun is not the subject, but the last other person.
  const objective = OBJECT_PRONOUNS.has(scan.tokens[k]!.norm) && people.length > 1;
  const prior = types.includes("Person") ? (objective ? people.pop() : people[0]) : people.pop();
  const source = prior ?? antecedent;
  if (!source) return null;
  const resolution = {
    ...source.resolution,
    score: source.resolution.score * 0.8,
    note: `pronoun '${scan.tokens[k]!.text}'`,
  };
  const possessive = ["its", "his", "her", "their"].includes(scan.tokens[k]!.norm);
  return makeMention(scan, k, k + 1, resolution, { viaTitle: true, anaphor: true, possessive });
}

/**
 * What "both sides" / "the two men" stand for: the last two distinct parties named earlier in the
 * sentence, else the pair named together in the previous sentence, else the only two the previous
 * sentence named (people mapped to their state for "sides"); nothing when unclear.
 */
function pairFor(scan: SentenceScan, noun: string, before: readonly Mention[], d: Discourse): Mention[] {
  const people = PERSON_PAIR_NOUNS.has(noun);
  const distinct = (pool: readonly Mention[]): Mention[] => {
    const seen = new Map<string, Mention>();
    for (const m of pool) {
      if (m.titlePart || m.modifier || m.anaphor) continue;
      let c = entityOf(m);
      if (people ? c.type !== "Person" : c.type === "Place") continue;
      if (!people && c.type === "Person") {
        const state = scan.gazetteer.byId.get(countryOf(scan, c.id) ?? "");
        if (!state) continue;
        c = state;
      }
      if (noun === "leaders" && !scan.gazetteer.offices.some((o) => o.person.id === c.id && o.office.leads)) continue;
      seen.delete(c.id);
      seen.set(c.id, { ...m, resolution: { ...m.resolution, candidate: c } });
    }
    return [...seen.values()];
  };
  const here = distinct(before);
  if (here.length >= 2) return here.slice(-2);
  // "the two men": the last two people of this sentence and the previous one; "the two leaders":
  // the last two heads of state or government named.
  if (people) {
    const pair = distinct([...(noun === "leaders" ? d.recentPeople : d.previous), ...before]).slice(-2);
    return pair.length === 2 ? pair : [];
  }
  if (d.pairAge === 0 && d.lastPair) return distinct(d.lastPair);
  const previous = distinct(d.previous);
  return previous.length === 2 ? previous : [];
}

/**
 * The previous sentence's first mention of the types that is no modifier or place phrase (usually its subject): a
 * likelier antecedent of "its" or "he" than the last one named.
 */
function previousSubject(d: Discourse, types: readonly string[]): Mention | null {
  return d.previous.find((m) => !m.titlePart && !m.modifier && !m.locative && types.includes(entityOf(m).type)) ?? null;
}

export function resolvePronouns(scan: SentenceScan, d: Discourse, sentence: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const tokens = scan.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const pronoun = PERSONAL_PRONOUNS.has(t.norm)
      ? pronounOf(scan, k, previousSubject(d, ["Person"]) ?? d.lastPerson, ["Person"], sentence)
      : NEUTER_PRONOUNS.has(t.norm)
        ? pronounOf(
            scan,
            k,
            previousSubject(d, ["State", "Organization"]) ?? d.lastPolity,
            ["State", "Organization"],
            sentence,
          )
        : null;
    if (pronoun) out.push(pronoun);
    else if ((t.norm === "both" || t.norm === "two") && PAIR_NOUNS.has(tokens[k + 1]?.norm ?? "")) {
      const pair = pairFor(
        scan,
        tokens[k + 1]!.norm,
        sentence.filter((m) => m.end <= k),
        d,
      );
      for (const member of pair)
        out.push(
          makeMention(
            scan,
            k,
            k + 2,
            { ...member.resolution, score: member.resolution.score * 0.8, note: `'${t.text} ${tokens[k + 1]!.text}'` },
            { viaTitle: true, anaphor: true },
          ),
        );
      k++;
    }
  }
  return out;
}
