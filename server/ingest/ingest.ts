// Ingestion: new articles in, their entities and relations merged into the graph. The ledger
// is written first (it is what the graph is rebuilt from), then the store receives only the
// records that changed. Ingesting a text already in the graph changes nothing. An analyst's
// review (rejections, corrections) is checked against the extraction and kept with the article.
//
// Entry point: ingestArticles(inputs, options) → one IngestReport per input, in order.

import type { Article, IngestMeta, IngestReport, IngestReview } from "../../graph-schema/index.js";
import type { Dataset } from "../dataset/dataset.js";
import { toRelation } from "../dataset/to-relation.js";
import type { GraphStore, LoadReport } from "../store/graph-store.js";
import { changedRecords } from "./dataset-delta.js";
import type { Extractor, GraphKnowledge } from "./extractor.js";
import type { GraphBuilder } from "./graph-builder.js";
import { replayEntry, toDataset } from "./graph-dataset.js";
import { IngestSession } from "./ingest-session.js";
import { indexKnowledge } from "./knowledge-index.js";
import type { IngestLedger, LedgerEntry, ResolutionDecision, StoredReview } from "./ledger.js";
import { checkReview, isEmptyReview, mergeReviews } from "./review.js";
import { articleIdFor, textFingerprint } from "./text-fingerprint.js";

export { articleIdFor, textFingerprint } from "./text-fingerprint.js";

export interface IngestInput {
  meta: IngestMeta;
  text: string;
  /** What the analyst rejected or corrected; it must name only what the extraction produces. */
  review?: IngestReview;
}

export interface IngestOptions {
  /** The curated data folder. */
  dataDir: string;
  ledger: IngestLedger;
  extractor: Extractor;
  /** Where the changed records go; without one only the ledger is written. */
  store?: GraphStore;
  dryRun?: boolean;
  /** The graph as merged so far, kept by a long-running caller (the API) between ingestions. */
  session?: IngestSession;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
}

export interface IngestResult {
  reports: IngestReport[];
  /** What the store load did, when there was one. */
  load: LoadReport | null;
  /** The whole graph after ingestion (what the store now holds). */
  dataset: Dataset;
  /** The merged graph on the current files, for the next call to reuse (never a dry run's copy). */
  session: IngestSession;
}

function knowledgeOf(builder: GraphBuilder): GraphKnowledge {
  return { entities: [...builder.entities.values()], relations: [...builder.relations.values()].map(toRelation) };
}

function unchangedReport(
  builder: GraphBuilder,
  id: string,
  dryRun: boolean,
  extractor: string,
  input: IngestInput,
): IngestReport {
  const article = builder.articles.get(id)!;
  const reviewIgnored =
    input.review && !isEmptyReview(input.review)
      ? ["the review was not applied: it applies when an article is first ingested"]
      : [];
  return {
    article: { id, title: article.title, outlet: article.outlet, published: article.published, url: article.url },
    dryRun,
    unchanged: true,
    extractor,
    entities: [],
    relations: [],
    disputes: [],
    derivedFrom: null,
    appliedReview: null,
    warnings: [`the graph already holds this text as article ${id}; nothing changed`, ...reviewIgnored],
    elapsedMs: 0,
  };
}

/** A session on the current files (the one given if still current, else a fresh one), and the one to work on. */
async function sessionFor(options: IngestOptions): Promise<{ current: IngestSession; working: IngestSession }> {
  const given = options.session;
  const current =
    given && (await given.isCurrent()) ? given : await IngestSession.open(options.dataDir, options.ledger);
  return { current, working: options.dryRun ? current.fork() : current };
}

export async function ingestArticles(inputs: readonly IngestInput[], options: IngestOptions): Promise<IngestResult> {
  const dryRun = options.dryRun ?? false;
  const now = options.now ?? (() => new Date());
  const { current, working: session } = await sessionFor(options);
  const { builder, decisions, known } = session;
  const before = session.dataset;
  const reports: IngestReport[] = [];
  const entries: LedgerEntry[] = [];
  const newDecisions: ResolutionDecision[] = [];
  // The completed graph already holds every relation as a Relation; no need to convert again.
  let knowledge = indexKnowledge({ entities: before.entities, relations: before.relations });
  for (const [i, input] of inputs.entries()) {
    const started = performance.now();
    const fingerprint = textFingerprint(input.text);
    const existing = known.get(fingerprint);
    if (existing) {
      reports.push(unchangedReport(builder, existing, dryRun, options.extractor.name, input));
      options.onProgress?.(i + 1, inputs.length);
      continue;
    }
    const id = articleIdFor(input.text);
    const article: Article = {
      id,
      file: `${id}.txt`,
      ...input.meta,
      publishedRange: null,
      note: `ingested by ${options.extractor.name}`,
      text: input.text,
      derivedFrom: null,
    };
    const extraction = await options.extractor.extract(
      { id, title: article.title, text: article.text, published: article.published },
      knowledge,
    );
    if (input.review) checkReview(input.review, extraction);
    const ingestedAt = now().toISOString();
    const review = reviewToKeep(id, await options.ledger.readReview(id), input.review, ingestedAt);
    const entry: LedgerEntry = {
      article,
      extractor: options.extractor.name,
      ingestedAt,
      extraction,
      ...(review ? { review } : {}),
    };
    const entitiesBefore = builder.entities.size;
    const outcome = replayEntry(builder, entry, decisions);
    for (const d of outcome.decisions) decisions.set(`${d.article}|${d.proposed}`, d);
    newDecisions.push(...outcome.decisions);
    entries.push(entry);
    known.set(fingerprint, id);
    // Later articles of the batch resolve against what earlier ones added.
    if (builder.entities.size !== entitiesBefore || outcome.entities.some((e) => e.newAliases.length > 0))
      knowledge = indexKnowledge(knowledgeOf(builder));
    reports.push({
      article: { id, title: article.title, outlet: article.outlet, published: article.published, url: article.url },
      dryRun,
      unchanged: false,
      extractor: options.extractor.name,
      entities: outcome.entities,
      relations: outcome.relations,
      disputes: outcome.disputes,
      derivedFrom: null,
      appliedReview: outcome.review,
      warnings: outcome.warnings,
      elapsedMs: Math.round(performance.now() - started),
    });
    options.onProgress?.(i + 1, inputs.length);
  }
  if (entries.length === 0) {
    // A store a kill left behind the ledger (between the two writes) catches up on the repeat.
    const load =
      !dryRun && options.store && (await isBehind(options.store, before)) ? await options.store.load(before) : null;
    return { reports, load, dataset: before, session: current };
  }
  const after = toDataset(builder.records(), before);
  const derived = new Map(after.articles.map((a) => [a.id, a.derivedFrom]));
  for (const report of reports) if (!report.unchanged) report.derivedFrom = derived.get(report.article.id) ?? null;
  if (dryRun) return { reports, load: null, dataset: after, session: current };
  await options.ledger.append(entries, newDecisions);
  session.dataset = after;
  await session.acknowledgeWrites();
  let load: LoadReport | null = null;
  if (options.store) {
    const behind = await isBehind(options.store, before);
    load = await options.store.load(behind ? after : changedRecords(before, after));
  }
  return { reports, load, dataset: after, session: current };
}

/** A review kept from an earlier ingest of this text (the same article id) still holds; a new one adds to it. */
function reviewToKeep(
  article: string,
  kept: StoredReview | null,
  given: IngestReview | undefined,
  reviewedAt: string,
): StoredReview | null {
  if (!given || isEmptyReview(given)) return kept;
  return { article, reviewedAt, review: kept ? mergeReviews(kept.review, given) : given };
}

/** A store behind the data folder and ledger (fresh, or loaded from older files) gets the whole graph. */
async function isBehind(store: GraphStore, graph: Dataset): Promise<boolean> {
  const stored = await store.counts();
  return stored.articles < graph.articles.length || stored.totalEntities < graph.entities.length;
}
