// A Dataset is everything one load writes: articles, entities, relations (with their ids and
// derived fields), disputes and mentions. Curated files, ingestion and benchmarks all produce one.

import type { Article, DisputeRecord, EntityRecord, ArticleMention, Relation } from "../../graph-schema/index.js";

export interface Dataset {
  articles: Article[];
  entities: EntityRecord[];
  relations: Relation[];
  disputes: DisputeRecord[];
  mentions: ArticleMention[];
}
