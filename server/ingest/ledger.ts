// The ingestion ledger: every ingested article (text and metadata, in the same layout as the
// curated articles), what was extracted from it, the analyst's review of that, and the
// entity-resolution decisions. The graph is rebuilt from the curated data plus this ledger, so
// nothing ingested lives only in a store.

import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { ArticleMeta, IngestReview, RESOLUTION_METHODS, type Article } from "../../graph-schema/index.js";
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

/** The review kept beside an article (`reviews/ID.json`), applied whenever its extraction is merged. */
export const StoredReview = z
  .object({
    article: z.string().min(1),
    reviewedAt: z.string(),
    review: IngestReview,
  })
  .strict();
export type StoredReview = z.infer<typeof StoredReview>;

export interface LedgerEntry {
  article: Article;
  extractor: string;
  ingestedAt: string;
  extraction: Extraction;
  /** The analyst's rejections and corrections; absent when nothing was reviewed. */
  review?: StoredReview;
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
    return [this.dir, this.articlesDir, this.extractionsDir, this.reviewsDir];
  }

  private get reviewsDir(): string {
    return join(this.dir, "reviews");
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
        ...(await this.reviewOf(meta.data.id)),
      });
    }
    entries.sort((a, b) => a.ingestedAt.localeCompare(b.ingestedAt) || a.article.id.localeCompare(b.article.id));
    return { entries, decisions: await this.readDecisions() };
  }

  /** The review kept for an article (by its id, which its text decides), if any. */
  async readReview(article: string): Promise<StoredReview | null> {
    const path = join(this.reviewsDir, `${article}.json`);
    const raw = await readJson(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw error;
    });
    if (raw === null) return null;
    const parsed = StoredReview.safeParse(raw);
    if (!parsed.success) throw new LedgerError(`${path}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  }

  private async reviewOf(article: string): Promise<{ review?: StoredReview }> {
    const review = await this.readReview(article);
    return review ? { review } : {};
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
      // The review first: an entry is complete once its metadata file exists.
      if (entry.review) await this.writeReview(entry.review);
      await writeAtomically(join(this.articlesDir, meta.file), text);
      const extraction = { extractor: entry.extractor, ingestedAt: entry.ingestedAt, extraction: entry.extraction };
      await writeAtomically(join(this.extractionsDir, `${meta.id}.json`), `${JSON.stringify(extraction, null, 1)}\n`);
      await writeAtomically(join(this.articlesDir, `${meta.id}.meta.json`), `${JSON.stringify(meta, null, 2)}\n`);
    }
    if (decisions.length > 0) await this.writeDecisions([...(await this.readDecisions()), ...decisions]);
  }

  async writeReview(review: StoredReview): Promise<void> {
    await mkdir(this.reviewsDir, { recursive: true });
    await writeAtomically(join(this.reviewsDir, `${review.article}.json`), `${JSON.stringify(review, null, 2)}\n`);
  }

  async writeDecisions(decisions: readonly ResolutionDecision[]): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeAtomically(this.decisionsFile, `${JSON.stringify(decisions, null, 2)}\n`);
  }
}
