// Pronouns and plural anaphors as mentions of what they most likely stand for: "he" → the last
// person, "it"/"its" → the last state or organization, "both sides"/"the two leaders" → the last pair.

import type { Mention } from "./mention-types.js";
import { countryOf, makeMention, type SentenceScan } from "./mentions.js";

export interface Discourse {
  lastPerson: Mention | null;
  lastPolity: Mention | null;
  lastPair: Mention[] | null;
  /** People named so far, oldest first. */
  recentPeople: Mention[];
}

const PERSONAL = new Set(["he", "she"]);
const NEUTER = new Set(["its", "they"]);
const PAIR_NOUNS = new Set(["sides", "countries", "nations", "leaders", "governments", "states", "parties"]);

function pronounOf(
  scan: SentenceScan,
  k: number,
  antecedent: Mention | null,
  types: readonly string[],
  sentence: readonly Mention[],
): Mention | null {
  // "he": the sentence's first person (usually its subject); "its": the nearest state or body before it.
  const fits = (m: Mention): boolean =>
    m.end <= k && !m.titlePart && !m.modifier && types.includes(m.resolution.candidate.type);
  const prior = types.includes("Person") ? sentence.find(fits) : sentence.filter(fits).pop();
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

/** Extra mentions for pronouns and "both sides"; only where no other mention covers the tokens. */
/**
 * What "both sides" / "the two leaders" stand for: two distinct parties named earlier in the
 * sentence (people mapped to their state, except for "leaders"), else the last pair of the text.
 */
function pairFor(scan: SentenceScan, noun: string, before: readonly Mention[], d: Discourse): Mention[] {
  const wanted = noun === "leaders" ? ["Person"] : ["State", "Organization", "Person"];
  const seen = new Map<string, Mention>();
  const pool = noun === "leaders" ? [...d.recentPeople, ...before] : before;
  for (const m of pool) {
    if (m.titlePart || m.modifier || !wanted.includes(m.resolution.candidate.type)) continue;
    let c = m.resolution.candidate;
    if (noun !== "leaders" && c.type === "Person") {
      const state = scan.gazetteer.byId.get(countryOf(scan, c.id) ?? "");
      if (!state) continue;
      c = state;
    }
    if (noun === "leaders" && !scan.gazetteer.offices.some((o) => o.person.id === c.id && o.office.leads)) continue;
    seen.delete(c.id);
    seen.set(c.id, { ...m, resolution: { ...m.resolution, candidate: c } });
  }
  const last = [...seen.values()].slice(-2);
  return last.length === 2 ? last : (d.lastPair ?? []);
}

export function resolvePronouns(scan: SentenceScan, d: Discourse, sentence: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const tokens = scan.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const pronoun = PERSONAL.has(t.norm)
      ? pronounOf(scan, k, d.lastPerson, ["Person"], sentence)
      : NEUTER.has(t.norm)
        ? pronounOf(scan, k, d.lastPolity, ["State", "Organization"], sentence)
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
