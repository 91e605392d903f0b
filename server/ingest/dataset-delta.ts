// The part of a dataset that differs from an earlier one: what a store must write after an
// ingestion (new records, and old ones that gained evidence, aliases, disputes or sources).

import type { Dataset } from "../dataset/dataset.js";

function changed<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): T[] {
  const old = new Map(before.map((item) => [key(item), JSON.stringify(item)]));
  return after.filter((item) => old.get(key(item)) !== JSON.stringify(item));
}

export function changedRecords(before: Dataset, after: Dataset): Dataset {
  return {
    articles: changed(before.articles, after.articles, (a) => a.id),
    entities: changed(before.entities, after.entities, (e) => e.id),
    relations: changed(before.relations, after.relations, (r) => r.id),
    disputes: changed(before.disputes, after.disputes, (d) => d.id),
    mentions: changed(before.mentions, after.mentions, (m) => `${m.article}\u001f${m.entity}`),
  };
}
