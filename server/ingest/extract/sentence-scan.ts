// The scanning toolkit the mention annotators share: the sentence being scanned, mention records
// with their spans, gazetteer names at a token, capitalised runs and new organisations. It imports
// no annotator, so mentions, titles and pronouns read it without importing each other.

import type { TextSpan } from "../../../graph-schema/index.js";
import type { EntityCandidate } from "./candidates.js";
import { classifyByWords, type SentenceTagger } from "./classify.js";
import type { Gazetteer } from "./gazetteer.js";
import type { Mention } from "./mention-types.js";
import { chooseEntry, longestName, toResolution } from "./name-lookup.js";
import { NAME_PARTICLES, LOCATIVE_PREPOSITIONS } from "./lexicon.js";
import type { ArticleEntities, Resolution } from "./registry.js";
import { slugify } from "../merge-keys.js";
import type { Token } from "./text.js";

export interface SentenceScan {
  text: string;
  /** Offset of the sentence in the article. */
  start: number;
  tokens: Token[];
  gazetteer: Gazetteer;
  entities: ArticleEntities;
  published: string | null;
  tagger: SentenceTagger;
  /** Facts learnt from this article only (new media outlets, new bodies' countries). */
  local: ArticleFacts;
  /** A title-case line (a headline): its capitals do not mark names. */
  titleCase?: boolean;
  /** Mentions found so far in this sentence ("his Iranian counterpart" takes the office of the last person). */
  earlier?: readonly Mention[];
}

/** Most longer words capitalised: a headline written in title case ("Europe Left in the Dark"). */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word && t.norm.length > 3 && /^\p{L}+$/u.test(t.norm));
  return words.length >= 3 && words.filter((t) => t.capital).length >= 0.7 * words.length;
}

export interface ArticleFacts {
  media: Set<string>;
  countryOf: Map<string, string>;
}

/** The state an entity belongs to, from the graph or from this article. */
export function countryOf(scan: { gazetteer: Gazetteer; local: ArticleFacts }, id: string): string | undefined {
  return scan.gazetteer.countryOf.get(id) ?? scan.local.countryOf.get(id);
}

export function spanOf(scan: SentenceScan, first: number, end: number): TextSpan {
  const a = scan.tokens[first]!.start;
  const b = scan.tokens[end - 1]!.end;
  return { start: a, end: b, text: scan.text.slice(a - scan.start, b - scan.start) };
}

export function makeMention(
  scan: SentenceScan,
  first: number,
  end: number,
  resolution: Resolution,
  extra: Partial<Mention> = {},
): Mention {
  const next = scan.tokens[end];
  const previous = scan.tokens[first - 1];
  const possessive = next?.norm === "'s";
  // "anti-US proxies", "pro-Iran militias": an adjective about the name, not the actor.
  const affix = previous?.norm === "-" && ["anti", "pro"].includes(scan.tokens[first - 2]?.norm ?? "");
  return {
    first,
    end,
    resolution,
    span: spanOf(scan, first, end),
    titlePart: false,
    modifier: false,
    possessive,
    // "in Moscow's help" is not a place: a possessive is an actor.
    locative: previous ? LOCATIVE_PREPOSITIONS.has(previous.norm) && !possessive : false,
    viaTitle: false,
    role: null,
    ...extra,
    ...(affix ? { modifier: true } : {}),
  };
}

export function adjectiveResolution(state: EntityCandidate, text: string): Resolution {
  return { candidate: state, method: "stand-in", score: 0.8, note: `adjective '${text}' attributed to ${state.name}` };
}

/** Marks that end a dateline's place names ("SANAA/WASHINGTON, Jan 12 -", "PARIS —"); token norms fold every dash to "-". */
const DATELINE_ENDS = new Set([",", "-"]);

/** The place names in capitals that open a news item: where it was filed, a city, not a government acting. */
function inDateline(tokens: readonly Token[], first: number, end: number): boolean {
  const upper = (t: Token): boolean => t.word && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
  for (let k = 0; k < end; k++) if (!(upper(tokens[k]!) || (k < first && tokens[k]!.norm === "/"))) return false;
  const next = tokens[end]?.norm ?? "";
  return next === "/" || DATELINE_ENDS.has(next);
}

/** A name in a list of places after "in"/"at" ("in New Delhi, Islamabad and Washington"); a list ends in "and". */
function listedPlace(tokens: readonly Token[], first: number, end: number): boolean {
  const joiner = (k: number): boolean => tokens[k]?.norm === "," || tokens[k]?.norm === "and";
  if (!joiner(first - 1) || (tokens[first - 1]!.norm === "," && tokens[end]?.norm !== "and")) return false;
  // "in Doha and Washington said": a name with a verb after it acts.
  const after = tokens[end];
  if (after?.word && !after.capital && after.senses.some((r) => r.pos === "verb")) return false;
  let k = first - 1;
  for (let names = 0; names < MAX_LISTED_PLACES && joiner(k); names++) {
    k--;
    if (!tokens[k]?.capital) return false;
    while (k > 0 && tokens[k - 1]!.capital && tokens[k - 1]!.word) k--;
    if (LOCATIVE_PREPOSITIONS.has(tokens[k - 1]?.norm ?? "")) return true;
    k--;
  }
  return false;
}
const MAX_LISTED_PLACES = 6;

/** A gazetteer name at i (longest), or a capitalised organization name that begins with it. */
export function nameAt(scan: SentenceScan, i: number): Mention | null {
  const match = longestName(scan.gazetteer, scan.tokens, i, namedSoFar(scan));
  if (!match) return null;
  const locative =
    (i > 0 && LOCATIVE_PREPOSITIONS.has(scan.tokens[i - 1]!.norm) && scan.tokens[match.end]?.norm !== "'s") ||
    inDateline(scan.tokens, i, match.end) ||
    listedPlace(scan.tokens, i, match.end);
  const entry = chooseEntry(match.entries, locative);
  const longer = organizationAfter(scan, i, entry.candidate);
  if (longer && longer.end > match.end) return longer;
  return makeMention(scan, i, match.end, toResolution(entry));
}

/** Whether the article named an entity before this point: in earlier sentences or earlier in this one. */
export function namedSoFar(scan: SentenceScan): (id: string) => boolean {
  return (id) =>
    scan.entities.candidate(id) !== undefined || (scan.earlier ?? []).some((m) => m.resolution.candidate.id === id);
}

/** Capitalised words from i, allowing "of"/"for"/"and"/"the" between capitals ("Ministry of Foreign Affairs"). */
export function capitalisedRun(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.word && t.capital && t.norm !== "'s") j++;
    else if (["of", "for", "the", "-"].includes(t.norm) && j > i && tokens[j + 1]?.capital && tokens[j + 1]?.word) {
      // "Bumar-Labedy" joins; a spaced dash ("EL CAIRO - Egypt said") separates.
      if (t.norm === "-" && (t.start !== tokens[j - 1]!.end || tokens[j + 1]!.start !== t.end)) break;
      j++;
    }
    // Name particles: "Mohammed bin Salman", "Hamad al-Thani".
    else if (NAME_PARTICLES.has(t.norm) && j > i && (tokens[j + 1]?.capital || tokens[j + 1]?.norm === "-")) j++;
    else break;
  }
  while (j > i && !tokens[j - 1]!.capital) j--;
  return j;
}

/**
 * "Iranian Foreign Ministry", "Tehran Dialogue Forum": a capitalised run after a demonym or place
 * that ends in an organization word becomes a new organization of that country.
 */
export function organizationAfter(scan: SentenceScan, i: number, country: EntityCandidate): Mention | null {
  const end = capitalisedRun(scan.tokens, i + 1);
  if (end <= i + 1) return null;
  const span = spanOf(scan, i, end);
  const cls = classifyByWords(span.text);
  if (cls?.type !== "Organization") return null;
  const known = longestName(scan.gazetteer, scan.tokens, i);
  if (known && known.end >= end) return null;
  const state = country.type === "State" ? country.id : (countryOf(scan, country.id) ?? null);
  const candidate: EntityCandidate = {
    id: slugify(span.text),
    name: span.text,
    type: "Organization",
    existing: null,
    kind: cls.kind ?? "organization",
    country: state,
  };
  if (state) scan.local.countryOf.set(candidate.id, state);
  return makeMention(scan, i, end, newResolution(candidate));
}

export function newResolution(candidate: EntityCandidate, note: string | null = null): Resolution {
  return { candidate, method: "new", score: 0.7, note };
}
