// The evaluation's entry point: the curated corpus (leave-one-article-out), the PLOVER gold sentences
// and the held-out gold articles, run through one extractor, gathered into one report.

import { relative } from "node:path";
import type { RelationType } from "../../../graph-schema/index.js";
import { loadCuratedDataset } from "../../dataset/curated.js";
import type { Dataset } from "../../dataset/dataset.js";
import { PROJECT_ROOT, fromRoot } from "../../paths.js";
import { defaultExtractor } from "../default-extractor.js";
import type { Extractor } from "../extractor.js";
import { lenientGroups } from "./compatibility.js";
import { evaluateCorpus, type CorpusReport } from "./corpus.js";
import { readGoldFolder } from "./gold-files.js";
import { evaluateGold, type GoldReport } from "./gold-scoring.js";
import { categoriesOfTypes, ploverDataPresent, ploverDir, readCameoToPlover, readPloverEvents } from "./plover-data.js";
import { evaluatePlover, type PloverReport } from "./plover-scoring.js";

export const EVALUATION_PARTS = ["corpus", "plover", "gold"] as const;
export type EvaluationPart = (typeof EVALUATION_PARTS)[number];
/** The held-out gold part is a measurement run on request (--gold or --only gold), not by default. */
export const DEFAULT_PARTS: readonly EvaluationPart[] = ["corpus", "plover"];
/** The held-out gold articles, relative to the project root. */
export const DEFAULT_GOLD_DIR = "data/eval/storyline";

export interface EvaluationOptions {
  /** Default: the ingestion's default (the rule-based extractor). */
  extractor?: Extractor;
  /** Curated data folder (default: the project's data/). */
  dataDir?: string;
  /** Corpus articles to score (default: all). */
  articles?: readonly string[];
  /** Default: DEFAULT_PARTS. */
  parts?: readonly EvaluationPart[];
  /** Folder of held-out gold articles (default: DEFAULT_GOLD_DIR under the project root). */
  goldDir?: string;
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
  gold: GoldReport | null;
  /** Why the PLOVER part did not run, when it was asked for and its data is missing. */
  ploverMissing: string | null;
}

/** A folder as the report names it: relative to the project root when inside it. */
function shownPath(folder: string): string {
  const inside = relative(PROJECT_ROOT, folder);
  return inside === "" || inside.startsWith("..") ? folder : inside;
}

export async function runEvaluation(options: EvaluationOptions = {}): Promise<EvaluationReport> {
  const extractor = options.extractor ?? (await defaultExtractor());
  const parts = options.parts ?? DEFAULT_PARTS;
  const report: EvaluationReport = {
    extractor: extractor.name,
    lenientGroups: lenientGroups(),
    corpus: null,
    plover: null,
    gold: null,
    ploverMissing: null,
  };
  let curated: Promise<Dataset> | null = null;
  const dataset = (): Promise<Dataset> => (curated ??= loadCuratedDataset(options.dataDir));
  if (parts.includes("corpus")) {
    report.corpus = await evaluateCorpus(await dataset(), extractor, {
      articles: options.articles,
      onArticle: (done, total) => options.onProgress?.("corpus", done, total),
    });
  }
  if (parts.includes("plover")) {
    const dir = options.ploverDir ?? ploverDir();
    if (!ploverDataPresent(dir)) report.ploverMissing = `no PLOVER data in ${dir}`;
    else
      report.plover = await evaluatePlover(
        readPloverEvents(dir),
        categoriesOfTypes(readCameoToPlover(dir)),
        extractor,
        {
          onEvent: (done, total) => options.onProgress?.("plover", done, total),
        },
      );
  }
  if (parts.includes("gold")) {
    const { entities, relations } = await dataset();
    const folder = options.goldDir ?? fromRoot(DEFAULT_GOLD_DIR);
    report.gold = await evaluateGold(
      shownPath(folder),
      await readGoldFolder(folder, entities),
      { entities, relations },
      extractor,
      {
        onArticle: (done, total) => options.onProgress?.("gold", done, total),
      },
    );
  }
  return report;
}
