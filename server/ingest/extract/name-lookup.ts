// Looking names up at a token position: the longest gazetteer match (case rules, context choice
// between a capital as place and as government), names first seen in this article, and
// transliterations of known names.

import { LRUCache } from "lru-cache";
import { withoutInnerThe, type EntityType } from "../../../graph-schema/index.js";
import type { NameEntry } from "./candidates.js";
import type { Gazetteer } from "./gazetteer.js";
import type { ArticleEntities, Resolution } from "./registry.js";
import type { Token } from "./text.js";
import { nameSimilarity, phoneticKey, TRANSLITERATION_THRESHOLD } from "./transliteration.js";

export interface NameMatch {
  end: number;
  entries: NameEntry[];
}

/**
 * Keys of tokens [i, j) for every j from i + 1 up to `limit`, shortest first: folded words, glued
 * dots dropped ("financialpost.com" → "financialpost com"); null where [i, j) ends on a dot. Built in
 * one pass, since every lookup at a token tries each length.
 */
function keysFrom(tokens: readonly Token[], i: number, limit: number): (string | null)[] {
  const keys: (string | null)[] = [];
  let key = "";
  for (let k = i; k < limit; k++) {
    const t = tokens[k]!;
    if (t.word || t.norm === "-" || t.norm === "&") {
      key = k === i ? t.norm : `${key} ${t.norm}`;
      keys.push(key);
    } else if (t.norm === "." && k > i) keys.push(null);
    else break;
  }
  return keys;
}

function caseFits(entry: NameEntry, first: Token): boolean {
  if (!/^\p{Lu}/u.test(entry.form)) return true;
  if (!first.capital) return false;
  // Short codes (US, UN, EU) must be in capitals in the text too.
  if (/^[A-Z.]{2,5}$/.test(entry.form)) return first.text === first.text.toUpperCase();
  return true;
}

const firstWords = new WeakMap<Gazetteer, Set<string>>();

/** The first words of the gazetteer's names: a token that begins none starts no name (most do not). */
function firstWordsOf(gazetteer: Gazetteer): Set<string> {
  let words = firstWords.get(gazetteer);
  if (!words) {
    words = new Set([...gazetteer.names.keys()].map((key) => key.split(" ")[0]!));
    firstWords.set(gazetteer, words);
  }
  return words;
}

/**
 * The longest gazetteer name at token i. `named`: whether the article named an entity so far, for a
 * short name ("Congo") that means the state named in full ("Democratic Republic of Congo"); without
 * it short names are not read.
 */
export function longestName(
  gazetteer: Gazetteer,
  tokens: readonly Token[],
  i: number,
  named?: (id: string) => boolean,
): NameMatch | null {
  const first = tokens[i];
  if (!first?.word || !firstWordsOf(gazetteer).has(first.norm)) return null;
  const keys = keysFrom(tokens, i, Math.min(tokens.length, i + gazetteer.maxNameWords + 2));
  for (let n = keys.length; n > 0; n--) {
    const key = keys[n - 1];
    if (!key) continue;
    // An inner "the" is no part of a name's key ("Republic of the Congo", "Republic of Congo").
    const spelt =
      gazetteer.names.get(key) ?? (key.includes(" the ") ? gazetteer.names.get(withoutInnerThe(key)) : undefined);
    const entries =
      spelt &&
      inArticle(
        spelt.filter((e) => caseFits(e, first)),
        named,
      );
    if (entries && entries.length > 0) return { end: i + n, entries };
  }
  return null;
}

/** A short name's entry when the article named its state in full, in place of the states it names alone. */
function inArticle(entries: NameEntry[], named: ((id: string) => boolean) | undefined): NameEntry[] {
  if (!entries.some((e) => e.shortFor)) return entries;
  const meant = entries.filter((e) => e.shortFor && named?.(e.candidate.id));
  if (meant.length === 0) return entries.filter((e) => !e.shortFor);
  return [...meant, ...entries.filter((e) => !e.shortFor && e.candidate.type !== "State")];
}

/** Chooses among the entries of one spelling: a place after "in"/"at", otherwise an actor. */
export function chooseEntry(entries: readonly NameEntry[], locative: boolean, wanted?: EntityType): NameEntry {
  const score = (e: NameEntry): number =>
    (wanted && e.candidate.type === wanted ? 100 : 0) +
    ((e.candidate.type === "Place") === locative ? 10 : 0) +
    (e.candidate.existing ? 2 : 0) +
    e.score;
  return entries.reduce((best, e) => (score(e) > score(best) ? e : best));
}

export function toResolution(entry: NameEntry): Resolution {
  return { candidate: entry.candidate, method: entry.method, score: entry.score, note: entry.note };
}

/** Bucket of a name for fuzzy lookup: word count and the first letter of its last word's phonetic key. */
function bucketOf(form: string): string {
  const words = form.split(/\s+/);
  return `${words.length}:${phoneticKey(words[words.length - 1] ?? "").slice(0, 1)}`;
}

const buckets = new WeakMap<Gazetteer, Map<string, NameEntry[]>>();

function fuzzyBuckets(gazetteer: Gazetteer): Map<string, NameEntry[]> {
  let map = buckets.get(gazetteer);
  if (map) return map;
  map = new Map();
  for (const entries of gazetteer.names.values())
    for (const e of entries) {
      if (e.method === "stand-in" || e.shortFor || !(e.candidate.existing || gazetteer.officials.has(e.candidate.id)))
        continue;
      const key = bucketOf(e.form);
      map.set(key, [...(map.get(key) ?? []), e]);
    }
  buckets.set(gazetteer, map);
  return map;
}

/** Answers of transliterationOf per gazetteer, by type and text: an article names the same people again and again. */
const transliterations = new WeakMap<Gazetteer, LRUCache<string, { found: Resolution | null }>>();
/** Bounded in entries and in characters of the texts kept (a hostile text may make one name very long). */
const MAX_CACHED_TRANSLITERATIONS = 10_000;
const MAX_CACHED_TRANSLITERATION_CHARS = 1_000_000;

/**
 * A known name spelt differently (Peskow/Peskov): compared with names and aliases of the graph's
 * entities and of current officials of `type` (any type when null) that have as many words; the
 * best score above the threshold wins.
 */
export function transliterationOf(gazetteer: Gazetteer, text: string, type: EntityType | null): Resolution | null {
  let cache = transliterations.get(gazetteer);
  if (!cache) {
    cache = new LRUCache({
      max: MAX_CACHED_TRANSLITERATIONS,
      maxSize: MAX_CACHED_TRANSLITERATION_CHARS,
      sizeCalculation: (_answer, key) => Math.max(1, key.length),
    });
    transliterations.set(gazetteer, cache);
  }
  const key = `${type ?? ""}:${text}`;
  let answer = cache.get(key);
  if (!answer) {
    answer = { found: closestSpelling(gazetteer, text, type) };
    cache.set(key, answer);
  }
  // A copy: callers own the resolution they are given.
  return answer.found && { ...answer.found };
}

function closestSpelling(gazetteer: Gazetteer, text: string, type: EntityType | null): Resolution | null {
  let best: Resolution | null = null;
  for (const e of fuzzyBuckets(gazetteer).get(bucketOf(text)) ?? []) {
    if (type && e.candidate.type !== type) continue;
    const score = nameSimilarity(text, e.form);
    if (score >= TRANSLITERATION_THRESHOLD && score > (best?.score ?? 0))
      best = {
        candidate: e.candidate,
        method: "transliteration",
        score,
        note: `'${text}' read as '${e.form}' (spelling similarity ${score.toFixed(2)})`,
      };
  }
  return best;
}

/** A person named earlier in this article, by full name or surname. */
export function localPerson(entities: ArticleEntities, key: string): Resolution | null {
  const c = entities.localPerson(key);
  return c ? { candidate: c, method: c.existing ? "alias" : "new", score: 0.9, note: null } : null;
}
