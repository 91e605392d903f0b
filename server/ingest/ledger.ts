// The ingestion ledger: every ingested article (text and metadata, in the same layout as the
// curated articles), what was extracted from it, and the entity-resolution decisions. The graph
// is rebuilt from the curated data plus this ledger, so nothing ingested lives only in a store.

import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { ArticleMeta, RESOLUTION_METHODS, type Article } from "../../graph-schema/index.js";
import type { Extraction } from "./extractor.js";

/** One resolution of a mention to an entity; undoing it splits the mention off as its own entity. */
export const ResolutionDecision = z
  .object({
    id: z.string().min(1),
    article: z.string().min(1),
    /** The extractor's id for the mention's entity (an existing id, or a proposed slug). */
    proposed: z.string().min(1),
    mention: z.string().min(1),
    entity: z.string().min(1),
    method: z.enum(RESOLUTION_METHODS),
    score: z.number(),
    note: z.string().nullable(),
    decidedAt: z.string(),
    undoneAt: z.string().nullable().default(null),
  })
  .strict();
export type ResolutionDecision = z.infer<typeof ResolutionDecision>;

const StoredExtraction = z.object({
  extractor: z.string(),
  ingestedAt: z.string(),
  // Written by this program; its inner shape is the Extraction interface.
  extraction: z.object({
    entities: z.array(z.unknown()),
    relations: z.array(z.unknown()),
    cues: z.array(z.unknown()),
    sentences: z.array(z.unknown()),
    warnings: z.array(z.string()),
  }),
});

export interface LedgerEntry {
  article: Article;
  extractor: string;
  ingestedAt: string;
  extraction: Extraction;
}

export interface LedgerContents {
  entries: LedgerEntry[];
  decisions: ResolutionDecision[];
}

export class LedgerError extends Error {
  override name = "LedgerError";
}

/** Writes a file whole or not at all (a crash mid-write leaves the old file). */
async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content, "utf8");
  await rename(temporary, path);
}

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, "utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LedgerError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

export class IngestLedger {
  constructor(readonly dir: string) {}

  /** The folders whose contents make up the ledger (to notice changes). */
  folders(): string[] {
    return [this.dir, this.articlesDir, this.extractionsDir];
  }

  private get articlesDir(): string {
    return join(this.dir, "articles");
  }

  private get extractionsDir(): string {
    return join(this.dir, "extractions");
  }

  private get decisionsFile(): string {
    return join(this.dir, "resolutions.json");
  }

  /** Everything ingested so far, oldest first; an empty or missing folder is an empty ledger. */
  async read(): Promise<LedgerContents> {
    const names = await readdir(this.articlesDir).catch(() => [] as string[]);
    const entries: LedgerEntry[] = [];
    for (const name of names.filter((n) => n.endsWith(".meta.json")).sort()) {
      const metaPath = join(this.articlesDir, name);
      const meta = ArticleMeta.safeParse(await readJson(metaPath));
      if (!meta.success) throw new LedgerError(`${metaPath}: ${meta.error.issues.map((i) => i.message).join("; ")}`);
      const text = await readFile(join(this.articlesDir, meta.data.file), "utf8");
      const extractionPath = join(this.extractionsDir, `${meta.data.id}.json`);
      const stored = StoredExtraction.safeParse(await readJson(extractionPath));
      if (!stored.success) throw new LedgerError(`${extractionPath}: not an extraction record`);
      entries.push({
        article: { ...meta.data, text, derivedFrom: null },
        extractor: stored.data.extractor,
        ingestedAt: stored.data.ingestedAt,
        extraction: stored.data.extraction as unknown as Extraction,
      });
    }
    entries.sort((a, b) => a.ingestedAt.localeCompare(b.ingestedAt) || a.article.id.localeCompare(b.article.id));
    return { entries, decisions: await this.readDecisions() };
  }

  async readDecisions(): Promise<ResolutionDecision[]> {
    const raw = await readJson(this.decisionsFile).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    });
    const parsed = z.array(ResolutionDecision).safeParse(raw);
    if (!parsed.success) throw new LedgerError(`${this.decisionsFile}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  }

  /** Records articles (text first, metadata last: a metadata file means the entry is complete). */
  async append(entries: readonly LedgerEntry[], decisions: readonly ResolutionDecision[]): Promise<void> {
    await mkdir(this.articlesDir, { recursive: true });
    await mkdir(this.extractionsDir, { recursive: true });
    for (const entry of entries) {
      const { text, derivedFrom: _derived, ...meta } = entry.article;
      await writeAtomically(join(this.articlesDir, meta.file), text);
      const extraction = { extractor: entry.extractor, ingestedAt: entry.ingestedAt, extraction: entry.extraction };
      await writeAtomically(join(this.extractionsDir, `${meta.id}.json`), `${JSON.stringify(extraction, null, 1)}\n`);
      await writeAtomically(join(this.articlesDir, `${meta.id}.meta.json`), `${JSON.stringify(meta, null, 2)}\n`);
    }
    if (decisions.length > 0) await this.writeDecisions([...(await this.readDecisions()), ...decisions]);
  }

  async writeDecisions(decisions: readonly ResolutionDecision[]): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeAtomically(this.decisionsFile, `${JSON.stringify(decisions, null, 2)}\n`);
  }
}
