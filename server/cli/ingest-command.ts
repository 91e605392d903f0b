// `actorgraph ingest FILE...`: extract entities and relations from new articles and merge them
// into the graph (the ingestion ledger first, then the store); --dry-run writes nothing, and
// --review applies the analyst's edits of a --dry-run --json preview before merging.

import { Command } from "commander";
import type { IngestReport } from "../../graph-schema/index.js";
import { readArticleFile } from "../ingest/article-files.js";
import { defaultExtractor } from "../ingest/default-extractor.js";
import { ingestArticles, type IngestInput, type IngestOptions } from "../ingest/ingest.js";
import { IngestLedger } from "../ingest/ledger.js";
import { openStore } from "../store/open-store.js";
import { addEngineOptions, configFromFlags, type EngineFlags } from "./engine-options.js";
import { readReviewFile } from "./ingest-review-file.js";
import { progressReporter } from "./progress.js";

interface IngestFlags extends EngineFlags {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  language?: string;
  dryRun?: boolean;
  json?: boolean;
  review?: string;
}

const REVIEW_HELP = `
Reviewing before merging:
  ingest FILE --dry-run --json > preview.json    what would be merged, nothing written
  (edit preview.json)                            delete an entity or relation to reject it;
                                                 change a relation's "type", "source" or "target"
                                                 (an entity id of the preview) to correct it; or add
                                                 "review": {"rejectedEntities": [extractedId...],
                                                 "rejectedRelations": [extracted.key...],
                                                 "corrections": [{"relation": key, "type"?, "source"?,
                                                 "target"?}]} (ends as extractedId)
  ingest FILE --review preview.json              merges what is left, as corrected
A rejected entity takes the relations that need it with it. The review is kept with the article
(data/ingested/reviews/) so a rebuild does not bring a rejection back; \`reviews export\` gives
the reviews as labelled examples.`;

function summary(report: IngestReport): string {
  const count = <T>(items: T[], pick: (item: T) => string): string => {
    const tally = new Map<string, number>();
    for (const item of items) tally.set(pick(item), (tally.get(pick(item)) ?? 0) + 1);
    return [...tally].map(([k, n]) => `${n} ${k}`).join(", ") || "none";
  };
  const lines = [
    `${report.article.id}  "${report.article.title}"${report.unchanged ? "  (already in the graph: unchanged)" : ""}`,
  ];
  if (!report.unchanged) {
    lines.push(`  entities:  ${count(report.entities, (e) => e.status)}`);
    lines.push(`  relations: ${count(report.relations, (r) => r.status)}`);
    for (const r of report.relations)
      lines.push(
        `    ${r.status.padEnd(12)} ${r.source} -${r.type}-> ${r.target}  ${r.date ?? "undated"}  (${r.confidence})`,
      );
    const review = report.appliedReview;
    if (review)
      lines.push(
        `  review:    rejected ${review.rejectedEntities.length} entities and ${review.rejectedRelations.length} relations, ` +
          `corrected ${review.corrected.length}, dropped ${review.dropped.length} with a rejected entity`,
      );
    if (report.disputes.length > 0) lines.push(`  disputes:  ${report.disputes.map((d) => d.question).join(" | ")}`);
    if (report.derivedFrom)
      lines.push(`  repeats ${report.derivedFrom.article} (${report.derivedFrom.basis}): not an independent source`);
  }
  for (const w of report.warnings) lines.push(`  warning: ${w}`);
  return lines.join("\n");
}

export function ingestCommand(): Command {
  return addEngineOptions(new Command("ingest"))
    .description(
      "extract entities and relations from articles (plain text or Markdown) and merge them into the graph; " +
        "metadata from the flags or from a sidecar NAME.meta.json {title, outlet, published, url}",
    )
    .argument("<files...>", "article files (.txt, .md)")
    .option("--title <title>", "headline (one file only; default: sidecar, Markdown heading, or first line)")
    .option("--outlet <outlet>", "publisher (one file only)")
    .option("--published <date>", "publication date, YYYY[-MM[-DD]] (one file only); resolves 'on Tuesday'")
    .option("--url <url>", "where the article was found (one file only)")
    .option("--language <code>", "ISO 639-1 language code (one file only)")
    .option("--dry-run", "report what would be added without writing anything")
    .option("--json", "print the report as JSON on stdout (one object per file; an array for several files)")
    .option(
      "--review <file>",
      "apply an edited --dry-run --json preview (or a review block) before merging (one file only)",
    )
    .addHelpText("after", REVIEW_HELP)
    .action(async (files: string[], flags: IngestFlags) => {
      const metaFlags = { title: flags.title, outlet: flags.outlet, published: flags.published, url: flags.url };
      const given = Object.entries({ ...metaFlags, language: flags.language }).filter(([, v]) => v !== undefined);
      if (files.length > 1 && given.length > 0)
        throw new Error(`--${given[0]![0]} applies to one file; give each file a sidecar NAME.meta.json instead`);
      if (files.length > 1 && flags.review) throw new Error("--review applies to one file");
      const config = configFromFlags(flags);
      const inputs: IngestInput[] = [];
      for (const file of files) inputs.push(await readArticleFile(file, { ...metaFlags, language: flags.language }));
      const store = flags.dryRun ? undefined : await openStore(config.store, config);
      const progress = progressReporter();
      try {
        const options: IngestOptions = {
          dataDir: config.dataDir,
          ledger: new IngestLedger(config.ingestDir),
          extractor: await defaultExtractor(),
          store,
          dryRun: flags.dryRun,
          onProgress: (done, total) => progress({ phase: "extract", done, total }),
        };
        if (flags.review) {
          // The edits are read against a fresh preview of the same text, which the session then reuses.
          const preview = await ingestArticles(inputs, { ...options, dryRun: true, onProgress: undefined });
          inputs[0]!.review = await readReviewFile(flags.review, preview.reports[0]!);
          options.session = preview.session;
        }
        const { reports } = await ingestArticles(inputs, options);
        progress.stop();
        if (flags.json) console.log(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
        else {
          console.log(reports.map(summary).join("\n\n"));
          if (flags.dryRun) console.log("\n(dry run: nothing was written)");
        }
      } finally {
        progress.stop();
        await store?.close();
      }
    });
}
