// The analyst's review of one article's extraction: checked against what was extracted (a
// review naming something else is refused), then applied before merging — rejected entities
// and relations left out, corrected relations re-typed or re-attached.

import {
  extractedRelationKey,
  relationTypeDef,
  type AppliedReview,
  type IngestReview,
} from "../../graph-schema/index.js";
import type { ExtractedEntity, ExtractedRelation, Extraction } from "./extractor.js";

/** A review that does not fit the extraction it is applied to (an HTTP 400, a CLI error). */
export class ReviewError extends Error {
  override name = "ReviewError";
  constructor(readonly problems: string[]) {
    super(`the review does not fit what was extracted: ${problems.join("; ")}`);
  }
}

export const EMPTY_REVIEW: IngestReview = { rejectedEntities: [], rejectedRelations: [], corrections: [] };

export const isEmptyReview = (review: IngestReview): boolean =>
  review.rejectedEntities.length === 0 && review.rejectedRelations.length === 0 && review.corrections.length === 0;

/** One relation after review: the extractor's own, and what merging receives. */
export interface ReviewedRelation {
  original: ExtractedRelation;
  key: string;
  relation: ExtractedRelation;
  corrected: boolean;
}

export interface ReviewedExtraction {
  entities: ExtractedEntity[];
  relations: ReviewedRelation[];
  applied: AppliedReview;
}

/** Both reviews' decisions; the later one's correction of a relation wins. */
export function mergeReviews(earlier: IngestReview, later: IngestReview): IngestReview {
  const corrections = new Map(earlier.corrections.map((c) => [c.relation, c]));
  for (const c of later.corrections) corrections.set(c.relation, c);
  return {
    rejectedEntities: [...new Set([...earlier.rejectedEntities, ...later.rejectedEntities])],
    rejectedRelations: [...new Set([...earlier.rejectedRelations, ...later.rejectedRelations])],
    corrections: [...corrections.values()],
  };
}

/** Every way the review fails to fit the extraction; empty when it fits. */
export function reviewProblems(review: IngestReview, extraction: Extraction): string[] {
  const problems: string[] = [];
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  const relations = new Map(extraction.relations.map((r) => [extractedRelationKey(r), r]));
  const rejected = new Set(review.rejectedEntities);
  for (const id of review.rejectedEntities)
    if (!entities.has(id)) problems.push(`rejectedEntities: no entity "${id}" was extracted`);
  for (const key of review.rejectedRelations)
    if (!relations.has(key)) problems.push(`rejectedRelations: no relation "${key}" was extracted`);
  const seen = new Set<string>();
  for (const correction of review.corrections) {
    const where = `corrections[${correction.relation}]`;
    const relation = relations.get(correction.relation);
    if (!relation) {
      problems.push(`${where}: no such relation was extracted`);
      continue;
    }
    if (seen.has(correction.relation)) problems.push(`${where}: corrected twice`);
    seen.add(correction.relation);
    if (review.rejectedRelations.includes(correction.relation)) problems.push(`${where}: also rejected`);
    const ends = { source: correction.source ?? relation.source, target: correction.target ?? relation.target };
    for (const end of ["source", "target"] as const) {
      const id = ends[end];
      if (!entities.has(id)) problems.push(`${where}: no entity "${id}" was extracted for the ${end}`);
      else if (rejected.has(id)) problems.push(`${where}: the ${end} "${id}" is rejected`);
    }
    if (ends.source === ends.target) problems.push(`${where}: source and target are the same entity`);
    const [from, to] = [entities.get(ends.source), entities.get(ends.target)];
    const def = relationTypeDef(correction.type ?? relation.type);
    if (from && to && (!def.from.includes(from.type) || !def.to.includes(to.type)))
      problems.push(`${where}: ${def.type} does not go from a ${from.type} to a ${to.type}`);
  }
  return problems;
}

/** Throws a ReviewError unless the review fits the extraction. */
export function checkReview(review: IngestReview, extraction: Extraction): void {
  const problems = reviewProblems(review, extraction);
  if (problems.length > 0) throw new ReviewError(problems);
}

/**
 * The extraction as the review leaves it. Names the review gives that the extraction lacks are
 * ignored here (a review kept with an article outlives a change of extractor); checkReview is
 * what refuses them in a request.
 */
export function applyReview(extraction: Extraction, review: IngestReview): ReviewedExtraction {
  const rejectedEntities = new Set(review.rejectedEntities);
  const rejectedRelations = new Set(review.rejectedRelations);
  const corrections = new Map(review.corrections.map((c) => [c.relation, c]));
  const applied: AppliedReview = { rejectedEntities: [], rejectedRelations: [], corrected: [], dropped: [] };
  const entities = extraction.entities.filter((e) => {
    if (!rejectedEntities.has(e.id)) return true;
    applied.rejectedEntities.push(e.id);
    return false;
  });
  const relations: ReviewedRelation[] = [];
  for (const original of extraction.relations) {
    const key = extractedRelationKey(original);
    if (rejectedRelations.has(key)) {
      applied.rejectedRelations.push(key);
      continue;
    }
    const correction = corrections.get(key);
    const relation: ExtractedRelation = correction
      ? {
          ...original,
          type: correction.type ?? original.type,
          source: correction.source ?? original.source,
          target: correction.target ?? original.target,
        }
      : original;
    if (rejectedEntities.has(relation.source) || rejectedEntities.has(relation.target)) {
      applied.dropped.push(key);
      continue;
    }
    if (correction) applied.corrected.push(key);
    const place = relation.place && rejectedEntities.has(relation.place) ? null : relation.place;
    relations.push({ original, key, relation: { ...relation, place }, corrected: correction !== undefined });
  }
  return { entities, relations, applied };
}

/** The sentence telling the user what a review did, dropped relations included. */
export function reviewWarnings(applied: AppliedReview): string[] {
  if (applied.dropped.length === 0) return [];
  return [
    `${applied.dropped.length} relation(s) dropped because an entity they need was rejected: ${applied.dropped.join(", ")}`,
  ];
}
