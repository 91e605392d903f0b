// Matching names across transliterations (Peskow/Peskov, Dmitri/Dmitry, Tehran/Teheran): a
// phonetic key that merges spellings of the same sound, then an edit distance on those keys.

import { fold } from "./text.js";

const RULES: readonly [RegExp, string][] = [
  [/[^a-z ]/g, ""],
  [
    /sch|sh|ch|tch|zh|kh/g,
    (s: string) => ({ sch: "s", sh: "s", ch: "c", tch: "c", zh: "j", kh: "h" })[s] ?? s,
  ] as never,
  [/ph/g, "f"],
  [/gh|dh|th/g, (s: string) => ({ gh: "k", dh: "d", th: "t" })[s] ?? s] as never,
  [/ck|q|c(?=[aou])/g, "k"],
  [/ff\b/g, "v"],
  [/w/g, "v"],
  [/dj|dzh/g, "j"],
  [/ts|tz/g, "c"],
  // German and Slavic spellings: a voiced s is written z ("Selenskyj"/"Zelensky", "Peseschkian"/"Pezeshkian").
  [/z/g, "s"],
  [/ou|oo/g, "u"],
  [/ee|ie\b/g, "i"],
  // A final j, ij or yj is the German and Polish ending of -i/-y ("Sergej", "Jurij", "Dmitrij", "Selenskyj").
  [/[iy]j\b/g, "i"],
  [/j\b/g, "i"],
  [/[yj](?=[aeiou])/g, "i"],
  [/y/g, "i"],
  [/h\b/g, ""],
  [/e(?=[aou])/g, ""],
  [/(.)\1+/g, "$1"],
];

/** A spelling-insensitive key of one word: "peskow" and "peskov" → "peskov", "dmitri"/"dmitry" → "dmitri". */
export function phoneticKey(word: string): string {
  let key = fold(word);
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement as string);
  return key;
}

const VOWEL = /[aeiou]/;

/** Cost of one edit: vowels and h (often dropped or added in transliteration) cost less. */
function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return VOWEL.test(a) && VOWEL.test(b) ? 0.4 : 1;
}
function indelCost(c: string): number {
  return VOWEL.test(c) || c === "h" ? 0.5 : 1;
}

/** Weighted Levenshtein distance (see the costs above). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = [0];
  for (let j = 1; j <= b.length; j++) previous.push((previous[j - 1] ?? 0) + indelCost(b[j - 1] ?? ""));
  for (let i = 1; i <= a.length; i++) {
    const ca = a[i - 1] ?? "";
    const current = [(previous[0] ?? 0) + indelCost(ca)];
    for (let j = 1; j <= b.length; j++) {
      const cb = b[j - 1] ?? "";
      current.push(
        Math.min(
          (previous[j] ?? 0) + indelCost(ca),
          (current[j - 1] ?? 0) + indelCost(cb),
          (previous[j - 1] ?? 0) + substitutionCost(ca, cb),
        ),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** 0..1 similarity of two words: 1 same spelling, 0.92 same phonetic key, less with each edit of the keys. */
export function wordSimilarity(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return 1;
  const ka = phoneticKey(fa);
  const kb = phoneticKey(fb);
  if (ka === kb && ka.length >= 3) return 0.92;
  const longest = Math.max(ka.length, kb.length);
  if (longest < 5) return 0; // short words differ too much with one edit to say anything
  return Math.max(0, Math.min(0.9, 1 - (editDistance(ka, kb) / longest) * 1.2));
}

/**
 * Similarity of two names of the same number of words (word by word, the weakest counts most);
 * 0 when the word counts differ. A score ≥ TRANSLITERATION_THRESHOLD is taken as the same name.
 */
export function nameSimilarity(a: string, b: string): number {
  const wa = fold(a)
    .split(/[\s-]+/)
    .filter(Boolean);
  const wb = fold(b)
    .split(/[\s-]+/)
    .filter(Boolean);
  if (wa.length === 0 || wa.length !== wb.length) return 0;
  const scores = wa.map((w, i) => wordSimilarity(w, wb[i] ?? ""));
  const weakest = Math.min(...scores);
  if (weakest < 0.75) return 0;
  const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
  return (weakest + mean) / 2;
}

export const TRANSLITERATION_THRESHOLD = 0.85;
