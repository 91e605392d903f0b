// `actorgraph ingest FILE...`: extract entities and relations from new articles and merge them
// into the graph (the ingestion ledger first, then the store); --dry-run writes nothing.

import { Command } from "commander";
import type { IngestReport } from "../../graph-schema/index.js";
import { readArticleFile } from "../ingest/article-files.js";
import { defaultExtractor } from "../ingest/default-extractor.js";
import { ingestArticles, type IngestInput } from "../ingest/ingest.js";
import { IngestLedger } from "../ingest/ledger.js";
import { openStore } from "../store/open-store.js";
import { addEngineOptions, configFromFlags, type EngineFlags } from "./engine-options.js";
import { progressReporter } from "./progress.js";

interface IngestFlags extends EngineFlags {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  language?: string;
  dryRun?: boolean;
  json?: boolean;
}

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
    .action(async (files: string[], flags: IngestFlags) => {
      const metaFlags = { title: flags.title, outlet: flags.outlet, published: flags.published, url: flags.url };
      const given = Object.entries({ ...metaFlags, language: flags.language }).filter(([, v]) => v !== undefined);
      if (files.length > 1 && given.length > 0)
        throw new Error(`--${given[0]![0]} applies to one file; give each file a sidecar NAME.meta.json instead`);
      const config = configFromFlags(flags);
      const inputs: IngestInput[] = [];
      for (const file of files) inputs.push(await readArticleFile(file, { ...metaFlags, language: flags.language }));
      const store = flags.dryRun ? undefined : await openStore(config.store, config);
      const progress = progressReporter();
      try {
        const { reports } = await ingestArticles(inputs, {
          dataDir: config.dataDir,
          ledger: new IngestLedger(config.ingestDir),
          extractor: await defaultExtractor(),
          store,
          dryRun: flags.dryRun,
          onProgress: (done, total) => progress({ phase: "extract", done, total }),
        });
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
