// Leave-one-article-out: what the graph would have known before article A (the curated graph
// minus what A alone introduced), and the gold answer for A (what the curated graph draws from A).

import type { Article, EntityRecord, Relation } from "../../../graph-schema/index.js";
import type { Dataset } from "../../dataset/dataset.js";
import { surfaceForms } from "../../dataset/mentions.js";
import type { GraphKnowledge } from "../extractor.js";

export interface HeldOutKnowledge {
  knowledge: GraphKnowledge;
  /** Entities only article A supports (by mention or by evidence), absent from `knowledge`. */
  removedEntities: ReadonlySet<string>;
  /** Aliases, per kept entity, that only A's text contains. */
  removedAliases: ReadonlyMap<string, readonly string[]>;
  /** Ids of relations whose only evidence is in A. */
  removedRelations: ReadonlySet<string>;
}

export interface ArticleGold {
  article: Article;
  /** Entities A mentions or that its relations involve. */
  entities: EntityRecord[];
  /** Relations with evidence in A, their evidence cut down to A's sentences. */
  relations: Relation[];
}

const relationEnds = (r: Relation): string[] => [r.source, r.target, ...(r.place ? [r.place] : [])];

/** The articles that support each entity: those mentioning it and those giving evidence of its relations. */
export function supportingArticles(dataset: Dataset): Map<string, Set<string>> {
  const support = new Map<string, Set<string>>(dataset.entities.map((e) => [e.id, new Set<string>()]));
  for (const m of dataset.mentions) support.get(m.entity)?.add(m.article);
  for (const r of dataset.relations)
    for (const end of relationEnds(r)) for (const source of r.sources) support.get(end)?.add(source);
  return support;
}

/**
 * Which articles' texts contain each (entity, alias) as whole words, with the matching rules of
 * mention counting; an occurrence inside a longer name counts ("Peskow" in "Dmitri Peskow").
 */
function aliasArticles(dataset: Dataset): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const entity of dataset.entities)
    for (const surface of surfaceForms([entity])) {
      if (!entity.aliases.includes(surface.text)) continue;
      const articles = dataset.articles.filter((a) => {
        surface.pattern.lastIndex = 0;
        return surface.pattern.test(a.text);
      });
      found.set(aliasKey(entity.id, surface.text), new Set(articles.map((a) => a.id)));
    }
  return found;
}

const aliasKey = (entity: string, alias: string): string => `${entity}\u0000${alias}`;

const onlyIn = (articles: ReadonlySet<string> | undefined, id: string): boolean =>
  articles !== undefined && articles.size === 1 && articles.has(id);

export function leaveOneOut(dataset: Dataset, articleId: string): HeldOutKnowledge {
  const support = supportingArticles(dataset);
  const aliasSeen = aliasArticles(dataset);
  const removedEntities = new Set(
    dataset.entities.filter((e) => onlyIn(support.get(e.id), articleId)).map((e) => e.id),
  );

  const removedAliases = new Map<string, string[]>();
  const entities: EntityRecord[] = [];
  for (const entity of dataset.entities) {
    if (removedEntities.has(entity.id)) continue;
    const dropped = entity.aliases.filter((a) => onlyIn(aliasSeen.get(aliasKey(entity.id, a)), articleId));
    if (dropped.length > 0) removedAliases.set(entity.id, dropped);
    entities.push({ ...entity, aliases: entity.aliases.filter((a) => !dropped.includes(a)) });
  }

  const removedRelations = new Set<string>();
  const relations: Relation[] = [];
  for (const relation of dataset.relations) {
    const evidence = relation.evidence.filter((e) => e.article !== articleId);
    if (evidence.length === 0 || relationEnds(relation).some((end) => removedEntities.has(end))) {
      removedRelations.add(relation.id);
      continue;
    }
    relations.push({ ...relation, evidence, sources: [...new Set(evidence.map((e) => e.article))] });
  }
  return { knowledge: { entities, relations }, removedEntities, removedAliases, removedRelations };
}

export function goldFor(dataset: Dataset, articleId: string): ArticleGold {
  const article = dataset.articles.find((a) => a.id === articleId);
  if (!article) throw new Error(`goldFor: no article "${articleId}" in the dataset`);
  const relations = dataset.relations
    .filter((r) => r.sources.includes(articleId))
    .map((r) => ({ ...r, evidence: r.evidence.filter((e) => e.article === articleId), sources: [articleId] }));
  const ids = new Set(dataset.mentions.filter((m) => m.article === articleId).map((m) => m.entity));
  for (const r of relations) for (const end of relationEnds(r)) ids.add(end);
  return { article, entities: dataset.entities.filter((e) => ids.has(e.id)), relations };
}
