// Reads articles to ingest from files: plain text or Markdown, with metadata from flags or from
// a sidecar NAME.meta.json beside NAME.txt / NAME.md. Every problem names the file it is in.

import { readFile } from "node:fs/promises";
import { basename, extname, join, dirname } from "node:path";
import removeMarkdown from "remove-markdown";
import { IngestMeta } from "../../graph-schema/index.js";
import type { IngestInput } from "./ingest.js";

export class ArticleFileError extends Error {
  override name = "ArticleFileError";
}

const MARKDOWN = new Set([".md", ".markdown"]);

/** Markdown becomes the plain text a reader sees (evidence offsets point into that text). */
export function markdownToText(markdown: string): { text: string; heading: string | null } {
  const heading = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? null;
  const text = removeMarkdown(markdown, { gfm: true, useImgAltText: false })
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, heading };
}

async function readSidecar(file: string): Promise<Record<string, unknown>> {
  const path = join(dirname(file), `${basename(file, extname(file))}.meta.json`);
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch {
    return {};
  }
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new Error("expected an object {title, outlet, published, url}");
    // The curated layout carries more fields (id, file, publishedRange ...); only these apply here.
    const { title, outlet, published, url, language } = parsed as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries({ title, outlet, published, url, language }).filter(([, v]) => v !== undefined),
    );
  } catch (error) {
    throw new ArticleFileError(`${path}: ${(error as Error).message}`);
  }
}

/** One file to ingest; `flags` (title, outlet, published, url) win over the sidecar. */
export async function readArticleFile(file: string, flags: Record<string, unknown> = {}): Promise<IngestInput> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (error) {
    throw new ArticleFileError(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const markdown = MARKDOWN.has(extname(file).toLowerCase()) ? markdownToText(raw) : null;
  const text = markdown ? markdown.text : raw.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new ArticleFileError(`${file}: the file has no text`);
  const sidecar = await readSidecar(file);
  const firstLine = text.trim().split("\n")[0]!.trim().slice(0, 200);
  const given = { ...sidecar, ...Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)) };
  const meta = IngestMeta.safeParse({ title: markdown?.heading ?? firstLine, ...given });
  if (!meta.success)
    throw new ArticleFileError(
      `${file}: ${meta.error.issues.map((i) => `${i.path.join(".") || "metadata"}: ${i.message}`).join("; ")}`,
    );
  return { meta: meta.data, text };
}
