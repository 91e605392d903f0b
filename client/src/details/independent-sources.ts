// What the evidence panel says about a relation's sources: the server's count of independent
// ones (it decides), explained by which source rewrites which (the articles' `derivedFrom`).

import { sourceIndependence, type Repetition } from "../../../graph-schema/index.js";
import type { ArticleMetaView, RelationView } from "../api/schemas.js";

export type SourceArticle = Pick<ArticleMetaView, "id" | "derivedFrom">;

export interface SourceCount {
  /** Distinct source articles. */
  total: number;
  /** The server's `independentSources`, shown as sent. */
  independent: number;
  /** The rewrites among the sources, which explain why `independent` is below `total`. */
  derivations: Repetition[];
}

export function sourceCountOf(
  relation: Pick<RelationView, "sources" | "independentSources">,
  articles: readonly SourceArticle[],
): SourceCount {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const { total, repetitions } = sourceIndependence(
    relation.sources,
    (id) => byId.get(id)?.derivedFrom?.article ?? null,
  );
  return { total, independent: relation.independentSources, derivations: repetitions };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "2 sources, 1 independent: B rewrites A" — the sentence the evidence panel shows. */
export function describeSourceCount(count: SourceCount, titleOf: (id: string) => string): string {
  const head = plural(count.total, "source");
  if (count.total <= 1) return `${head}, not corroborated by another article`;
  const why = count.derivations.map((d) => `${titleOf(d.article)} rewrites ${titleOf(d.original)}`).join("; ");
  return `${head}, ${count.independent} independent${why ? `: ${why}` : ""}`;
}
