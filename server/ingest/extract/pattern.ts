// A small pattern language over the token layer's lemmas for trigger tables: words ("offer", any
// form of any reading), a word with a part of speech ("state/verb": "stated", not "statement"),
// alternatives ("mediate|broker"), optional elements ("phone?"), and gaps ("*" = up to five other words).

import { fold, type PartOfSpeech, type Token } from "./text.js";
import { lemmasOf, PARTS_OF_SPEECH, type WordSense } from "./word-senses.js";

/** Lemma → the parts of speech it must be read as (null: any). */
type Lemmas = ReadonlyMap<string, ReadonlySet<PartOfSpeech> | null>;
type Element = { kind: "words"; lemmas: Lemmas; optional: boolean } | { kind: "gap" };

export interface CompiledPattern {
  source: string;
  elements: Element[];
}

function compileWords(words: readonly string[], source: string): Lemmas {
  const lemmas = new Map<string, Set<PartOfSpeech> | null>();
  for (const word of words) {
    const [form = "", pos] = word.split("/");
    if (pos === undefined) {
      for (const lemma of lemmasOf(fold(form))) lemmas.set(lemma, null);
      continue;
    }
    if (!(PARTS_OF_SPEECH as readonly string[]).includes(pos))
      throw new Error(`${source}: unknown part of speech ${pos}`);
    const lemma = fold(form);
    const known = lemmas.get(lemma);
    if (known !== null) lemmas.set(lemma, new Set([...(known ?? []), pos as PartOfSpeech]));
  }
  return lemmas;
}

export function compilePattern(pattern: string): CompiledPattern {
  const elements: Element[] = pattern
    .trim()
    .split(/\s+/)
    .map((part) => {
      if (part === "*") return { kind: "gap" };
      const optional = part.endsWith("?");
      const words = (optional ? part.slice(0, -1) : part).split("|");
      return { kind: "words", lemmas: compileWords(words, pattern), optional };
    });
  return { source: pattern, elements };
}

/** The token has a reading the element accepts. */
export function tokenMatches(lemmas: Lemmas, token: Token | undefined): boolean {
  if (!token) return false;
  for (const sense of token.senses) {
    const pos = lemmas.get(sense.lemma);
    if (pos === null || pos?.has(sense.pos)) return true;
  }
  return false;
}

const GAP = 5;

/**
 * Matches at token `i`: the end index (exclusive) of the shortest match, or -1. `blocked(k)` marks
 * tokens a gap may not cross (entity mentions, clause punctuation).
 */
export function matchAt(
  p: CompiledPattern,
  tokens: readonly Token[],
  i: number,
  blocked: (k: number) => boolean,
): number {
  // Most calls fail on the first word: decided before any matching state is set up.
  const first = p.elements[0];
  if (first?.kind === "words" && !first.optional && !tokenMatches(first.lemmas, tokens[i])) return -1;
  return matchFrom(p.elements, 0, tokens, i, blocked);
}

/** The end of the shortest match of elements[e..] from token k, or -1 (module-level: no closure per call). */
function matchFrom(
  elements: readonly Element[],
  e: number,
  tokens: readonly Token[],
  k: number,
  blocked: (k: number) => boolean,
): number {
  if (e === elements.length) return k;
  const el = elements[e]!;
  if (el.kind === "gap") {
    for (let skip = 0; skip <= GAP; skip++) {
      const skipped = k + skip - 1;
      if (skip > 0 && (skipped >= tokens.length || blocked(skipped) || !gapWord(tokens, skipped))) break;
      const end = matchFrom(elements, e + 1, tokens, k + skip, blocked);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (tokenMatches(el.lemmas, tokens[k])) {
    const end = matchFrom(elements, e + 1, tokens, k + 1, blocked);
    if (end >= 0) return end;
  }
  return el.optional ? matchFrom(elements, e + 1, tokens, k, blocked) : -1;
}

/**
 * A word a gap may cover: a word, or the hyphen inside a common compound ("F-16 jets", "air-defence
 * systems"), not between two names ("US-Iran talks" names the parties).
 */
function gapWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.word) return true;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return t.text === "-" && !!before && !!after && before.end === t.start && t.end === after.start && !after.capital;
}

/**
 * Patterns by the lemmas their first word can take, so that a token is tried only against the
 * patterns that can start at it; a pattern opening with a gap or an optional word is always tried.
 */
export class PatternIndex<T extends { readonly pattern: CompiledPattern }> {
  private readonly order: ReadonlyMap<T, number>;
  private readonly byLemma = new Map<string, T[]>();
  private readonly anywhere: readonly T[];
  // A form's readings are one cached array (word-senses.ts), so its candidates are worked out once.
  private readonly bySenses = new WeakMap<readonly WordSense[], readonly T[]>();

  constructor(items: readonly T[]) {
    this.order = new Map(items.map((item, i) => [item, i]));
    const anywhere: T[] = [];
    for (const item of items) {
      const first = item.pattern.elements[0];
      if (first?.kind !== "words" || first.optional) {
        anywhere.push(item);
        continue;
      }
      for (const lemma of first.lemmas.keys()) this.byLemma.set(lemma, [...(this.byLemma.get(lemma) ?? []), item]);
    }
    this.anywhere = anywhere;
  }

  /** The patterns that can match at the token, in the order they were given. */
  startingAt(token: Token): readonly T[] {
    const known = this.bySenses.get(token.senses);
    if (known) return known;
    const found = new Set<T>(this.anywhere);
    for (const sense of token.senses) for (const item of this.byLemma.get(sense.lemma) ?? []) found.add(item);
    const candidates = [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
    this.bySenses.set(token.senses, candidates);
    return candidates;
  }
}
