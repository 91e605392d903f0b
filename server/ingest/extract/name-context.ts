// The type of an unknown capitalised name that neither its words nor the tagger decide, read from
// the words around it: "in Naqoura", "the cities of Goma and Bukavu" (places); "the firm Kongsberg",
// "the M23 rebels" (organizations); "Fumio Kishida and Xi Jinping", "the foreign policy chief, Kaja
// Kallas," "Bidzina Ivanishvili, the billionaire founder" (people). Every cue word is a lexicon list.

import type { NameClass } from "./classify.js";
import {
  ARMED_GROUP_NOUNS,
  MEDIA_DESCRIPTORS,
  ORGANIZATION_DESCRIPTORS,
  PERSON_DESCRIPTORS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
} from "./lexicon.js";
import { longestName } from "./name-lookup.js";
import type { SentenceScan } from "./sentence-scan.js";
import type { Token } from "./text.js";

/** Words that may stand between a descriptor and the names it introduces ("firms such as Repsol"). */
const LISTING = [["such", "as"], ["including"], [","]] as const;

/**
 * The class a describing noun gives the unknown name at tokens [first, end) ("the firm Kongsberg",
 * "the towns of Goma and Bukavu", "the M23 rebel offensive"): it outweighs the tagger's guess.
 */
export function describedClass(scan: SentenceScan, first: number, end: number): NameClass | null {
  const t = scan.tokens;
  if (t[end]?.norm === "'s") return null;
  const k = listStart(t, first);
  if (t[k - 1]?.norm === "of" && PLACE_NOUNS.has(t[k - 2]?.norm ?? "") && !beforeNoun(t, end))
    return { type: "Place", kind: "place" };
  return organizationAround(t, first, end);
}

/** The class weaker cues give the name, for when the tagger says nothing: "in Naqoura", "Kaja Kallas, who". */
export function contextClass(scan: SentenceScan, first: number, end: number): NameClass | null {
  const t = scan.tokens;
  if (t[end]?.norm === "'s") return null;
  return placeBefore(t, first, end) ?? personAround(scan, first, end);
}

/** The word before the name, or before the list of names it ends ("Goma and Bukavu"). */
function listStart(t: readonly Token[], first: number): number {
  let k = first;
  // "the cities of Goma and Bukavu": a second name of a list takes the cue of the first.
  if (t[k - 1]?.norm === "and" && t[k - 2]?.capital) {
    k -= 2;
    while (k > 0 && t[k - 1]!.capital && t[k - 1]!.word) k--;
  }
  return k;
}

/** "in Middle Eastern affairs": a name before a lower-case noun is said of the noun, not a place. */
function beforeNoun(t: readonly Token[], end: number): boolean {
  const next = t[end];
  return !!next?.word && !next.capital && next.senses.some((r) => r.pos === "noun");
}

function placeBefore(t: readonly Token[], first: number, end: number): NameClass | null {
  if (beforeNoun(t, end)) return null;
  return PLACE_PREPOSITIONS.has(t[listStart(t, first) - 1]?.norm ?? "") ? { type: "Place", kind: "place" } : null;
}

function organizationAround(t: readonly Token[], first: number, end: number): NameClass | null {
  if (ARMED_GROUP_NOUNS.has(t[end]?.norm ?? "")) return { type: "Organization", kind: "armed group" };
  let k = listStart(t, first);
  for (const words of LISTING)
    if (words.every((w, n) => t[k - words.length + n]?.norm === w)) {
      k -= words.length;
      break;
    }
  if (t[k - 1]?.norm === "the" && t[k - 2]?.norm === ",") k -= 2; // "the opposition party, the Kuomintang"
  const descriptor = t[k - 1]?.norm ?? "";
  if (MEDIA_DESCRIPTORS.has(descriptor)) return { type: "Organization", kind: "media" };
  return ORGANIZATION_DESCRIPTORS.has(descriptor) ? { type: "Organization", kind: "organization" } : null;
}

function personAround(scan: SentenceScan, first: number, end: number): NameClass | null {
  const t = scan.tokens;
  const person: NameClass = { type: "Person" };
  if (end - first < 2) return null;
  // "Fumio Kishida and Xi Jinping": joined to a person the gazetteer knows.
  if (t[end]?.norm === "and") {
    const other = longestName(scan.gazetteer, t, end + 1);
    if (other?.entries.every((e) => e.candidate.type === "Person")) return person;
  }
  // "the foreign policy chief, Kaja Kallas,": in apposition after a word for a person.
  if (
    t[first - 1]?.norm === "," &&
    PERSON_DESCRIPTORS.has(t[first - 2]?.norm ?? "") &&
    [",", "."].includes(t[end]?.norm ?? "")
  )
    return person;
  // "Bidzina Ivanishvili, the billionaire founder of ..." / "..., who made his fortune".
  if (t[end]?.norm !== ",") return null;
  if (t[end + 1]?.norm === "who") return person;
  if (t[end + 1]?.norm !== "the") return null;
  for (let k = end + 2; k < end + 5 && t[k]?.word; k++) if (PERSON_DESCRIPTORS.has(t[k]!.norm)) return person;
  return null;
}
