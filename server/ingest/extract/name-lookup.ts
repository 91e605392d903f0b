// Looking names up at a token position: the longest gazetteer match (case rules, context choice
// between a capital as place and as government), names first seen in this article, and
// transliterations of known names.

import type { EntityType } from "../../../graph-schema/index.js";
import type { NameEntry } from "./candidates.js";
import type { Gazetteer } from "./gazetteer.js";
import type { ArticleEntities, Resolution } from "./registry.js";
import type { Token } from "./text.js";
import { nameSimilarity, phoneticKey, TRANSLITERATION_THRESHOLD } from "./transliteration.js";

export interface NameMatch {
  end: number;
  entries: NameEntry[];
}

/** Key of tokens [i, j): folded words, glued dots dropped ("financialpost.com" → "financialpost com"). */
function keyOf(tokens: readonly Token[], i: number, j: number): string | null {
  const words: string[] = [];
  for (let k = i; k < j; k++) {
    const t = tokens[k]!;
    if (t.word || t.norm === "-" || t.norm === "&") words.push(t.norm);
    else if (t.norm !== "." || k === i || k === j - 1) return null;
  }
  return words.join(" ");
}

function caseFits(entry: NameEntry, first: Token): boolean {
  if (!/^\p{Lu}/u.test(entry.form)) return true;
  if (!first.capital) return false;
  // Short codes (US, UN, EU) must be in capitals in the text too.
  if (/^[A-Z.]{2,5}$/.test(entry.form)) return first.text === first.text.toUpperCase();
  return true;
}

export function longestName(gazetteer: Gazetteer, tokens: readonly Token[], i: number): NameMatch | null {
  const first = tokens[i];
  if (!first?.word) return null;
  for (let j = Math.min(tokens.length, i + gazetteer.maxNameWords + 2); j > i; j--) {
    const key = keyOf(tokens, i, j);
    if (!key) continue;
    const entries = gazetteer.names.get(key)?.filter((e) => caseFits(e, first));
    if (entries && entries.length > 0) return { end: j, entries };
  }
  return null;
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
      if (e.method === "stand-in" || !(e.candidate.existing || gazetteer.officials.has(e.candidate.id))) continue;
      const key = bucketOf(e.form);
      map.set(key, [...(map.get(key) ?? []), e]);
    }
  buckets.set(gazetteer, map);
  return map;
}

/**
 * A known name spelt differently (Peskow/Peskov): compared with names and aliases of the graph's
 * entities and of current officials of `type` (any type when null) that have as many words; the
 * best score above the threshold wins.
 */
export function transliterationOf(gazetteer: Gazetteer, text: string, type: EntityType | null): Resolution | null {
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
