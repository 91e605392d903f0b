// The import ledger: one gzipped JSON file per imported file (its Contribution) and the actor
// resolution decisions, so the graph can be rebuilt from files and nothing imported lives only
// in a database. Files are written whole or not at all.

import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { z } from "zod";
import { ArticleMeta, EntityRecord, RelationRecord } from "../../graph-schema/index.js";
import { LedgerError, ResolutionDecision } from "../ingest/ledger.js";
import type { Contribution } from "./contribution.js";

const StoredContribution = z.object({
  source: ArticleMeta.extend({ text: z.string() }),
  entities: z.array(EntityRecord),
  aliases: z.record(z.string(), z.array(z.string())),
  relations: z.array(RelationRecord),
});

async function writeAtomically(path: string, content: string | Buffer): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}

export class ImportLedger {
  constructor(readonly dir: string) {}

  private get decisionsFile(): string {
    return join(this.dir, "resolutions.json");
  }

  /** Every imported file's contribution, oldest import first. */
  async read(): Promise<Contribution[]> {
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter((n) => n.endsWith(".json.gz")).sort();
    const contributions: Contribution[] = [];
    for (const name of names) {
      const path = join(this.dir, name);
      let raw: unknown;
      try {
        raw = JSON.parse(gunzipSync(await readFile(path)).toString("utf8"));
      } catch (error) {
        throw new LedgerError(`${path}: not a gzipped JSON import record (${(error as Error).message})`);
      }
      const parsed = StoredContribution.safeParse(raw);
      if (!parsed.success)
        throw new LedgerError(`${path}: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
      contributions.push({ ...parsed.data, source: { ...parsed.data.source, derivedFrom: null } });
    }
    return contributions.sort(
      (a, b) => a.source.note.localeCompare(b.source.note) || a.source.id.localeCompare(b.source.id),
    );
  }

  async write(contribution: Contribution): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const { derivedFrom: _derived, ...source } = contribution.source;
    const body = JSON.stringify({ ...contribution, source });
    await writeAtomically(join(this.dir, `${source.id}.json.gz`), gzipSync(body));
  }

  async readDecisions(): Promise<ResolutionDecision[]> {
    const text = await readFile(this.decisionsFile, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return "[]";
      throw error;
    });
    const parsed = z.array(ResolutionDecision).safeParse(JSON.parse(text));
    if (!parsed.success) throw new LedgerError(`${this.decisionsFile}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  }

  async appendDecisions(decisions: readonly ResolutionDecision[]): Promise<void> {
    if (decisions.length > 0) await this.writeDecisions([...(await this.readDecisions()), ...decisions]);
  }

  async writeDecisions(decisions: readonly ResolutionDecision[]): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeAtomically(this.decisionsFile, `${JSON.stringify(decisions, null, 2)}\n`);
  }
}
