// The curated-corpus evaluation: each article extracted with the knowledge the graph had without
// it (leave-one-article-out), scored against what the curated graph draws from it, then summed.

import type { EntityType, Relation } from "../../../graph-schema/index.js";
import type { Dataset } from "../../dataset/dataset.js";
import type { Extraction, Extractor } from "../extractor.js";
import { indexKnowledge } from "../knowledge-index.js";
import { MATCH_MODES, type MatchMode } from "./compatibility.js";
import { alignEntities, type GoldEntity } from "./entity-alignment.js";
import { goldFor, leaveOneOut } from "./leave-one-out.js";
import { scoreTable, Tally, type ScoreTable } from "./metrics.js";
import { collapseFacts, type ExtractedFact } from "./relation-facts.js";
import {
  DATE_AGREEMENTS,
  scoreRelations,
  type DateAgreement,
  type ModeScore,
  type RelationFalsePositive,
  type RelationMiss,
} from "./relation-scoring.js";

export interface RelationModeReport {
  scores: ScoreTable;
  matched: number;
  dates: Record<DateAgreement, number>;
  sharedSentence: number;
  /** "gold→extracted" type pairs accepted as compatible, with their counts. */
  typeSubstitutions: Record<string, number>;
  misses: RelationMiss[];
  falsePositives: RelationFalsePositive[];
  /** Per rule id (see ModeScore.rules). */
  rules: ScoreTable;
}

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface ArticleReport {
  article: string;
  title: string;
  heldOut: { entities: string[]; aliases: Record<string, readonly string[]>; relations: number };
  counts: { goldEntities: number; goldRelations: number; entities: number; relations: number; facts: number };
  entities: ScoreTable & { misses: EntityRef[]; falsePositives: (EntityRef & { mentions: string[] })[] };
  relations: Record<MatchMode, RelationModeReport>;
  warnings: string[];
}

export interface CorpusReport {
  articles: ArticleReport[];
  overall: {
    entities: ScoreTable;
    relations: Record<MatchMode, Omit<RelationModeReport, "misses" | "falsePositives">>;
  };
}

export interface CorpusOptions {
  /** Article ids to evaluate (default: all). */
  articles?: readonly string[];
  onArticle?: (done: number, total: number, article: string) => void;
}

function modeReport(score: ModeScore): RelationModeReport {
  const typeSubstitutions: Record<string, number> = {};
  for (const s of score.typeSubstitutions) {
    const key = `${s.gold}→${s.extracted}`;
    typeSubstitutions[key] = (typeSubstitutions[key] ?? 0) + 1;
  }
  const { matched, dates, sharedSentence, misses, falsePositives } = score;
  return {
    scores: scoreTable(score.tally),
    matched,
    dates,
    sharedSentence,
    typeSubstitutions,
    misses,
    falsePositives,
    rules: scoreTable(score.rules),
  };
}

/** What an article's gold answer holds: its entities and its relations (evidence in that article only). */
export interface ArticleAnswer {
  entities: readonly GoldEntity[];
  /** Gold entities absent from the extractor's knowledge: only they may be matched by name. */
  nameMatched: ReadonlySet<string>;
  relations: readonly Relation[];
}

export type ArticleScores = Pick<ArticleReport, "counts" | "entities" | "relations" | "warnings">;

/** Scores one extraction against one gold answer; also returns the extracted facts, mapped to gold ids. */
export function scoreExtraction(
  gold: ArticleAnswer,
  extraction: Extraction,
): { scores: ArticleScores; facts: ExtractedFact[] } {
  const alignment = alignEntities(gold.entities, gold.nameMatched, extraction.entities);
  const facts = collapseFacts(extraction.relations, alignment.goldIdOf);
  const ref = (e: EntityRef): EntityRef => ({ id: e.id, name: e.name, type: e.type });
  const scores: ArticleScores = {
    counts: {
      goldEntities: gold.entities.length,
      goldRelations: gold.relations.length,
      entities: extraction.entities.length,
      relations: extraction.relations.length,
      facts: facts.length,
    },
    entities: {
      ...scoreTable(alignment.tally),
      misses: alignment.misses.map(ref),
      falsePositives: alignment.falsePositives.map((e) => ({ ...ref(e), mentions: e.mentions.map((m) => m.text) })),
    },
    relations: Object.fromEntries(
      MATCH_MODES.map((mode) => [mode, modeReport(scoreRelations(gold.relations, facts, mode))]),
    ) as Record<MatchMode, RelationModeReport>,
    warnings: extraction.warnings,
  };
  return { scores, facts };
}

export async function evaluateArticle(
  dataset: Dataset,
  articleId: string,
  extractor: Extractor,
): Promise<ArticleReport> {
  const held = leaveOneOut(dataset, articleId);
  const gold = goldFor(dataset, articleId);
  const { article } = gold;
  const extraction = await extractor.extract(
    { id: article.id, title: article.title, text: article.text, published: article.published },
    indexKnowledge(held.knowledge),
  );
  const { scores } = scoreExtraction(
    { entities: gold.entities, nameMatched: held.removedEntities, relations: gold.relations },
    extraction,
  );
  return {
    article: article.id,
    title: article.title,
    heldOut: {
      entities: [...held.removedEntities].sort(),
      aliases: Object.fromEntries(held.removedAliases),
      relations: held.removedRelations.size,
    },
    ...scores,
  };
}

/** Sums per-article reports into the micro average (the counts are summed, then scored). */
export function sumArticles(articles: readonly ArticleReport[]): CorpusReport["overall"] {
  const entities = new Tally();
  for (const a of articles) addScores(entities, a.entities);
  const relations = Object.fromEntries(
    MATCH_MODES.map((mode) => {
      const tally = new Tally();
      const rules = new Tally();
      const dates = Object.fromEntries(DATE_AGREEMENTS.map((d) => [d, 0])) as Record<DateAgreement, number>;
      const typeSubstitutions: Record<string, number> = {};
      let matched = 0;
      let sharedSentence = 0;
      for (const a of articles) {
        const r = a.relations[mode];
        addScores(tally, r.scores);
        addScores(rules, r.rules);
        for (const d of DATE_AGREEMENTS) dates[d] += r.dates[d];
        for (const [k, n] of Object.entries(r.typeSubstitutions))
          typeSubstitutions[k] = (typeSubstitutions[k] ?? 0) + n;
        matched += r.matched;
        sharedSentence += r.sharedSentence;
      }
      return [
        mode,
        { scores: scoreTable(tally), matched, dates, sharedSentence, typeSubstitutions, rules: scoreTable(rules) },
      ];
    }),
  ) as CorpusReport["overall"]["relations"];
  return { entities: scoreTable(entities), relations };
}

function addScores(tally: Tally, table: ScoreTable): void {
  for (const [key, s] of Object.entries(table.byType)) {
    tally.add(key, "tp", s.tp);
    tally.add(key, "fp", s.fp);
    tally.add(key, "fn", s.fn);
  }
}

export async function evaluateCorpus(
  dataset: Dataset,
  extractor: Extractor,
  options: CorpusOptions = {},
): Promise<CorpusReport> {
  const known = dataset.articles.map((a) => a.id);
  const ids = options.articles ?? known;
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0)
    throw new Error(`evaluate: no article ${unknown.map((id) => `"${id}"`).join(", ")}; known: ${known.join(", ")}`);
  const articles: ArticleReport[] = [];
  for (const [i, id] of ids.entries()) {
    options.onArticle?.(i, ids.length, id);
    articles.push(await evaluateArticle(dataset, id, extractor));
  }
  options.onArticle?.(ids.length, ids.length, "");
  return { articles, overall: sumArticles(articles) };
}
