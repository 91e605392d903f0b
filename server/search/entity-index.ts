// In-process name/alias search over entities (the embedded engine has no offline full-text
// extension): accent- and case-insensitive, prefix and typo tolerant ("Peskow" → Peskov).

import { LRUCache } from "lru-cache";
import { nameTokens, type EntityType, type EntityRecord } from "../../graph-schema/index.js";
import { NAME_BOOST, TYPO, TYPO_PREFIX, termWeight } from "./term-match.js";
import { TieOrder } from "./tie-order.js";
import { TokenIndex } from "./token-index.js";
import { topK } from "./top-k.js";

export interface EntityHit {
  entity: EntityRecord;
  score: number;
  /** The name or alias that matched best, for the user to see why. */
  matched: string;
}

export interface EntitySearchOptions {
  type?: EntityType;
  limit: number;
  offset?: number;
}

/** Words of a query beyond this many are ignored: every word must match, so more rarely help. */
const MAX_QUERY_WORDS = 12;
/**
 * One-typo variants of a query word are (2 × length + 1) × letters in the index; past this many
 * the word is matched exactly and by prefix only, which bounds a hostile query's cost.
 */
const MAX_TYPO_VARIANTS = 20_000;
/**
 * Answers kept for repeated searches (same words, type and page) until the next upsert: a search
 * box and many users ask for the same few names. At most this many, each at most one page.
 */
const KEEP_RESULTS_OF = 1_000;
/**
 * Query words whose per-word match weights are kept until the next upsert (one number per
 * candidate word, a few KB each): the same first names and surnames come back in many queries.
 */
const KEEP_WEIGHTS_OF = 2_000;

export interface EntityIndexOptions {
  /** How many recent answers to keep; 0 computes every search afresh (benchmarks of the index). */
  keepResults?: number;
}

interface SearchAnswer {
  total: number;
  hits: EntityHit[];
}

interface Spelling {
  text: string;
  words: string[];
}

interface Entry {
  record: EntityRecord;
  spellings: Spelling[];
  /** Every word of the name, then every word of the aliases. */
  words: string[];
  nameWords: number;
  /** The record's id and name length, read here: records differ in shape, entries do not. */
  id: string;
  nameLength: number;
}

export class EntityIndex {
  private readonly tokens = new TokenIndex();
  /** Entries by ordinal; an ordinal stays with its entity id for the life of the index. */
  private readonly entries: Entry[] = [];
  private readonly ordinals = new Map<string, number>();
  private listOrder: Entry[] | null = null;
  private readonly ties = new TieOrder(this.entries);
  /** Per-ordinal scores of the query so far and of its next word; all zero between searches. */
  private scratch: [Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0)];
  /** The ordinals each of those holds a score for, in the order they were first scored. */
  private touched: [Int32Array, Int32Array] = [new Int32Array(0), new Int32Array(0)];
  /** termWeight of each candidate word of a query word, in the order the token index visits them. */
  private readonly weights = new LRUCache<string, Float64Array>({ max: KEEP_WEIGHTS_OF });

  private readonly answers: LRUCache<string, SearchAnswer> | null;

  constructor(entities: Iterable<EntityRecord> = [], options: EntityIndexOptions = {}) {
    const keep = options.keepResults ?? KEEP_RESULTS_OF;
    this.answers = keep > 0 ? new LRUCache({ max: keep }) : null;
    this.upsert(entities);
  }

  get size(): number {
    return this.ordinals.size;
  }

  has(id: string): boolean {
    return this.ordinals.has(id);
  }

  ids(): string[] {
    return [...this.ordinals.keys()];
  }

  get(id: string): EntityRecord | undefined {
    const ordinal = this.ordinals.get(id);
    return ordinal === undefined ? undefined : this.entries[ordinal]!.record;
  }

  /** How many entities are of these types (all when none given). */
  countOf(types?: readonly string[]): number {
    if (!types?.length) return this.entries.length;
    let n = 0;
    for (const e of this.entries) if (types.includes(e.record.type)) n++;
    return n;
  }

  /** Adds or replaces entities, keeping the index in step with the store after a load. */
  upsert(entities: Iterable<EntityRecord>): void {
    const added: string[] = [];
    const reordered: number[] = [];
    for (const record of entities) {
      const entry = entryOf(record);
      let ordinal = this.ordinals.get(record.id);
      if (ordinal === undefined) {
        ordinal = this.entries.length;
        this.ordinals.set(record.id, ordinal);
        reordered.push(ordinal);
      } else {
        if (this.entries[ordinal]!.nameLength !== entry.nameLength) reordered.push(ordinal);
        this.tokens.remove(ordinal, this.entries[ordinal]!.words);
      }
      this.entries[ordinal] = entry;
      this.tokens.add(ordinal, new Set(entry.words.slice(0, entry.nameWords)), true, added);
      this.tokens.add(ordinal, new Set(entry.words.slice(entry.nameWords)), false, added);
    }
    this.tokens.commit(added);
    this.ties.update(reordered);
    this.listOrder = null;
    this.answers?.clear();
    this.weights.clear();
  }

  /** Entities whose names or aliases match every word of the query, best first. */
  search(query: string, options: EntitySearchOptions): SearchAnswer {
    const terms = [...new Set(nameTokens(query))].slice(0, MAX_QUERY_WORDS);
    if (terms.length === 0) return { total: 0, hits: [] };
    const key = `${options.type ?? ""} ${options.offset ?? 0} ${options.limit} ${terms.join(" ")}`;
    const kept = this.answers?.get(key);
    if (kept) return { total: kept.total, hits: kept.hits.map((h) => ({ ...h })) };
    const answer = this.searchTerms(terms, options);
    this.answers?.set(key, { total: answer.total, hits: answer.hits.map((h) => ({ ...h })) });
    return answer;
  }

  private searchTerms(terms: readonly string[], options: EntitySearchOptions): SearchAnswer {
    const [scores, next] = this.scratchArrays();
    const [matched, hits] = this.touched;
    // matched[0, count): the ordinals matching every word so far, compacted in place.
    let count = this.match(terms[0]!, scores, matched);
    for (let t = 1; t < terms.length && count > 0; t++) {
      const hitCount = this.match(terms[t]!, next, hits);
      let kept = 0;
      for (let i = 0; i < count; i++) {
        const o = matched[i]!;
        if (next[o]! > 0) {
          scores[o]! += next[o]!;
          matched[kept++] = o;
        } else scores[o] = 0;
      }
      for (let i = 0; i < hitCount; i++) next[hits[i]!] = 0;
      count = kept;
    }
    const candidates = this.ofType(matched, count, options.type);
    const offset = options.offset ?? 0;
    const tie = this.ties.places();
    const rank = (a: number, b: number): number => scores[b]! - scores[a]! || tie[a]! - tie[b]!;
    const page = topK(candidates, offset + options.limit, rank).slice(offset);
    const found = page.map((o) => ({
      entity: this.entries[o]!.record,
      score: scores[o]!,
      matched: bestSpelling(this.entries[o]!, terms),
    }));
    for (let i = 0; i < count; i++) scores[matched[i]!] = 0;
    return { total: candidates.length, hits: found };
  }

  /** The first `count` ordinals of `ordinals` that are of `type` (a view of all of them without one). */
  private ofType(ordinals: Int32Array, count: number, type: EntityType | undefined): ArrayLike<number> {
    if (!type) return ordinals.subarray(0, count);
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const o = ordinals[i]!;
      if (this.entries[o]!.record.type === type) out.push(o);
    }
    return out;
  }

  /** Every entity in a stable order (type, then name), for paged listing without a query. */
  list(options: EntitySearchOptions): { total: number; entities: EntityRecord[] } {
    this.listOrder ??= [...this.entries].sort(
      (a, b) => a.record.type.localeCompare(b.record.type) || a.record.name.localeCompare(b.record.name),
    );
    const all = options.type ? this.listOrder.filter((e) => e.record.type === options.type) : this.listOrder;
    const offset = options.offset ?? 0;
    return { total: all.length, entities: all.slice(offset, offset + options.limit).map((e) => e.record) };
  }

  private typosAllowed(term: string): boolean {
    return term.length >= TYPO.minLength && (2 * term.length + 1) * this.tokens.letters <= MAX_TYPO_VARIANTS;
  }

  /** Two per-ordinal score arrays, all zero between searches, and two lists of ordinals as long. */
  private scratchArrays(): [Float64Array, Float64Array] {
    if (this.scratch[0].length < this.entries.length) {
      const n = this.entries.length * 2;
      this.scratch = [new Float64Array(n), new Float64Array(n)];
      this.touched = [new Int32Array(n), new Int32Array(n)];
    }
    return this.scratch;
  }

  /**
   * Scores every entity with a word matching `term` (its best such word) into `into`, and lists
   * their ordinals in `touched`; how many.
   */
  private match(term: string, into: Float64Array, touched: Int32Array): number {
    const typos = this.typosAllowed(term);
    const mode = !typos ? "none" : term.length >= TYPO_PREFIX.minLength ? "prefix" : "whole-word";
    const kept = this.weights.get(term);
    // The token index visits a word's candidates in the same order until the next upsert.
    const weights: number[] = [];
    let w = 0;
    let count = 0;
    this.tokens.forEachCandidate(term, mode, (word, postings) => {
      const weight = kept ? kept[w++]! : termWeight(term, word, typos);
      if (!kept) weights.push(weight);
      if (weight === 0) return;
      const named = weight * NAME_BOOST;
      for (let i = 0; i < postings.length; i++) {
        const p = postings[i]!;
        const score = p & 1 ? named : weight;
        const ordinal = p >> 1;
        const before = into[ordinal]!;
        if (before === 0) touched[count++] = ordinal;
        if (score > before) into[ordinal] = score;
      }
    });
    if (!kept) this.weights.set(term, Float64Array.from(weights));
    return count;
  }
}

function entryOf(record: EntityRecord): Entry {
  const spellings = [record.name, ...record.aliases].map((text): Spelling => ({ text, words: nameTokens(text) }));
  return {
    record,
    spellings,
    words: spellings.flatMap((s) => s.words),
    nameWords: spellings[0]!.words.length,
    id: record.id,
    nameLength: record.name.length,
  };
}

/** The spelling whose words match the query best; the name wins a tie. */
function bestSpelling(entry: Entry, terms: readonly string[]): string {
  let best = entry.spellings[0]!;
  let bestScore = -1;
  for (const s of entry.spellings) {
    let score = 0;
    for (const term of terms) score += Math.max(0, ...s.words.map((w) => termWeight(term, w, true)));
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best.text;
}
