// `actorgraph reviews export`: the analyst's reviews of ingested articles as labelled data, one
// JSON object a line (rejected entities and relations: negative examples; corrections: gold).

import { Command } from "commander";
import { writeFile } from "node:fs/promises";
import { IngestLedger } from "../ingest/ledger.js";
import { labelledExamples } from "../ingest/review-examples.js";
import { addEngineOptions, configFromFlags, type EngineFlags } from "./engine-options.js";

interface ExportFlags extends EngineFlags {
  out?: string;
}

export function reviewsCommand(): Command {
  const exportCommand = addEngineOptions(new Command("export"))
    .description(
      'the reviews as JSON Lines: {label: "rejected", kind: "entity"|"relation", ...} and ' +
        '{label: "corrected", kind: "relation", extracted, gold, ...}, each with its article and sentence',
    )
    .option("--out <file>", "write to this file instead of stdout")
    .action(async (flags: ExportFlags) => {
      const config = configFromFlags(flags);
      const examples = labelledExamples(await new IngestLedger(config.ingestDir).read());
      const lines = examples.map((e) => `${JSON.stringify(e)}\n`).join("");
      if (flags.out) {
        await writeFile(flags.out, lines, "utf8");
        console.error(`${examples.length} labelled examples written to ${flags.out}`);
      } else process.stdout.write(lines);
    });
  return new Command("reviews")
    .description("what analysts rejected or corrected when ingesting articles (see `ingest --help`)")
    .addCommand(exportCommand);
}
