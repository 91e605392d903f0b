// Which relations and entities the filters let through. Pure functions of the view state and
// the data's attributes: the sigma reducers and the exporters both call them.

import { dateInRange, type EntityNodeAttributes, type RelationEdgeAttributes } from "../../../graph-schema/index.js";
import type { FilterState } from "../state/view-state.js";

export type RelationPredicate = (relation: RelationEdgeAttributes) => boolean;

/** Builds the relation predicate once per filter change (the sets are precomputed). */
export function relationPredicate(f: FilterState): RelationPredicate {
  const relationTypes = f.relationTypes ? new Set<string>(f.relationTypes) : null;
  const sources = f.sources ? new Set(f.sources) : null;
  return (r) => {
    if (relationTypes && !relationTypes.has(r.relationType)) return false;
    if (r.confidence < f.minConfidence) return false;
    if (f.disputed && !r.disputed) return false;
    if (sources && !r.sources.some((s) => sources.has(s))) return false;
    // The API drops undated relations under a range; here the "include undated" toggle decides.
    return dateInRange(r.date, f.from, f.to, { includeUndated: f.includeUndated });
  };
}

export function entityPredicate(f: FilterState): (entity: EntityNodeAttributes) => boolean {
  const entityTypes = f.entityTypes ? new Set<string>(f.entityTypes) : null;
  return (e) => !entityTypes || entityTypes.has(e.entityType);
}

/** Toggles one value in a "shown" list; null means all shown. Returns null again when all are on. */
export function toggleShown<T extends string>(shown: readonly T[] | null, all: readonly T[], value: T): T[] | null {
  const current = new Set(shown ?? all);
  if (current.has(value)) current.delete(value);
  else current.add(value);
  return current.size === all.length ? null : all.filter((v) => current.has(v));
}
