// The name search as it was before the token index (MiniSearch, fuzzy and prefix), kept only so
// `npm run bench:search` can print before and after on the same queries.

import MiniSearch from "minisearch";
import { foldName, nameTokens, type EntityRecord } from "../graph-schema/index.js";
import type { EntitySearchOptions } from "../server/search/entity-index.js";

export class MiniSearchBaseline {
  private readonly index = new MiniSearch<{ id: string; name: string; aliases: string; type: string }>({
    fields: ["name", "aliases"],
    storeFields: ["type"],
    processTerm: (term) => foldName(term) || null,
    tokenize: nameTokens,
    searchOptions: {
      boost: { name: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.25 : term.length > 2 ? 1 : 0),
    },
  });

  constructor(entities: readonly EntityRecord[]) {
    this.index.addAll(entities.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases.join(" | "), type: e.type })));
  }

  search(query: string, options: EntitySearchOptions): { total: number; ids: string[] } {
    const results = this.index.search(query, {
      combineWith: "AND",
      filter: options.type ? (r) => r.type === options.type : undefined,
    });
    const offset = options.offset ?? 0;
    return { total: results.length, ids: results.slice(offset, offset + options.limit).map((r) => String(r.id)) };
  }
}
