// Pronouns and plural anaphors as mentions of what they most likely stand for: "he" → the last
// person, "it"/"its" → the last state or organization, "both sides"/"the two leaders" → the last pair.

import { entityOf, type Mention } from "./mention-types.js";
import { nameGender, titleGender, type Gender } from "./person-gender.js";
import { countryOf, makeMention, type SentenceScan } from "./sentence-scan.js";
import type { ArticleEntities } from "./registry.js";
import {
  FEMALE_PRONOUNS,
  MALE_PRONOUNS,
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

/** Genders a title showed for people of an article ("spokeswoman Ana Ruiz"), kept for later mentions by surname. */
const titleGenders = new WeakMap<ArticleEntities, Map<string, Gender>>();

/** Notes the gender the titles of this sentence's people show. */
function noteTitleGenders(scan: SentenceScan, sentence: readonly Mention[]): void {
  for (const m of sentence) {
    if (entityOf(m).type !== "Person" || m.anaphor) continue;
    const gender = titleGender(scan.tokens, m.lead ?? m.first - 1, m.first);
    if (!gender) continue;
    let known = titleGenders.get(scan.entities);
    if (!known) titleGenders.set(scan.entities, (known = new Map()));
    known.set(entityOf(m).id, gender);
  }
}

/** Whether a pronoun of gender `wanted` may stand for the person of `m`: unknown genders agree with both. */
function agrees(scan: SentenceScan, m: Mention, wanted: Gender | null): boolean {
  if (!wanted || entityOf(m).type !== "Person") return true;
  const c = entityOf(m);
  const gender = titleGenders.get(scan.entities)?.get(c.id) ?? nameGender(c.name, countryOf(scan, c.id));
  return !gender || gender === wanted;
}

function pronounGender(norm: string): Gender | null {
  return FEMALE_PRONOUNS.has(norm) ? "female" : MALE_PRONOUNS.has(norm) ? "male" : null;
}

function pronounOf(
  scan: SentenceScan,
  k: number,
  antecedents: readonly (Mention | null)[],
  types: readonly string[],
  sentence: readonly Mention[],
): Mention | null {
  const wanted = pronounGender(scan.tokens[k]!.norm);
  // "he": the sentence's first person (usually its subject); "its": the nearest state or body before it.
  const fits = (m: Mention): boolean =>
    m.end <= k && !m.titlePart && !m.modifier && types.includes(entityOf(m).type) && agrees(scan, m, wanted);
  const people = sentence.filter(fits);
  // "Lee spoke with Duda ... and thanked him": an object pronoun is not the subject, but the last other person.
  const objective = OBJECT_PRONOUNS.has(scan.tokens[k]!.norm) && people.length > 1;
  const prior = types.includes("Person") ? (objective ? people.pop() : people[0]) : people.pop();
  const source = prior ?? antecedents.find((m) => m && agrees(scan, m, wanted));
  if (!source) return null;
  const resolution = {
    ...source.resolution,
    score: source.resolution.score * 0.8,
    note: `pronoun '${scan.tokens[k]!.text}'`,
  };
  const possessive = ["its", "his", "her", "their"].includes(scan.tokens[k]!.norm);
  return makeMention(scan, k, k + 1, resolution, { viaTitle: true, anaphor: true, possessive });
}

/** Whether the person holds an office that leads a state or government, as far as the graph and tables know. */
function leads(scan: SentenceScan, id: string): boolean {
  return scan.gazetteer.offices.some((o) => o.person.id === id && o.office.leads);
}

/**
 * What "both sides" / "the two men" stand for: the last two distinct parties named earlier in the
 * sentence, else the pair named together in the previous sentence, else the only two the previous
 * sentence named (people mapped to their state for "sides"); nothing when unclear.
 */
function pairFor(scan: SentenceScan, noun: string, before: readonly Mention[], d: Discourse): Mention[] {
  const people = PERSON_PAIR_NOUNS.has(noun);
  // `resolved`: anaphors count too ("both countries" of a pair already worked out).
  const distinct = (pool: readonly Mention[], resolved = false): Mention[] => {
    const seen = new Map<string, Mention>();
    for (const m of pool) {
      if (m.titlePart || m.modifier || (m.anaphor && !resolved)) continue;
      let c = entityOf(m);
      if (people ? c.type !== "Person" : c.type === "Place") continue;
      if (!people && c.type === "Person") {
        const state = scan.gazetteer.byId.get(countryOf(scan, c.id) ?? "");
        if (!state) continue;
        c = state;
      }
      seen.delete(c.id);
      seen.set(c.id, { ...m, resolution: { ...m.resolution, candidate: c } });
    }
    return [...seen.values()];
  };
  const here = distinct(before);
  // "Peskov said a call between the two leaders ...": the sentence's own pair must lead, for "leaders".
  const heads = noun === "leaders" ? here.filter((m) => leads(scan, entityOf(m).id)) : here;
  if (heads.length >= 2) return heads.slice(-2);
  if (people) {
    // "A and B met in Doha in talks hosted by C. The two leaders agreed ...": the previous sentence's
    // first two people, who met or called, rather than the host or a speaker named after them.
    const previous = distinct([...d.previous].reverse()).reverse();
    if (previous.length >= 2) return previous.slice(0, 2);
    // Else the last two people named ("The two ministers did not meet"), leaders for "the two leaders".
    const recent = distinct([...d.recentPeople, ...before]);
    const leaders = recent.filter((m) => leads(scan, entityOf(m).id));
    const pair = (noun === "leaders" ? leaders : recent).slice(-2);
    return pair.length === 2 ? pair : [];
  }
  // "X and Y agreed a ceasefire. Z denied brokering it. The two countries ...": a pair named together
  // lately, else the first two the previous sentence named (who met or called, before a host).
  const named = d.pairAge <= 1 && d.lastPair ? distinct(d.lastPair, true) : [];
  if (named.length === 2) return named;
  const previous = distinct([...d.previous].reverse()).reverse();
  return previous.length >= 2 ? previous.slice(0, 2) : [];
}

/**
 * The previous sentence's mentions of the types that are no modifier or place phrase, first (usually its
 * subject) first: likelier antecedents of "its" or "he" than the last one named.
 */
function previousSubjects(d: Discourse, types: readonly string[]): Mention[] {
  return d.previous.filter((m) => !m.titlePart && !m.modifier && !m.locative && types.includes(entityOf(m).type));
}

export function resolvePronouns(scan: SentenceScan, d: Discourse, sentence: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const tokens = scan.tokens;
  noteTitleGenders(scan, sentence);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // A person: the previous sentence's people, else the last person, else those named before (for a gender that fits).
    const pronoun = PERSONAL_PRONOUNS.has(t.norm)
      ? pronounOf(
          scan,
          k,
          [...previousSubjects(d, ["Person"]), d.lastPerson, ...[...d.recentPeople].reverse()],
          ["Person"],
          sentence,
        )
      : NEUTER_PRONOUNS.has(t.norm)
        ? pronounOf(
            scan,
            k,
            [previousSubjects(d, ["State", "Organization"])[0] ?? d.lastPolity],
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
