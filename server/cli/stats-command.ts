// `actorgraph stats`: what the store holds, by entity label and relation type.

import { Command } from "commander";
import { openStore } from "../store/open-store.js";
import { addEngineOptions, configFromFlags, type EngineFlags } from "./engine-options.js";

export function statsCommand(): Command {
  return addEngineOptions(new Command("stats"))
    .description("print what the store holds: entities by type, relations by type, articles, disputes")
    .option("--json", "print as JSON")
    .action(async (flags: EngineFlags & { json?: boolean }) => {
      const config = configFromFlags(flags);
      const store = await openStore(config.store, config);
      try {
        const [engine, counts] = await Promise.all([store.describe(), store.counts()]);
        if (flags.json) {
          console.log(JSON.stringify({ ...engine, ...counts }, null, 2));
          return;
        }
        console.log(`${engine.engine} ${engine.version} at ${engine.location}`);
        console.log(`entities: ${counts.totalEntities}`);
        for (const [label, n] of Object.entries(counts.entities)) console.log(`  ${label.padEnd(22)} ${n}`);
        console.log(`relations: ${counts.totalRelations}`);
        for (const [type, n] of Object.entries(counts.relations).sort()) console.log(`  ${type.padEnd(22)} ${n}`);
        console.log(`articles: ${counts.articles}  disputes: ${counts.disputes}  mentions: ${counts.mentions}`);
      } finally {
        await store.close();
      }
    });
}
