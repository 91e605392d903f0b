// `actorgraph evaluate`: scores the extractor against the curated corpus (leave-one-article-out), the
// PLOVER gold sentences and, on request, held-out gold articles or the analysts' reviews; tables on stdout
// (or --json), progress on stderr.

import { Command, Option } from "commander";
import { DEFAULT_DATA_DIR, fromRoot } from "../../paths.js";
import { formatCorpus } from "./format-corpus.js";
import { formatGold } from "./format-gold.js";
import { formatPlover } from "./format-plover.js";
import { formatReviews } from "./format-reviews.js";
import { PLOVER_DIR_ENV, ploverDir } from "./plover-data.js";
import {
  DEFAULT_GOLD_DIR,
  DEFAULT_PARTS,
  EVALUATION_PARTS,
  defaultReviewsDir,
  runEvaluation,
  type EvaluationPart,
  type EvaluationReport,
} from "./run-evaluation.js";

interface EvaluateFlags {
  data?: string;
  plover?: string;
  article?: string[];
  gold?: string;
  /** A ledger folder, or true for the default one. */
  reviews?: string | true;
  only?: EvaluationPart;
  json?: boolean;
  verbose?: boolean;
  allowMissingPlover?: boolean;
}

/** A line per article and per quarter of the PLOVER sentences: readable in logs as on a terminal. */
function progressLines(stream: NodeJS.WritableStream = process.stderr) {
  const lastQuarter = new Map<EvaluationPart, number>();
  return (part: EvaluationPart, done: number, total: number): void => {
    const step = part === "plover" ? Math.floor((4 * done) / Math.max(total, 1)) : done;
    if ((lastQuarter.get(part) ?? -1) >= step) return;
    lastQuarter.set(part, step);
    stream.write(`${part}: ${done}/${total}\n`);
  };
}

export function formatReport(report: EvaluationReport, verbose: boolean): string {
  const sections = [`Extractor: ${report.extractor}`];
  if (report.corpus) sections.push(formatCorpus(report.corpus, verbose));
  if (report.plover) sections.push(formatPlover(report.plover, verbose));
  if (report.gold) sections.push(formatGold(report.gold, verbose));
  if (report.reviews) sections.push(formatReviews(report.reviews, verbose));
  if (report.ploverMissing) sections.push(`PLOVER part skipped: ${report.ploverMissing}`);
  sections.push(`Lenient type groups: ${report.lenientGroups.map((g) => g.join("/")).join("; ")}`);
  return sections.join("\n\n");
}

export function evaluateCommand(): Command {
  return new Command("evaluate")
    .description(
      "score the extractor: entity and relation precision, recall and F1 on the curated corpus " +
        "(each article against a graph built without it), on the PLOVER gold-standard sentences and, " +
        "with --gold or --only gold, on held-out hand-annotated articles; with --reviews, against what analysts " +
        "accepted, rejected and corrected when ingesting articles",
    )
    .option("--data <dir>", "folder of the curated data (default: data/)")
    .option("--plover <dir>", `folder of the PLOVER data (default: $${PLOVER_DIR_ENV}, else ../shared/data/plover)`)
    .option("--article <id>", "score only this corpus article (repeatable; implies --only corpus)", collect)
    .option("--gold <dir>", `folder of held-out gold articles (default: ${DEFAULT_GOLD_DIR}; implies --only gold)`)
    .option(
      "--reviews [dir]",
      "score against the analysts' reviews kept in this ingestion ledger (default: $ACTORGRAPH_INGEST_DIR, " +
        "else DATA/ingested): each reviewed article is extracted again; relations left ticked and corrected ones " +
        "are gold, rejected ones and the uncorrected form of corrected ones false positives; output no review " +
        "judged is counted, not scored (implies --only reviews)",
    )
    .addOption(new Option("--only <part>", "run one part only").choices(EVALUATION_PARTS))
    .option("--json", "print the whole report as JSON")
    .option("--verbose", "list every miss and false positive with its sentence")
    .option("--allow-missing-plover", "when the PLOVER data is missing, skip that part and still exit 0")
    .action(async (flags: EvaluateFlags) => {
      const parts = partsOf(flags);
      const data = flags.data ? fromRoot(flags.data) : DEFAULT_DATA_DIR;
      const report = await runEvaluation({
        dataDir: data,
        ploverDir: ploverDir(flags.plover),
        articles: flags.article,
        goldDir: flags.gold === undefined ? undefined : fromRoot(flags.gold),
        reviewsDir:
          flags.reviews === undefined
            ? undefined
            : flags.reviews === true
              ? defaultReviewsDir(data)
              : fromRoot(flags.reviews),
        parts,
        onProgress: progressLines(),
      });
      console.log(flags.json ? JSON.stringify(report, null, 2) : formatReport(report, flags.verbose ?? false));
      if (report.ploverMissing) {
        const allowed = flags.allowMissingPlover === true;
        console.error(
          `actorgraph: PLOVER part skipped: ${report.ploverMissing} (pass --plover DIR or set ${PLOVER_DIR_ENV}` +
            `${allowed ? "" : "; --allow-missing-plover to accept this with exit code 0"})`,
        );
        if (!allowed) process.exitCode = 1;
      }
    });
}

/** The flags that pick one part, and the part each picks. */
const PART_FLAGS = [
  ["article", "corpus"],
  ["gold", "gold"],
  ["reviews", "reviews"],
] as const satisfies readonly (readonly [keyof EvaluateFlags, EvaluationPart])[];

function partsOf(flags: EvaluateFlags): EvaluationPart[] {
  const given = PART_FLAGS.filter(([flag]) => flags[flag] !== undefined);
  if (given.length > 1) throw new Error(`${given.map(([f]) => `--${f}`).join(" and ")} pick different parts; give one`);
  const [flag, part] = given[0] ?? [null, null];
  if (flag && flags.only && flags.only !== part)
    throw new Error(`--${flag} goes with --only ${part}, not --only ${flags.only}`);
  return flags.only ? [flags.only] : part ? [part] : [...DEFAULT_PARTS];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
