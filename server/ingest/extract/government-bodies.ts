// A state's own body named in lower case ("China's foreign ministry", "the Egyptian defence
// ministry", "Russia's embassy"): an organization of that state, so the body acts, not the state.

import { GOVERNMENT_BODY_KIND, type EntityCandidate } from "./candidates.js";
import type { Gazetteer } from "./gazetteer.js";
import { GOVERNMENT_BODY_DOMAINS, GOVERNMENT_BODY_HEADS } from "./lexicon.js";
import type { Mention } from "./mention-types.js";
import { longestName, toResolution } from "./name-lookup.js";
import { officeByPhrase } from "./roles.js";
import { makeMention, namedSoFar, newResolution, type SentenceScan } from "./sentence-scan.js";
import { nameKey } from "./text.js";
import { slugify } from "../merge-keys.js";

const MAX_DOMAIN_WORDS = 3;

interface Owner {
  state: EntityCandidate;
  /** First token after the owner ("foreign" in "China's foreign ministry"). */
  next: number;
  /** The state's name before "'s": a mention of the state as well, though not as the actor. */
  named?: Mention;
}

/** The state at i as a body's owner: a capitalised demonym, or a state's name followed by "'s". */
function ownerAt(scan: SentenceScan, i: number): Owner | null {
  const token = scan.tokens[i]!;
  if (!token.capital) return null;
  const demonym = scan.gazetteer.demonyms.get(token.norm);
  if (demonym?.type === "State") return { state: demonym, next: i + 1 };
  // Only a possessive can make a state's name an owner: look the name up only when one follows.
  const reach = scan.tokens.slice(i + 1, i + 2 + scan.gazetteer.maxNameWords);
  if (!reach.some((t) => t.norm === "'s")) return null;
  const named = longestName(scan.gazetteer, scan.tokens, i, namedSoFar(scan));
  if (!named || scan.tokens[named.end]?.norm !== "'s") return null;
  const entry = named.entries.find((e) => e.candidate.type === "State" && e.method !== "stand-in");
  if (!entry) return null;
  const mention = makeMention(scan, i, named.end, toResolution(entry), { titlePart: true });
  return { state: entry.candidate, next: named.end + 1, named: mention };
}

/** The body words after the owner: domain words, then a head ("foreign ministry"), as token end and words. */
function bodyWords(scan: SentenceScan, from: number): { end: number; words: string[] } | null {
  const words: string[] = [];
  let j = from;
  while (j < scan.tokens.length && words.length <= MAX_DOMAIN_WORDS) {
    const norm = scan.tokens[j]!.norm;
    if (GOVERNMENT_BODY_HEADS.has(norm))
      return holdsOffice(scan, j + 1) ? null : { end: j + 1, words: [...words, norm] };
    if (!GOVERNMENT_BODY_DOMAINS.has(norm)) return null;
    words.push(norm);
    j++;
  }
  return null;
}

/** "foreign ministry spokesman": an office of the body follows, so the phrase is a person's title. */
function holdsOffice(scan: SentenceScan, at: number): boolean {
  const next = scan.tokens.slice(at, at + 2).map((t) => t.norm);
  return officeByPhrase(next[0] ?? "") !== undefined || officeByPhrase(next.join(" ")) !== undefined;
}

/** The state's demonym as written in names ("Chinese"), or its name when it has none. */
function adjectiveOf(gazetteer: Gazetteer, state: EntityCandidate): string {
  for (const [key, c] of gazetteer.demonyms)
    if (c.id === state.id && !key.includes(" ")) return key.charAt(0).toUpperCase() + key.slice(1);
  return state.name;
}

/**
 * "China's foreign ministry" at i: the graph's body of that name, or a new one tied to the state,
 * after the state's name as a mention that is no actor; nothing when there is no body.
 */
export function governmentBodyAt(scan: SentenceScan, i: number): Mention[] {
  const owner = ownerAt(scan, i);
  const body = owner && bodyMention(scan, i, owner);
  if (!body) return [];
  return owner.named ? [owner.named, body] : [body];
}

function bodyMention(scan: SentenceScan, i: number, owner: Owner): Mention | null {
  // "the Egyptian Ministry of Water Resources": a capitalised name is read whole elsewhere.
  if (owner.next === i + 1 && scan.tokens[owner.next]?.capital) return null;
  const body = bodyWords(scan, owner.next);
  if (!body) return null;
  const name = `${adjectiveOf(scan.gazetteer, owner.state)} ${body.words.join(" ")}`;
  const known = [name, `${owner.state.name} ${body.words.join(" ")}`]
    .flatMap((n) => scan.gazetteer.names.get(nameKey(n)) ?? [])
    .find((e) => e.candidate.type === "Organization");
  if (known) return makeMention(scan, i, body.end, toResolution(known));
  const candidate: EntityCandidate = {
    id: slugify(name),
    name,
    type: "Organization",
    existing: null,
    kind: GOVERNMENT_BODY_KIND,
    country: owner.state.id,
  };
  scan.local.countryOf.set(candidate.id, owner.state.id);
  return makeMention(scan, i, body.end, newResolution(candidate, `body of ${owner.state.name}`));
}
