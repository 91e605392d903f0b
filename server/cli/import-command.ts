// `actorgraph import gdelt|icews FILE...`: read GDELT or ICEWS event files (layout detected, gzip
// or plain), resolve their actors, aggregate their events into relations and merge them into the
// graph (import ledger, then the store); --dry-run prints the same summary and writes nothing.

import { join } from "node:path";
import { Command, Option } from "commander";
import { parsePartialDate } from "../../graph-schema/index.js";
import { importEventFiles, type ImportSummary } from "../import/event-import.js";
import { formatRowProblem } from "../import/event-row.js";
import { ImportLedger } from "../import/import-ledger.js";
import { loadImportedGraph } from "../import/imported-graph.js";
import type { ResolutionDecision } from "../ingest/ledger.js";
import type { EventDataset } from "../import/layouts.js";
import { openStore } from "../store/open-store.js";
import { addEngineOptions, configFromFlags, type EngineFlags } from "./engine-options.js";
import { progressReporter } from "./progress.js";

interface ImportFlags extends EngineFlags {
  imported?: string;
  dryRun?: boolean;
  from?: string;
  to?: string;
  actor: string[];
  rootCodes?: string;
  onError: "skip" | "fail";
  json?: boolean;
}

function printSummary(s: ImportSummary): void {
  for (const f of s.files) {
    console.log(`${f.file}  (${f.layout}, source ${f.source})`);
    console.log(`  rows read: ${f.rowsRead}, events imported: ${f.eventsImported}`);
    for (const [reason, n] of Object.entries(f.skipped)) console.log(`  skipped ${n}: ${reason}`);
    for (const p of f.problems.slice(0, 10)) console.log(`    ${formatRowProblem(p)}`);
    if (f.dateRange) console.log(`  dates: ${f.dateRange.from} .. ${f.dateRange.to}`);
  }
  console.log(
    `entities: ${s.entities.new} new, ${s.entities.resolved} actors resolved to entities already in the graph`,
  );
  console.log(`relations: ${s.relations.new} new, ${s.relations.updated} updated`);
  if (s.unchanged) console.log("the graph already holds these events: nothing changed");
  if (s.dryRun) console.log("(dry run: nothing was written)");
}

function datasetCommand(dataset: EventDataset, layouts: string): Command {
  return addEngineOptions(new Command(dataset))
    .description(`import ${dataset.toUpperCase()} event files (${layouts}; gzip or plain, layout detected)`)
    .argument("<files...>", "event files")
    .option("--imported <dir>", "folder of the import ledger (default DATA/imported)")
    .option("--dry-run", "read, resolve and aggregate, print the summary, write nothing")
    .option("--from <date>", "keep events on or after this date (YYYY[-MM[-DD]])")
    .option("--to <date>", "keep events on or before this date (YYYY[-MM[-DD]])")
    .option(
      "--actor <codeOrName>",
      "keep events with this actor (code, name or entity id); repeatable",
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option("--root-codes <roots>", "keep events of these CAMEO roots, comma-separated (e.g. 04,19)")
    .addOption(
      new Option("--on-error <mode>", "a malformed row is skipped and reported, or fails the import")
        .choices(["skip", "fail"])
        .default("skip"),
    )
    .option("--json", "print the summary as JSON")
    .action(async (files: string[], flags: ImportFlags) => {
      for (const [flag, value] of [
        ["--from", flags.from],
        ["--to", flags.to],
      ] as const)
        if (value !== undefined && parsePartialDate(value) === null)
          throw new Error(`${flag} ${value}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
      const rootCodes = flags.rootCodes?.split(",").map((r) => r.trim().padStart(2, "0"));
      if (rootCodes?.some((r) => !/^(0[1-9]|1\d|20)$/.test(r)))
        throw new Error(`--root-codes ${flags.rootCodes}: expected CAMEO roots 01..20`);
      const config = configFromFlags(flags);
      const store = flags.dryRun ? undefined : await openStore(config.store, config);
      const progress = progressReporter();
      try {
        const summary = await importEventFiles(files, {
          dataset,
          dataDir: config.dataDir,
          ingestDir: config.ingestDir,
          importDir: flags.imported ?? join(config.dataDir, "imported"),
          store,
          dryRun: flags.dryRun,
          filter: { from: flags.from, to: flags.to, actors: flags.actor, rootCodes },
          onError: flags.onError,
          onProgress: (file, rows) => progress({ phase: file.slice(0, 24), done: rows, total: rows }),
        });
        progress.stop();
        if (flags.json) console.log(JSON.stringify(summary, null, 2));
        else printSummary(summary);
      } finally {
        progress.stop();
        await store?.close();
      }
    });
}

interface LedgerFlags extends EngineFlags {
  imported?: string;
  json?: boolean;
}

const importDirOf = (flags: LedgerFlags, dataDir: string): string => flags.imported ?? join(dataDir, "imported");

/** Undoes or restores one actor resolution, then rebuilds the store (splitting an entity moves edges). */
async function setUndone(id: string, flags: LedgerFlags, undone: boolean): Promise<void> {
  const config = configFromFlags(flags);
  const ledger = new ImportLedger(importDirOf(flags, config.dataDir));
  const decisions = await ledger.readDecisions();
  const decision = decisions.find((d) => d.id === id);
  if (!decision) throw new Error(`no import decision "${id}" (see \`actorgraph import decisions\`)`);
  if (Boolean(decision.undoneAt) === undone) {
    console.log(`${id} is already ${undone ? "undone" : "in force"}; nothing changed`);
    return;
  }
  decision.undoneAt = undone ? new Date().toISOString() : null;
  await ledger.writeDecisions(decisions);
  const dataset = await loadImportedGraph(config.dataDir, config.ingestDir, importDirOf(flags, config.dataDir));
  const store = await openStore(config.store, config);
  try {
    const report = await store.load(dataset, { reset: true });
    console.log(
      `${undone ? "undid" : "restored"} ${id}: "${decision.mention}" ${undone ? "is now its own entity" : `is ${decision.entity} again`}; ` +
        `graph reloaded (${report.entities} entities, ${report.relations} relations)`,
    );
  } finally {
    await store.close();
  }
}

function decisionCommands(): Command[] {
  const withLedger = (cmd: Command): Command =>
    addEngineOptions(cmd).option("--imported <dir>", "folder of the import ledger (default DATA/imported)");
  const list = withLedger(new Command("decisions"))
    .description("list the decisions that tied a dataset's actor code or name to an entity the graph had")
    .option("--json", "print them as JSON")
    .action(async (flags: LedgerFlags) => {
      const config = configFromFlags(flags);
      const decisions = await new ImportLedger(importDirOf(flags, config.dataDir)).readDecisions();
      if (flags.json) console.log(JSON.stringify(decisions, null, 2));
      else console.log(decisions.length ? decisions.map(decisionLine).join("\n") : "no import decisions recorded");
    });
  const undo = withLedger(new Command("undo"))
    .description("undo a decision: the actor becomes an entity of its own, its events move to it")
    .argument("<id>", "decision id, as `import decisions` shows it")
    .action((id: string, flags: LedgerFlags) => setUndone(id, flags, true));
  const redo = withLedger(new Command("redo"))
    .description("put an undone decision back in force")
    .argument("<id>", "decision id")
    .action((id: string, flags: LedgerFlags) => setUndone(id, flags, false));
  return [list, undo, redo];
}

const decisionLine = (d: ResolutionDecision): string =>
  `${d.id}  ${d.article}  "${d.mention}" → ${d.entity}  (${d.method}, ${d.score.toFixed(2)})${d.undoneAt ? "  UNDONE" : ""}` +
  (d.note ? `\n    ${d.note}` : "");

export function importCommand(): Command {
  const command = new Command("import")
    .description("import GDELT or ICEWS event data into the graph; list or undo how their actors were resolved")
    .addCommand(datasetCommand("gdelt", "GDELT 1.0 with header, 1.0 raw 57/58 columns, 2.0 raw 61 columns"))
    .addCommand(datasetCommand("icews", "ICEWS raw events with named actors, ICEWS quadruples"));
  for (const sub of decisionCommands()) command.addCommand(sub);
  return command;
}
