// How many independent sources carry a relation: its distinct articles, less those that repeat
// (directly, or through a chain of rewrites) another of its sources. One rule, used by the server
// to count and by the explorer to explain the count.

/** `article` repeats `original`, both sources of the relation. */
export interface Repetition {
  article: string;
  original: string;
}

export interface SourceIndependence {
  total: number;
  independent: number;
  repetitions: Repetition[];
}

/** The first article up `source`'s chain of rewrites that is itself among `sources` (cycles end the walk). */
function firstRepeated(source: string, sources: ReadonlySet<string>, derivedFrom: (a: string) => string | null) {
  const seen = new Set([source]);
  for (let parent = derivedFrom(source); parent !== null && !seen.has(parent); parent = derivedFrom(parent)) {
    if (sources.has(parent)) return parent;
    seen.add(parent);
  }
  return null;
}

/**
 * `derivedFrom(id)`: the article `id` rewrites, or null. A source is independent when no chain of
 * rewrites leads from it to another source; in a (corrupt) cycle of sources the least id counts.
 */
export function sourceIndependence(
  sources: readonly string[],
  derivedFrom: (article: string) => string | null,
): SourceIndependence {
  const distinct = new Set(sources);
  const repeated = new Map([...distinct].map((s) => [s, firstRepeated(s, distinct, derivedFrom)]));
  const rootOf = (source: string): string => {
    const path = [source];
    for (let next = repeated.get(source); next !== null && next !== undefined; next = repeated.get(next)) {
      const at = path.indexOf(next);
      if (at >= 0) return path.slice(at).sort()[0]!;
      path.push(next);
    }
    return path[path.length - 1]!;
  };
  const repetitions: Repetition[] = [];
  for (const [article, original] of repeated)
    if (original !== null && rootOf(article) !== article) repetitions.push({ article, original });
  return { total: distinct.size, independent: distinct.size - repetitions.length, repetitions };
}
