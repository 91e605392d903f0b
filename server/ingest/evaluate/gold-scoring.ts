// The held-out gold part: each annotated article extracted with the whole curated graph as knowledge,
// scored like a corpus article, plus how many claims the text denies or leaves unconfirmed came out asserted.

import type { Relation } from "../../../graph-schema/index.js";
import type { GraphKnowledge, Extractor, KnowledgeIndex } from "../extractor.js";
import { indexKnowledge } from "../knowledge-index.js";
import { MATCH_MODES, type MatchMode } from "./compatibility.js";
import { scoreExtraction, sumArticles, type ArticleReport, type CorpusReport } from "./corpus.js";
import type { GoldArticle } from "./gold-files.js";
import type { ExtractedFact } from "./relation-facts.js";
import { scoreRelations, type RelationMiss } from "./relation-scoring.js";

export interface DisputedReport {
  claims: number;
  /** The disputed claims an extracted relation matches (in that mode's type compatibility). */
  asserted: RelationMiss[];
}

export interface GoldArticleReport extends ArticleReport {
  disputed: Record<MatchMode, DisputedReport>;
}

export interface GoldReport {
  folder: string;
  articles: GoldArticleReport[];
  overall: CorpusReport["overall"] & { disputed: Record<MatchMode, { claims: number; asserted: number }> };
}

export interface GoldOptions {
  onArticle?: (done: number, total: number, article: string) => void;
}

/** A disputed claim counts as asserted when some extracted fact would have matched it as a gold relation. */
function assertedClaims(claims: readonly Relation[], facts: readonly ExtractedFact[], mode: MatchMode): RelationMiss[] {
  return claims
    .filter((claim) => scoreRelations([claim], facts, mode).matched === 1)
    .map((c) => ({
      type: c.type,
      source: c.source,
      target: c.target,
      date: c.date,
      sentences: [c.evidence[0]!.sentence],
      misreadBy: [],
    }));
}

export async function evaluateGoldArticle(
  article: GoldArticle,
  knowledge: KnowledgeIndex,
  extractor: Extractor,
): Promise<GoldArticleReport> {
  const extraction = await extractor.extract(
    { id: article.id, title: article.title, text: article.text, published: article.published },
    knowledge,
  );
  const { scores, facts } = scoreExtraction(
    { entities: article.entities, nameMatched: article.newEntities, relations: article.relations },
    extraction,
  );
  const disputed = Object.fromEntries(
    MATCH_MODES.map((mode) => [
      mode,
      { claims: article.disputed.length, asserted: assertedClaims(article.disputed, facts, mode) },
    ]),
  ) as Record<MatchMode, DisputedReport>;
  return {
    article: article.id,
    title: article.title,
    // Nothing is held out here: these are the entities the graph did not know, which had to be proposed anew.
    heldOut: { entities: [...article.newEntities].sort(), aliases: {}, relations: 0 },
    ...scores,
    disputed,
  };
}

export async function evaluateGold(
  folder: string,
  articles: readonly GoldArticle[],
  knowledge: GraphKnowledge,
  extractor: Extractor,
  options: GoldOptions = {},
): Promise<GoldReport> {
  const index = indexKnowledge(knowledge);
  const reports: GoldArticleReport[] = [];
  for (const [i, a] of articles.entries()) {
    options.onArticle?.(i, articles.length, a.id);
    reports.push(await evaluateGoldArticle(a, index, extractor));
  }
  options.onArticle?.(articles.length, articles.length, "");
  const disputed = Object.fromEntries(
    MATCH_MODES.map((mode) => [
      mode,
      {
        claims: reports.reduce((n, r) => n + r.disputed[mode].claims, 0),
        asserted: reports.reduce((n, r) => n + r.disputed[mode].asserted.length, 0),
      },
    ]),
  ) as GoldReport["overall"]["disputed"];
  return { folder, articles: reports, overall: { ...sumArticles(reports), disputed } };
}
