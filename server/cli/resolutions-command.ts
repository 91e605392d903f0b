// `actorgraph resolutions`: list the entity-resolution decisions ingestion made, and undo (or
// redo) one. The graph is rebuilt from the data folder and the ledger, so an undo loses nothing.

import { Command } from "commander";
import { IngestLedger, type ResolutionDecision } from "../ingest/ledger.js";
import { openStore } from "../store/open-store.js";
import { addEngineOptions, configFromFlags, type EngineFlags } from "./engine-options.js";
import { loadCorpus } from "./load-command.js";

interface ListFlags extends EngineFlags {
  article?: string;
  json?: boolean;
}

const line = (d: ResolutionDecision): string =>
  `${d.id}  "${d.mention}" → ${d.entity}  (${d.method}, ${d.score.toFixed(2)})${d.undoneAt ? "  UNDONE" : ""}` +
  (d.note ? `\n    ${d.note}` : "");

async function setUndone(flags: EngineFlags, id: string, undone: boolean): Promise<void> {
  const config = configFromFlags(flags);
  const ledger = new IngestLedger(config.ingestDir);
  const decisions = await ledger.readDecisions();
  const decision = decisions.find((d) => d.id === id);
  if (!decision) throw new Error(`no resolution decision "${id}" (see \`actorgraph resolutions list\`)`);
  if (Boolean(decision.undoneAt) === undone) {
    console.log(`${id} is already ${undone ? "undone" : "in force"}; nothing changed`);
    return;
  }
  decision.undoneAt = undone ? new Date().toISOString() : null;
  await ledger.writeDecisions(decisions);
  // Splitting or re-merging entities moves edges, so the store is rebuilt rather than patched.
  const store = await openStore(config.store, config);
  try {
    const report = await loadCorpus(store, config, { reset: true });
    console.log(
      `${undone ? "undid" : "restored"} ${id}: "${decision.mention}" ${undone ? "is now its own entity" : `is ${decision.entity} again`}; ` +
        `graph reloaded (${report.entities} entities, ${report.relations} relations)`,
    );
  } finally {
    await store.close();
  }
}

export function resolutionsCommand(): Command {
  const list = addEngineOptions(new Command("list"))
    .description("list the decisions that tied a mention to an existing entity")
    .option("--article <id>", "only decisions made for this article")
    .option("--json", "print them as JSON")
    .action(async (flags: ListFlags) => {
      const config = configFromFlags(flags);
      const decisions = (await new IngestLedger(config.ingestDir).readDecisions()).filter(
        (d) => !flags.article || d.article === flags.article,
      );
      if (flags.json) console.log(JSON.stringify(decisions, null, 2));
      else console.log(decisions.length ? decisions.map(line).join("\n") : "no resolution decisions recorded");
    });
  const undo = addEngineOptions(new Command("undo"))
    .description("undo a decision: the mention becomes an entity of its own; its spelling leaves the aliases")
    .argument("<id>", "decision id, as `resolutions list` shows it")
    .action((id: string, flags: EngineFlags) => setUndone(flags, id, true));
  const redo = addEngineOptions(new Command("redo"))
    .description("put an undone decision back in force")
    .argument("<id>", "decision id")
    .action((id: string, flags: EngineFlags) => setUndone(flags, id, false));
  return new Command("resolutions")
    .description("entity-resolution decisions made by ingestion: list, undo, redo")
    .addCommand(list)
    .addCommand(undo)
    .addCommand(redo);
}
