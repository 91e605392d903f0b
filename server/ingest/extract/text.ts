// The token layer: tokens with their offsets into the article, a folded form for lookups, and the
// lemmas and parts of speech compromise reads in the form (word-senses.ts), so trigger tables are
// written once per lemma ("offer" matches offered/offers/offering, "state" not "statement").

import { foldCaseAndAccents } from "../../../graph-schema/index.js";
import { DETERMINERS } from "./lexicon.js";
import { nounReadings, sensesOf, type WordSense } from "./word-senses.js";

export type { PartOfSpeech, WordSense } from "./word-senses.js";

export interface Token {
  readonly text: string;
  /** JS string indices into the article text (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Lower-case, diacritics and curly quotes folded: what lookups compare. */
  readonly norm: string;
  /** The lemma of the form's first reading (its verb reading when it has one). */
  readonly lemma: string;
  /** Every reading of the form: lemma and part of speech. */
  readonly senses: readonly WordSense[];
  /** Starts with a capital letter (or is an all-capital code such as U.S.). */
  readonly capital: boolean;
  /** Letters or digits (not punctuation). */
  readonly word: boolean;
}

/** Past this many texts a per-process cache starts again. */
const MAX_CACHED_FORMS = 100_000;
/** Words and names are folded again and again (kept per process, bounded); longer texts are not kept. */
const MAX_CACHED_FOLD_LENGTH = 64;
const folds = new Map<string, string>();

/**
 * Case and accents folded as names are (graph-schema), typographic quotes and dashes made plain
 * so "Peskow’s" and "Peskow's" compare equal; punctuation stays, as tokens need it.
 */
export function fold(text: string): string {
  if (text.length > MAX_CACHED_FOLD_LENGTH) return foldUncached(text);
  let folded = folds.get(text);
  if (folded === undefined) {
    folded = foldUncached(text);
    if (folds.size >= MAX_CACHED_FORMS) folds.clear();
    folds.set(text, folded);
  }
  return folded;
}

function foldUncached(text: string): string {
  return foldCaseAndAccents(text)
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[‐‑‒–—−]/g, "-");
}

/** What a token's text alone decides, kept per text: the same words recur in every article. */
interface Form {
  norm: string;
  capital: boolean;
  word: boolean;
}

const forms = new Map<string, Form>();

function formOf(text: string): Form {
  let form = forms.get(text);
  if (!form) {
    form = { norm: fold(text), capital: /^\p{Lu}/u.test(text), word: /[\p{L}\p{N}]/u.test(text) };
    // A hostile text may hold one huge "word": only short ones are kept.
    if (text.length > MAX_CACHED_FOLD_LENGTH) return form;
    if (forms.size >= MAX_CACHED_FORMS) forms.clear();
    forms.set(text, form);
  }
  return form;
}

/** A token whose readings are looked up when first asked for: names and punctuation seldom are. */
class LayerToken implements Token {
  readonly end: number;
  readonly norm: string;
  readonly capital: boolean;
  readonly word: boolean;
  private readings: readonly WordSense[] | null = null;

  constructor(
    readonly text: string,
    readonly start: number,
    private readonly afterDeterminer: boolean,
  ) {
    this.end = start + text.length;
    const form = formOf(text);
    this.norm = form.norm;
    this.capital = form.capital;
    this.word = form.word;
  }

  get senses(): readonly WordSense[] {
    if (!this.readings) {
      const all = sensesOf(this.norm);
      this.readings = this.afterDeterminer ? nounReadings(all) : all;
    }
    return this.readings;
  }

  get lemma(): string {
    return this.senses[0]?.lemma ?? this.norm;
  }
}

// Dotted abbreviations (U.S., U.A.E.), words with inner apostrophes or dots (D'Ivoire, financialpost.com
// stays split), then any other single character.
const TOKEN = /(?:[A-Za-z]\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|\S/gu;

/** Pieces of `text[from, to)` as [text, start] with offsets into the whole text; a trailing 's is its own piece. */
function pieces(text: string, from: number, to: number): [string, number][] {
  const out: [string, number][] = [];
  for (const m of text.slice(from, to).matchAll(TOKEN)) {
    const start = from + (m.index ?? 0);
    const raw = m[0];
    const possessive = /^(.+[\p{L}\p{N}])(['’]s)$/u.exec(raw);
    if (possessive?.[1] && possessive[2]) {
      out.push([possessive[1], start]);
      out.push([possessive[2], start + possessive[1].length]);
    } else out.push([raw, start]);
  }
  return out;
}

/**
 * Tokens of `text[from, to)` with offsets into the whole text, each with its readings; after a
 * determiner or a possessive a form that can be a noun is read as one ("the state oil company").
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  let previous = "";
  return pieces(text, from, to).map(([raw, start]) => {
    const token = new LayerToken(raw, start, DETERMINERS.has(previous) || previous === "'s");
    previous = token.norm;
    return token;
  });
}

/** Folded word keys of a name, the way mentions are looked up ("U.S." → ["u.s."]). */
export function nameKey(name: string): string {
  return pieces(name, 0, name.length)
    .map(([raw]) => fold(raw))
    .filter((norm) => /[\p{L}\p{N}]/u.test(norm) || norm === "&" || norm === "-")
    .join(" ");
}
