// Generates the synthetic benchmark dataset and says what it holds (counts, time, memory), so
// every benchmark starts from the same graph for the same sizes and seed.

import { relationTypeDef } from "../graph-schema/index.js";
import type { Dataset } from "../server/dataset/dataset.js";
import { mb, secs } from "./load-timing.js";
import { syntheticDataset } from "./synthetic.js";

export function generateDataset(entities: number, relations: number, seed: number): { dataset: Dataset; ms: number } {
  console.log(
    `synthetic dataset: ${entities.toLocaleString("en")} entities, ${relations.toLocaleString("en")} relations`,
  );
  const t = performance.now();
  const dataset = syntheticDataset({ entities, relations, seed });
  const ms = performance.now() - t;
  const mutual = dataset.relations.filter((r) => !relationTypeDef(r.type).directed).length;
  console.log(
    `  generated in ${secs(ms)}: ${dataset.articles.length.toLocaleString("en")} articles, ` +
      `${dataset.mentions.length.toLocaleString("en")} mentions, ${dataset.disputes.length} disputes, ` +
      `${mutual.toLocaleString("en")} mutual relations; RSS ${mb(process.memoryUsage().rss)}`,
  );
  return { dataset, ms };
}
