// In-process name/alias search over entities (the embedded engine has no offline full-text
// extension): accent- and case-insensitive, prefix and typo tolerant ("Peskow" → Peskov).

import MiniSearch, { type SearchResult } from "minisearch";
import type { EntityLabel, EntityRecord } from "../../graph-schema/index.js";

export interface EntityHit {
  entity: EntityRecord;
  score: number;
  /** The name or alias that matched best, for the user to see why. */
  matched: string;
}

export interface EntitySearchOptions {
  type?: EntityLabel;
  limit: number;
  offset?: number;
}

/** Lower-case, strip accents and punctuation: "Dmitri Peskow’s" → "dmitri peskows". */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface IndexedEntity {
  id: string;
  name: string;
  aliases: string;
  type: EntityLabel;
}

export class EntityIndex {
  private readonly index = new MiniSearch<IndexedEntity>({
    fields: ["name", "aliases"],
    storeFields: ["type"],
    processTerm: (term) => foldForSearch(term) || null,
    tokenize: (text) => foldForSearch(text).split(" "),
    searchOptions: {
      boost: { name: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.25 : term.length > 2 ? 1 : 0),
    },
  });
  private readonly byId = new Map<string, EntityRecord>();

  constructor(entities: Iterable<EntityRecord> = []) {
    this.upsert(entities);
  }

  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** Adds or replaces entities, keeping the index in step with the store after a load. */
  upsert(entities: Iterable<EntityRecord>): void {
    for (const e of entities) {
      if (this.byId.has(e.id)) this.index.discard(e.id);
      this.byId.set(e.id, e);
      this.index.add({ id: e.id, name: e.name, aliases: e.aliases.join(" | "), type: e.type });
    }
  }

  search(query: string, options: EntitySearchOptions): { total: number; hits: EntityHit[] } {
    const filter = options.type ? (r: SearchResult) => r.type === options.type : undefined;
    const results = this.index.search(query, { combineWith: "AND", filter });
    const offset = options.offset ?? 0;
    const hits = results.slice(offset, offset + options.limit).map((r) => {
      const entity = this.byId.get(String(r.id))!;
      return { entity, score: r.score, matched: bestSpelling(entity, query) };
    });
    return { total: results.length, hits };
  }

  /** Every entity in a stable order (type, then name), for paged listing without a query. */
  list(options: EntitySearchOptions): { total: number; entities: EntityRecord[] } {
    const all = [...this.byId.values()]
      .filter((e) => !options.type || e.type === options.type)
      .sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
    const offset = options.offset ?? 0;
    return { total: all.length, entities: all.slice(offset, offset + options.limit) };
  }
}

/** The spelling sharing the most folded characters with the query, prefix first. */
function bestSpelling(entity: EntityRecord, query: string): string {
  const q = foldForSearch(query);
  const spellings = [entity.name, ...entity.aliases];
  return (
    spellings.find((s) => foldForSearch(s).startsWith(q)) ??
    spellings.find((s) => foldForSearch(s).includes(q)) ??
    spellings.reduce((best, s) => (overlap(foldForSearch(s), q) > overlap(foldForSearch(best), q) ? s : best))
  );
}

function overlap(a: string, b: string): number {
  let n = 0;
  for (const ch of new Set(b)) if (a.includes(ch)) n++;
  return n;
}
