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
    let matched = this.match(terms[0]!, scores);
    for (const term of terms.slice(1)) {
      const hits = this.match(term, next);
      const kept: number[] = [];
      for (const o of matched) {
        if (next[o]! > 0) {
          scores[o]! += next[o]!;
          kept.push(o);
        } else scores[o] = 0;
      }
      for (const o of hits) next[o] = 0;
      matched = kept;
      if (matched.length === 0) break;
    }
    const candidates = options.type ? matched.filter((o) => this.entries[o]!.record.type === options.type) : matched;
    const offset = options.offset ?? 0;
    const tie = this.ties.places();
    const rank = (a: number, b: number): number => scores[b]! - scores[a]! || tie[a]! - tie[b]!;
    const page = topK(candidates, offset + options.limit, rank).slice(offset);
    const hits = page.map((o) => ({
      entity: this.entries[o]!.record,
      score: scores[o]!,
      matched: bestSpelling(this.entries[o]!, terms),
    }));
    for (const o of matched) scores[o] = 0;
    return { total: candidates.length, hits };
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

  /** Two per-ordinal score arrays, all zero between searches. */
  private scratchArrays(): [Float64Array, Float64Array] {
    if (this.scratch[0].length < this.entries.length)
      this.scratch = [new Float64Array(this.entries.length * 2), new Float64Array(this.entries.length * 2)];
    return this.scratch;
  }

  /** Scores every entity with a word matching `term` (its best such word) into `into`; their ordinals. */
  private match(term: string, into: Float64Array): number[] {
    const touched: number[] = [];
    const typos = this.typosAllowed(term);
    const take = (word: string, postings: number[]): void => {
      const weight = termWeight(term, word, typos);
      if (weight === 0) return;
      for (const p of postings) {
        const score = p & 1 ? weight * NAME_BOOST : weight;
        const ordinal = p >> 1;
        if (into[ordinal] === 0) touched.push(ordinal);
        if (score > into[ordinal]!) into[ordinal] = score;
      }
    };
    const mode = !typos ? "none" : term.length >= TYPO_PREFIX.minLength ? "prefix" : "whole-word";
    this.tokens.forEachCandidate(term, mode, take);
    return touched;
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
