// The evaluation's entry point: the curated corpus (leave-one-article-out) and the PLOVER gold
// sentences, run through one extractor, gathered into one report.

import type { RelationType } from "../../../graph-schema/index.js";
import { loadCuratedDataset } from "../../dataset/curated.js";
import { defaultExtractor } from "../default-extractor.js";
import type { Extractor } from "../extractor.js";
import { lenientGroups } from "./compatibility.js";
import { evaluateCorpus, type CorpusReport } from "./corpus.js";
import { categoriesOfTypes, ploverDataPresent, ploverDir, readCameoToPlover, readPloverEvents } from "./plover-data.js";
import { evaluatePlover, type PloverReport } from "./plover-scoring.js";

export const EVALUATION_PARTS = ["corpus", "plover"] as const;
export type EvaluationPart = (typeof EVALUATION_PARTS)[number];

export interface EvaluationOptions {
  /** Default: the ingestion's default (the rule-based extractor). */
  extractor?: Extractor;
  /** Curated data folder (default: the project's data/). */
  dataDir?: string;
  /** Corpus articles to score (default: all). */
  articles?: readonly string[];
  /** Default: both. */
  parts?: readonly EvaluationPart[];
  /** PLOVER data folder (default: see `ploverDir`). */
  ploverDir?: string;
  onProgress?: (part: EvaluationPart, done: number, total: number) => void;
}

export interface EvaluationReport {
  extractor: string;
  /** Relation types accepted for one another in lenient matching. */
  lenientGroups: RelationType[][];
  corpus: CorpusReport | null;
  plover: PloverReport | null;
  /** Why the PLOVER part did not run, when it was asked for and its data is missing. */
  ploverMissing: string | null;
}

export async function runEvaluation(options: EvaluationOptions = {}): Promise<EvaluationReport> {
  const extractor = options.extractor ?? (await defaultExtractor());
  const parts = options.parts ?? EVALUATION_PARTS;
  const report: EvaluationReport = {
    extractor: extractor.name,
    lenientGroups: lenientGroups(),
    corpus: null,
    plover: null,
    ploverMissing: null,
  };
  if (parts.includes("corpus")) {
    const dataset = await loadCuratedDataset(options.dataDir);
    report.corpus = evaluateCorpus(dataset, extractor, {
      articles: options.articles,
      onArticle: (done, total) => options.onProgress?.("corpus", done, total),
    });
  }
  if (parts.includes("plover")) {
    const dir = options.ploverDir ?? ploverDir();
    if (!ploverDataPresent(dir)) report.ploverMissing = `no PLOVER data in ${dir}`;
    else
      report.plover = evaluatePlover(readPloverEvents(dir), categoriesOfTypes(readCameoToPlover(dir)), extractor, {
        onEvent: (done, total) => options.onProgress?.("plover", done, total),
      });
  }
  return report;
}
