// How many independent sources carry a relation: distinct articles, where an article that
// rewrites another source of the same relation (its `derivedFrom`) does not count again.

export interface SourceArticle {
  id: string;
  title: string;
  /** Present once the API reports article derivation; absent or null otherwise. */
  derivedFrom?: { article: string; similarity?: number; basis?: string } | null;
}

export interface Derivation {
  article: string;
  original: string;
}

export interface SourceCount {
  total: number;
  independent: number;
  derivations: Derivation[];
  /** False when the articles carry no derivation data at all (before the API reports it). */
  derivationKnown: boolean;
}

/** Follows derivedFrom links (guarding against cycles) to the first article it rests on. */
function rootOf(id: string, byId: Map<string, SourceArticle>, among: Set<string>): string {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    seen.add(current);
    const parent = byId.get(current)?.derivedFrom?.article;
    if (!parent || !among.has(parent) || seen.has(parent)) return current;
    current = parent;
  }
}

/**
 * `serverCount` is the API's own `independentSources` when it sends one (it knows derivations
 * the article list may not carry); the derivations found here then only explain it.
 */
export function countIndependentSources(
  sources: readonly string[],
  articles: readonly SourceArticle[],
  serverCount?: number,
): SourceCount {
  const distinct = [...new Set(sources)];
  const among = new Set(distinct);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const roots = new Set<string>();
  const derivations: Derivation[] = [];
  for (const id of distinct) {
    const root = rootOf(id, byId, among);
    roots.add(root);
    const parent = byId.get(id)?.derivedFrom?.article;
    if (root !== id && parent) derivations.push({ article: id, original: parent });
  }
  const derivationKnown = distinct.some((id) => byId.get(id)?.derivedFrom !== undefined);
  const independent = serverCount !== undefined ? Math.min(serverCount, distinct.length) : roots.size;
  return {
    total: distinct.length,
    independent,
    derivations,
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
