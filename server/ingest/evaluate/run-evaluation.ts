// The evaluation's entry point: the curated corpus (leave-one-article-out), the PLOVER gold sentences,
// the held-out gold articles and the analysts' reviews, run through one extractor, gathered into one report.

import { relative } from "node:path";
import type { RelationType } from "../../../graph-schema/index.js";
import { loadCuratedDataset } from "../../dataset/curated.js";
import type { Dataset } from "../../dataset/dataset.js";
import { readConfig } from "../../config.js";
import { DEFAULT_DATA_DIR, PROJECT_ROOT, fromRoot } from "../../paths.js";
import { defaultExtractor } from "../default-extractor.js";
import type { Extractor } from "../extractor.js";
import { IngestLedger } from "../ledger.js";
import { lenientGroups } from "./compatibility.js";
import { evaluateCorpus, type CorpusReport } from "./corpus.js";
import { readGoldFolder } from "./gold-files.js";
import { evaluateGold, type GoldReport } from "./gold-scoring.js";
import { categoriesOfTypes, ploverDataPresent, ploverDir, readCameoToPlover, readPloverEvents } from "./plover-data.js";
import { evaluatePlover, type PloverReport } from "./plover-scoring.js";
import { reviewedArticles, reviewedCount } from "./review-labels.js";
import { evaluateReviews, type ReviewReport } from "./review-scoring.js";

export const EVALUATION_PARTS = ["corpus", "plover", "gold", "reviews"] as const;
export type EvaluationPart = (typeof EVALUATION_PARTS)[number];
/** The held-out gold and reviews parts are measurements run on request (--gold, --reviews, --only), not by default. */
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
  /** The ingestion ledger whose reviews are scored against (default: `defaultReviewsDir(dataDir)`). */
  reviewsDir?: string;
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
  reviews: ReviewReport | null;
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
    reviews: null,
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
  if (parts.includes("reviews")) {
    const folder = options.reviewsDir ?? defaultReviewsDir(options.dataDir ?? DEFAULT_DATA_DIR);
    const contents = await new IngestLedger(folder).read();
    const counts = { total: reviewedCount(contents), ledgerArticles: contents.entries.length };
    report.reviews = await evaluateReviews(
      shownPath(folder),
      reviewedArticles(await dataset(), contents),
      counts,
      extractor,
      { onArticle: (done, total) => options.onProgress?.("reviews", done, total) },
    );
  }
  return report;
}

/** The ledger ingestion writes for this curated data folder (ACTORGRAPH_INGEST_DIR, else DATA/ingested). */
export const defaultReviewsDir = (dataDir: string): string =>
  readConfig({ ...process.env, ACTORGRAPH_DATA_DIR: dataDir }).ingestDir;
