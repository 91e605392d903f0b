// `actorgraph evaluate`: scores the extractor against the curated corpus (leave-one-article-out), the
// PLOVER gold sentences and, on request, held-out gold articles; tables on stdout (or --json), progress on stderr.

import { Command, Option } from "commander";
import { DEFAULT_DATA_DIR, fromRoot } from "../../paths.js";
import { formatCorpus } from "./format-corpus.js";
import { formatGold } from "./format-gold.js";
import { formatPlover } from "./format-plover.js";
import { PLOVER_DIR_ENV, ploverDir } from "./plover-data.js";
import {
  DEFAULT_GOLD_DIR,
  DEFAULT_PARTS,
  EVALUATION_PARTS,
  runEvaluation,
  type EvaluationPart,
  type EvaluationReport,
} from "./run-evaluation.js";

interface EvaluateFlags {
  data: string;
  plover?: string;
  article?: string[];
  gold?: string;
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
  if (report.ploverMissing) sections.push(`PLOVER part skipped: ${report.ploverMissing}`);
  sections.push(`Lenient type groups: ${report.lenientGroups.map((g) => g.join("/")).join("; ")}`);
  return sections.join("\n\n");
}

export function evaluateCommand(): Command {
  return new Command("evaluate")
    .description(
      "score the extractor: entity and relation precision, recall and F1 on the curated corpus " +
        "(each article against a graph built without it), on the PLOVER gold-standard sentences and, " +
        "with --gold or --only gold, on held-out hand-annotated articles",
    )
    .option("--data <dir>", "folder of the curated data", DEFAULT_DATA_DIR)
    .option("--plover <dir>", `folder of the PLOVER data (default: $${PLOVER_DIR_ENV}, else ../shared/data/plover)`)
    .option("--article <id>", "score only this corpus article (repeatable; implies --only corpus)", collect)
    .option("--gold <dir>", `folder of held-out gold articles (default: ${DEFAULT_GOLD_DIR}; implies --only gold)`)
    .addOption(new Option("--only <part>", "run one part only").choices(EVALUATION_PARTS))
    .option("--json", "print the whole report as JSON")
    .option("--verbose", "list every miss and false positive with its sentence")
    .option("--allow-missing-plover", "when the PLOVER data is missing, skip that part and still exit 0")
    .action(async (flags: EvaluateFlags) => {
      const implied: EvaluationPart[] | null = flags.article ? ["corpus"] : flags.gold ? ["gold"] : null;
      const parts: EvaluationPart[] = flags.only ? [flags.only] : (implied ?? [...DEFAULT_PARTS]);
      if (flags.article && flags.gold) throw new Error("--article and --gold pick different parts; give one");
      if (implied && flags.only && !implied.includes(flags.only))
        throw new Error(
          `${flags.article ? "--article" : "--gold"} goes with --only ${implied[0]}, not --only ${flags.only}`,
        );
      const report = await runEvaluation({
        dataDir: fromRoot(flags.data),
        ploverDir: ploverDir(flags.plover),
        articles: flags.article,
        goldDir: flags.gold === undefined ? undefined : fromRoot(flags.gold),
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

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
