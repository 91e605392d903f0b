// Pieces of a title: the polity before it ("Iran's", "Russian", "Kremlin"), the office phrase and
// the named holders after it ("Foreign Ministers Marco Rubio and Sergei Lavrov").

import type { EntityCandidate } from "./candidates.js";
import { nameEnd } from "./name-extent.js";
import { makeMention, namedSoFar, newResolution, spanOf, type SentenceScan } from "./sentence-scan.js";
import type { Mention } from "./mention-types.js";
import { chooseEntry, localPerson, longestName, toResolution, transliterationOf } from "./name-lookup.js";
import { LONGEST_OFFICE_PHRASE, officeByPhrase, type OfficeConcept } from "./roles.js";
import type { Resolution } from "./registry.js";
import { slugify } from "../merge-keys.js";
import { TITLE_ADJECTIVES, HONORIFICS, OFFICE_FIELDS } from "./lexicon.js";

export interface Polity {
  candidate: EntityCandidate;
  first: number;
  end: number;
  /** Written as a demonym or state name ("Russian", "US"), not as a body ("Kremlin"). */
  national: boolean;
  mention: Mention;
}

export function polityAt(scan: SentenceScan, j: number): Polity | null {
  const t = scan.tokens[j];
  if (!t?.word || !t.capital) return null;
  // "South Korean President ...": a demonym of two words before one of its first word.
  const pair = scan.tokens[j + 1]?.capital
    ? scan.gazetteer.demonyms.get(`${t.norm} ${scan.tokens[j + 1]!.norm}`)
    : undefined;
  if (pair) return demonymPolity(scan, j, j + 2, pair);
  const demonym = scan.gazetteer.demonyms.get(t.norm);
  const named = longestName(scan.gazetteer, scan.tokens, j, namedSoFar(scan));
  if (named && (!demonym || named.end > j + 1)) {
    const entry = chooseEntry(named.entries, false);
    if (entry.candidate.type === "Place") return null;
    let end = named.end;
    if (scan.tokens[end]?.norm === "'s") end++;
    const national = scan.gazetteer.nationalKeys.has(
      scan.tokens
        .slice(j, named.end)
        .map((x) => x.norm)
        .join(" "),
    );
    const mention = makeMention(scan, j, named.end, toResolution(entry), { titlePart: true });
    return { candidate: entry.candidate, first: j, end, national, mention };
  }
  return demonym ? demonymPolity(scan, j, j + 1, demonym) : null;
}

function demonymPolity(scan: SentenceScan, j: number, end: number, state: EntityCandidate): Polity {
  const form = spanOf(scan, j, end).text;
  const resolution = toResolution({ candidate: state, method: "stand-in", score: 0.8, note: null, form });
  const mention = makeMention(scan, j, end, resolution, { titlePart: true });
  return { candidate: state, first: j, end, national: true, mention };
}

export function officeAt(scan: SentenceScan, k: number): { office: OfficeConcept; end: number } | null {
  for (let n = LONGEST_OFFICE_PHRASE; n >= 1; n--) {
    const words = scan.tokens.slice(k, k + n);
    if (words.length < n || words.some((w) => !w.word && w.norm !== "-")) continue;
    const office = officeByPhrase(
      words
        .map((w) => w.norm)
        .join(" ")
        .replace(/ - /g, "-"),
    );
    if (office) return { office, end: k + n };
  }
  return null;
}

/** The office at k, or after up to two words naming its field ("foreign policy adviser", "government spokesman"). */
export function officeAfterFields(scan: SentenceScan, k: number): { office: OfficeConcept; end: number } | null {
  for (let skip = 0; skip <= 2; skip++) {
    if (skip > 0 && !OFFICE_FIELDS.has(scan.tokens[k + skip - 1]?.norm ?? "")) return null;
    const office = officeAt(scan, k + skip);
    if (office) return office;
  }
  return null;
}

/**
 * "Aliyev's foreign policy adviser, Hikmet Hajiyev, said": the person named in apposition after
 * the title (and its "for ..." phrase) holds it; the title's owner is not the actor.
 */
export function appositiveHolder(
  scan: SentenceScan,
  o: number,
): { first: number; end: number; resolution: Resolution } | null {
  const tokens = scan.tokens;
  let comma = o;
  // "envoy for special missions, Richard Grenell"
  if (["for", "of", "on"].includes(tokens[comma]?.norm ?? "")) {
    let k = comma + 1;
    while (k < comma + 5 && tokens[k]?.word && !tokens[k]!.capital) k++;
    comma = k;
  }
  if (tokens[comma]?.norm !== ",") return null;
  let at = comma + 1;
  while (HONORIFICS.has(tokens[at]?.norm ?? "") && tokens[at + 1]?.capital) at++;
  const named = longestName(scan.gazetteer, tokens, at);
  if (named && !named.entries.some((e) => e.candidate.type === "Person")) return null;
  const h = holderAt(scan, at);
  if (!h || h.resolution.candidate.type !== "Person") return null;
  // The apposition closes: a comma, a bracket or the sentence's end after the name.
  const after = tokens[h.end]?.norm;
  if (after !== undefined && ![",", ")", ".", ";", ":"].includes(after)) return null;
  return { first: at, end: h.end, resolution: h.resolution };
}

/** The person named at o (after a title): known, of this article, a transliteration, or new. */
export function holderAt(scan: SentenceScan, o: number): { end: number; resolution: Resolution } | null {
  const t = scan.tokens[o];
  if (!t?.word || !t.capital) return null;
  const named = longestName(scan.gazetteer, scan.tokens, o);
  if (named) {
    const entry = chooseEntry(named.entries, false, "Person");
    if (entry.candidate.type === "Person") return { end: named.end, resolution: toResolution(entry) };
  }
  const end = nameEnd(scan, o);
  if (end <= o) return null;
  const text = spanOf(scan, o, end).text;
  const words = text.toLowerCase().split(/\s+/);
  const local = localPerson(scan.entities, words.join(" ")) ?? localPerson(scan.entities, words[words.length - 1]!);
  if (local) return { end, resolution: local };
  const translit = transliterationOf(scan.gazetteer, text, "Person");
  if (translit) return { end, resolution: translit };
  return { end, resolution: newResolution({ id: slugify(text), name: text, type: "Person", existing: null }) };
}

export function byId(scan: SentenceScan, id: string | undefined): EntityCandidate | null {
  return id ? (scan.gazetteer.byId.get(id) ?? null) : null;
}

/** "Foreign Ministers Marco Rubio and Sergei Lavrov": one or more names after the title. */
export function namedHolders(scan: SentenceScan, o: number): { first: number; end: number; resolution: Resolution }[] {
  const out: { first: number; end: number; resolution: Resolution }[] = [];
  let at = o;
  while (true) {
    while (HONORIFICS.has(scan.tokens[at]?.norm ?? "") && scan.tokens[at + 1]?.capital) at++;
    const h = holderAt(scan, at);
    if (!h) break;
    out.push({ first: at, end: h.end, resolution: h.resolution });
    // "President Trump and President Putin": the second name has its own title, parsed on its own.
    if (scan.tokens[h.end]?.norm !== "and" || !scan.tokens[h.end + 1]?.capital || titleStartsAt(scan, h.end + 1)) break;
    at = h.end + 1;
  }
  return out;
}

/** A title (with or without a polity before it) begins at `at`. */
export function titleStartsAt(scan: SentenceScan, at: number): boolean {
  let k = at;
  const polity = polityAt(scan, k);
  if (polity) k = polity.end;
  while (TITLE_ADJECTIVES.has(scan.tokens[k]?.norm ?? "")) k++;
  return officeAt(scan, k) !== null;
}
