// Reads the analyst's review for `ingest FILE --review preview.json`: the file is the JSON of
// `ingest FILE --dry-run --json`, edited. An entity or relation deleted from it is rejected; a
// relation whose type, source or target was changed is corrected; a `review` block in it (or a
// file holding only {rejectedEntities, rejectedRelations, corrections}) is taken as written.

import { readFile, stat } from "node:fs/promises";
import { z } from "zod";
import { IngestReview, type IngestReport, type RelationCorrection } from "../../graph-schema/index.js";
import { mergeReviews } from "../ingest/review.js";

/** A preview is a few hundred kilobytes at most; anything far larger is not one. */
const MAX_REVIEW_FILE_BYTES = 10_000_000;

const EditedPreview = z.object({
  article: z.object({ id: z.string() }).optional(),
  entities: z.array(z.object({ id: z.string(), extractedId: z.string() })).optional(),
  relations: z
    .array(
      z.object({
        type: z.string(),
        source: z.string(),
        target: z.string(),
        extracted: z.object({ key: z.string() }),
      }),
    )
    .optional(),
  review: IngestReview.optional(),
});
type EditedPreview = z.infer<typeof EditedPreview>;

const isBareReview = (raw: unknown): boolean =>
  typeof raw === "object" &&
  raw !== null &&
  !("relations" in raw) &&
  ["rejectedEntities", "rejectedRelations", "corrections"].some((k) => k in raw);

async function readJsonFile(path: string): Promise<unknown> {
  if ((await stat(path)).size > MAX_REVIEW_FILE_BYTES) throw new Error(`${path}: larger than a preview can be`);
  try {
    return JSON.parse(await readFile(path, "utf8")) as unknown;
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

function issuesOf(path: string, error: z.ZodError): Error {
  return new Error(`${path}: ${error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`).join("; ")}`);
}

/** What deleting and editing in the preview says, compared with a fresh preview of the same text. */
export function reviewFromEdits(edited: EditedPreview, preview: IngestReport, path: string): IngestReview {
  const review: IngestReview = { rejectedEntities: [], rejectedRelations: [], corrections: [] };
  if (edited.entities) {
    const kept = new Set(edited.entities.map((e) => e.extractedId));
    review.rejectedEntities = preview.entities.map((e) => e.extractedId).filter((id) => !kept.has(id));
  }
  if (!edited.relations) return review;
  const extractedIdOf = new Map<string, string>();
  for (const e of [...preview.entities].reverse()) extractedIdOf.set(e.id, e.extractedId);
  const byKey = new Map(preview.relations.map((r) => [r.extracted.key, r]));
  const kept = new Set(edited.relations.map((r) => r.extracted.key));
  review.rejectedRelations = preview.relations.map((r) => r.extracted.key).filter((key) => !kept.has(key));
  for (const [i, relation] of edited.relations.entries()) {
    const before = byKey.get(relation.extracted.key);
    if (!before) throw new Error(`${path}: relations[${i}] is not in a preview of this article`);
    const correction: RelationCorrection = { relation: relation.extracted.key };
    if (relation.type !== before.type) correction.type = relation.type as RelationCorrection["type"];
    for (const end of ["source", "target"] as const) {
      if (relation[end] === before[end]) continue;
      const id = extractedIdOf.get(relation[end]);
      if (!id) throw new Error(`${path}: relations[${i}].${end} "${relation[end]}" is not an entity of the preview`);
      correction[end] = id;
    }
    if (Object.keys(correction).length > 1) review.corrections.push(correction);
  }
  return review;
}

/**
 * The review a file gives for an article, `preview` being a dry run of it without a review.
 * Throws with the file's name and the field when the file is not a review or a preview.
 */
export async function readReviewFile(path: string, preview: IngestReport): Promise<IngestReview> {
  const raw = await readJsonFile(path);
  if (isBareReview(raw)) {
    const bare = IngestReview.safeParse(raw);
    if (!bare.success) throw issuesOf(path, bare.error);
    return bare.data;
  }
  const parsed = EditedPreview.safeParse(raw);
  if (!parsed.success) throw issuesOf(path, parsed.error);
  if (parsed.data.article && parsed.data.article.id !== preview.article.id)
    throw new Error(`${path} is the preview of article ${parsed.data.article.id}, not of ${preview.article.id}`);
  const fromEdits = reviewFromEdits(parsed.data, preview, path);
  const review = parsed.data.review ? mergeReviews(fromEdits, parsed.data.review) : fromEdits;
  const checked = IngestReview.safeParse(review);
  if (!checked.success) throw issuesOf(path, checked.error);
  return checked.data;
}
