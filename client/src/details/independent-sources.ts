// How many independent sources carry a relation: distinct articles, where an article that
// rewrites another source of the same relation (its `derivedFrom`) does not count again.

import { sourceIndependence, type Repetition } from "../../../graph-schema/index.js";

export interface SourceArticle {
  id: string;
  title: string;
  /** Present once the API reports article derivation; absent or null otherwise. */
  derivedFrom?: { article: string; similarity?: number; basis?: string } | null;
}

export type Derivation = Repetition;

export interface SourceCount {
  total: number;
  independent: number;
  derivations: Derivation[];
  /** False when the articles carry no derivation data at all (before the API reports it). */
  derivationKnown: boolean;
}

/**
 * The count is the API's own `independentSources` (the server decides); the repetitions that
 * explain it come from the same shared rule over the articles' `derivedFrom`.
 */
export function countIndependentSources(
  sources: readonly string[],
  articles: readonly SourceArticle[],
  serverCount?: number,
): SourceCount {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const found = sourceIndependence(sources, (id) => byId.get(id)?.derivedFrom?.article ?? null);
  const derivationKnown = [...new Set(sources)].some((id) => byId.get(id)?.derivedFrom !== undefined);
  return {
    total: found.total,
    independent: serverCount !== undefined ? Math.min(serverCount, found.total) : found.independent,
    derivations: found.repetitions,
    derivationKnown: derivationKnown || serverCount !== undefined,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "2 sources, 1 independent: B rewrites A" — the sentence the evidence panel shows. */
export function describeSourceCount(count: SourceCount, titleOf: (id: string) => string): string {
  const head = plural(count.total, "source");
  if (count.derivations.length === 0) {
    if (count.total <= 1) return `${head}, not corroborated by another article`;
    const unknown = !count.derivationKnown && count.independent === count.total;
    return `${head}, ${count.independent} independent${unknown ? " (no rewrites known)" : ""}`;
  }
  const why = count.derivations.map((d) => `${titleOf(d.article)} rewrites ${titleOf(d.original)}`).join("; ");
  return `${head}, ${count.independent} independent: ${why}`;
}
