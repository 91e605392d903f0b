// `actorgraph validate`: check the curated data files (schema, references, unique ids and
// aliases, evidence offsets) and print each problem as file:line:column path: reason.

import { Command } from "commander";
import { formatProblem } from "../dataset/files.js";
import { validateDataFolder, type ValidationSummary } from "../dataset/validate.js";
import { readConfig } from "../config.js";
import { fromRoot } from "../paths.js";

export function validateCommand(): Command {
  return new Command("validate")
    .description("check the curated data: schema, referential integrity, unique ids/aliases, evidence offsets")
    .option("--data <dir>", "folder of the curated data (env ACTORGRAPH_DATA_DIR, default data/)")
    .option("--json", "print the result as JSON")
    .action(async (flags: { data?: string; json?: boolean }) => {
      // The flag wins; otherwise the folder every other command reads (ACTORGRAPH_DATA_DIR).
      const result = await validateDataFolder(flags.data ? fromRoot(flags.data) : readConfig().dataDir);
      if (flags.json) console.log(JSON.stringify(result, null, 2));
      else {
        for (const p of result.problems) console.log(`error   ${formatProblem(p)}`);
        for (const w of result.warnings) console.log(`warning ${formatProblem(w)}`);
        console.log(summaryLine(result.summary, result.problems.length, result.warnings.length));
      }
      if (result.problems.length > 0) process.exitCode = 1;
    });
}

function summaryLine(s: ValidationSummary, problems: number, warnings: number): string {
  const total = (o: Partial<Record<string, number>>) => Object.values(o).reduce((a = 0, b = 0) => a + b, 0);
  return (
    `${problems === 0 ? "valid" : "INVALID"}: ${s.articles} articles, ${total(s.entities)} entities, ` +
    `${total(s.relations)} relations, ${s.evidence} evidence entries (${s.sentences} distinct sentences), ${s.disputes} disputes; ` +
    `${problems} errors, ${warnings} warnings`
  );
}
