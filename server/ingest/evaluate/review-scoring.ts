// The reviews part: each reviewed article extracted again by the current extractor with the knowledge
// the graph had when it was ingested, and scored like a gold article against what its review implies.
// Output no review judged (another pair of entities, another sentence) is counted apart, not scored.

import type { RelationType } from "../../../graph-schema/index.js";
import type { Extraction, Extractor } from "../extractor.js";
import { indexKnowledge } from "../knowledge-index.js";
import { scoreExtraction, sumArticles, type ArticleReport, type CorpusReport, type EntityRef } from "./corpus.js";
import { alignEntities } from "./entity-alignment.js";
import { LABEL_KINDS, unorderedEnds, type ReviewedArticle, type ReviewLabels } from "./review-labels.js";

export interface UnjudgedRelation {
  type: RelationType;
  source: string;
  target: string;
  date: string | null;
  sentence: string;
  rule: string;
}

export interface Unjudged {
  entities: EntityRef[];
  relations: UnjudgedRelation[];
}

export interface ReviewArticleReport extends ArticleReport {
  /** The extractor whose output the analyst reviewed, and when. */
  extractedBy: string;
  reviewedAt: string;
  labels: ReviewLabels;
  /** What the current extractor found that no review judged: left out of the scores. */
  unjudged: Unjudged;
}

export interface ReviewReport {
  folder: string;
  /** Articles in the ledger, reviewed or not. */
  ledgerArticles: number;
  articles: ReviewArticleReport[];
  overall: CorpusReport["overall"] & {
    labels: ReviewLabels;
    unjudged: { entities: number; relations: number };
    /** The extractors whose output was reviewed. */
    extractedBy: string[];
  };
}

export interface ReviewScoringOptions {
  onArticle?: (done: number, total: number, article: string) => void;
}

/** The extraction cut to what the review judged, and the rest. */
function splitByReview(reviewed: ReviewedArticle, extraction: Extraction): { judged: Extraction; unjudged: Unjudged } {
  const { goldIdOf } = alignEntities(reviewed.judgedEntities, reviewed.proposed, extraction.entities);
  const idOf = (id: string): string => goldIdOf.get(id) ?? id;
  const isJudged = (r: Extraction["relations"][number]): boolean => {
    const ends = unorderedEnds(idOf(r.source), idOf(r.target));
    return reviewed.judged.some((j) => j.ends === ends && j.start < r.sentence.end && r.sentence.start < j.end);
  };
  const relations = extraction.relations.filter(isJudged);
  const entities = extraction.entities.filter((e) => goldIdOf.has(e.id));
  return {
    judged: { ...extraction, entities, relations },
    unjudged: {
      entities: extraction.entities
        .filter((e) => !goldIdOf.has(e.id))
        .map(({ id, name, type }) => ({ id, name, type })),
      relations: extraction.relations
        .filter((r) => !isJudged(r))
        .map((r) => ({
          type: r.type,
          source: r.source,
          target: r.target,
          date: r.date,
          sentence: r.sentence.text,
          rule: r.provenance.rule,
        })),
    },
  };
}

export async function evaluateReviewedArticle(
  reviewed: ReviewedArticle,
  extractor: Extractor,
): Promise<ReviewArticleReport> {
  const extraction = await extractor.extract(reviewed.article, indexKnowledge(reviewed.knowledge));
  const { judged, unjudged } = splitByReview(reviewed, extraction);
  const { scores } = scoreExtraction(
    { entities: reviewed.goldEntities, nameMatched: reviewed.proposed, relations: reviewed.goldRelations },
    judged,
  );
  return {
    article: reviewed.article.id,
    title: reviewed.article.title,
    // Nothing is held out: these are the entities the graph did not know then, proposed anew.
    heldOut: { entities: [...reviewed.proposed].sort(), aliases: {}, relations: 0 },
    ...scores,
    extractedBy: reviewed.extractedBy,
    reviewedAt: reviewed.reviewedAt,
    labels: reviewed.labels,
    unjudged,
  };
}

function sumLabels(articles: readonly ReviewArticleReport[]): ReviewLabels {
  const sum = Object.fromEntries(LABEL_KINDS.map((k) => [k, 0])) as Record<keyof ReviewLabels, number>;
  for (const a of articles) for (const k of LABEL_KINDS) sum[k] += a.labels[k];
  return sum;
}

export class NoReviewsError extends Error {
  override name = "NoReviewsError";
}

/** `total` is the number of reviewed articles (for progress); `ledgerArticles` all the ledger holds. */
export async function evaluateReviews(
  folder: string,
  reviewed: Iterable<ReviewedArticle>,
  counts: { total: number; ledgerArticles: number },
  extractor: Extractor,
  options: ReviewScoringOptions = {},
): Promise<ReviewReport> {
  const articles: ReviewArticleReport[] = [];
  for (const article of reviewed) {
    options.onArticle?.(articles.length, counts.total, article.article.id);
    articles.push(await evaluateReviewedArticle(article, extractor));
  }
  if (articles.length === 0)
    throw new NoReviewsError(
      `${folder}: none of its ${counts.ledgerArticles} ingested articles was reviewed ` +
        "(a review is kept when an article is ingested with rejections or corrections; see `ingest --help`)",
    );
  options.onArticle?.(articles.length, counts.total, "");
  return {
    folder,
    ledgerArticles: counts.ledgerArticles,
    articles,
    overall: {
      ...sumArticles(articles),
      labels: sumLabels(articles),
      unjudged: {
        entities: articles.reduce((n, a) => n + a.unjudged.entities.length, 0),
        relations: articles.reduce((n, a) => n + a.unjudged.relations.length, 0),
      },
      extractedBy: [...new Set(articles.map((a) => a.extractedBy))].sort(),
    },
  };
}
