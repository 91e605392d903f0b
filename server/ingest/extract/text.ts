// Tokens with their offsets into the article, a folded form for matching and a crude stem so
// trigger tables can be written once per lemma ("offer" matches offered/offers/offering).

import { foldCaseAndAccents } from "../../../graph-schema/index.js";

export interface Token {
  text: string;
  /** JS string indices into the article text (end exclusive). */
  start: number;
  end: number;
  /** Lower-case, diacritics and curly quotes folded: what lookups compare. */
  norm: string;
  stem: string;
  /** Starts with a capital letter (or is an all-capital code such as U.S.). */
  capital: boolean;
  /** Letters or digits (not punctuation). */
  word: boolean;
}

/**
 * Case and accents folded as names are (graph-schema), typographic quotes and dashes made plain
 * so "Peskow’s" and "Peskow's" compare equal; punctuation stays, as tokens need it.
 */
export function fold(text: string): string {
  return foldCaseAndAccents(text)
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[‐‑‒–—−]/g, "-");
}

const IRREGULAR: Readonly<Record<string, string>> = {
  met: "meet",
  held: "hold",
  spoke: "speak",
  spoken: "speak",
  told: "tell",
  said: "say",
  says: "say",
  sought: "seek",
  gave: "give",
  given: "give",
  took: "take",
  taken: "take",
  made: "make",
  brought: "bring",
  struck: "strike",
  began: "begin",
  begun: "begin",
  broke: "break",
  broken: "break",
  led: "lead",
  sent: "send",
  found: "find",
  sold: "sell",
  paid: "pay",
  threw: "throw",
  withdrew: "withdraw",
  withdrawn: "withdraw",
  underwent: "undergo",
  fought: "fight",
  rode: "ride",
  flew: "fly",
  drew: "draw",
  won: "win",
  lost: "lose",
  kept: "keep",
  ran: "run",
  hit: "hit",
  cut: "cut",
  put: "put",
  set: "set",
  wrote: "write",
  written: "write",
  came: "come",
  went: "go",
  gone: "go",
  saw: "see",
  seen: "see",
  chose: "choose",
  chosen: "choose",
  bore: "bear",
  borne: "bear",
  stood: "stand",
  wed: "wed",
  news: "news",
  was: "be",
  were: "be",
  is: "be",
  are: "be",
  been: "be",
  has: "have",
  had: "have",
  did: "do",
  does: "do",
};

/**
 * A suffix-stripping stem applied alike to the trigger tables and to the text, so only
 * consistency matters: urge/urged/urging → "urg", supply/supplied → "suppli", call/called → "cal".
 */
export function stem(word: string): string {
  let w = IRREGULAR[word] ?? word;
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith("ings") && w.length > 6) w = w.slice(0, -1);
  if (/ie[sd]$/.test(w) && w.length > 4) w = w.slice(0, -3) + "i";
  else if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("eed")) w = w.slice(0, -1);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  else if (/(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("y")) w = w.slice(0, -1) + "i";
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  if (/([bdgklmnprtz])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

// Dotted abbreviations (U.S., U.A.E.), words with inner apostrophes or dots (D'Ivoire, financialpost.com
// stays split), then any other single character.
const TOKEN = /(?:[A-Za-z]\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|\S/gu;

/** Tokens of `text[from, to)` with offsets into the whole text; a trailing 's is its own token. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const start = from + (m.index ?? 0);
    const raw = m[0];
    const possessive = /^(.+[\p{L}\p{N}])(['’]s)$/u.exec(raw);
    if (possessive?.[1] && possessive[2]) {
      tokens.push(makeToken(possessive[1], start));
      tokens.push(makeToken(possessive[2], start + possessive[1].length));
    } else tokens.push(makeToken(raw, start));
  }
  return tokens;
}

function makeToken(text: string, start: number): Token {
  const norm = fold(text);
  return {
    text,
    start,
    end: start + text.length,
    norm,
    stem: stem(norm),
    capital: /^\p{Lu}/u.test(text),
    word: /[\p{L}\p{N}]/u.test(text),
  };
}

/** Folded word keys of a name, the way mentions are looked up ("U.S." → ["u.s."]). */
export function nameKey(name: string): string {
  return tokenize(name)
    .filter((t) => t.word || t.norm === "&" || t.norm === "-")
    .map((t) => t.norm)
    .join(" ");
}
