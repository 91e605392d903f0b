// Facts of the curated corpus the tests assert against, read from the same Dataset the server
// loaded (never hard-coded), plus the server's own filter semantics as the oracle for filters.

import type { Article, Relation, RelationType } from "../../../graph-schema/index.js";
import type { Dataset } from "../../../server/dataset/dataset.js";

export function entityIds(dataset: Dataset): string[] {
  return dataset.entities.map((e) => e.id);
}

export function relationIds(relations: Relation[]): string[] {
  return relations.map((r) => r.id);
}

export function neighbours(dataset: Dataset, id: string): string[] {
  const found = new Set<string>();
  for (const r of dataset.relations) {
    if (r.source === id) found.add(r.target);
    if (r.target === id) found.add(r.source);
  }
  found.delete(id);
  return [...found];
}

/** The one relation of `type` between two entities, in either direction. */
export function relationBetween(dataset: Dataset, type: RelationType, a: string, b: string): Relation {
  const found = dataset.relations.filter(
    (r) => r.type === type && ((r.source === a && r.target === b) || (r.source === b && r.target === a)),
  );
  if (found.length !== 1) throw new Error(`expected one ${type} between ${a} and ${b}, found ${found.length}`);
  return found[0]!;
}

export function article(dataset: Dataset, id: string): Article {
  const found = dataset.articles.find((a) => a.id === id);
  if (!found) throw new Error(`no article ${id} in the corpus`);
  return found;
}

export function entityName(dataset: Dataset, id: string): string {
  const found = dataset.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id} in the corpus`);
  return found.name;
}

export const sorted = (ids: Iterable<string>): string[] => [...ids].sort();
