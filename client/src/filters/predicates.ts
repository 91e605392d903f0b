// Which relations and entities the filters let through. Pure functions of the view state and
// the data's attributes: the sigma reducers and the exporters both call them.

import { dateInRange, type EntityNodeAttributes, type RelationEdgeAttributes } from "../../../graph-schema/index.js";
import type { ViewState } from "../state/view-state.js";

export type FilterState = Pick<ViewState, "types" | "etypes" | "sources" | "conf" | "disp" | "from" | "to" | "undated">;

export type RelationPredicate = (relation: RelationEdgeAttributes) => boolean;

/** Builds the relation predicate once per filter change (the sets are precomputed). */
export function relationPredicate(f: FilterState): RelationPredicate {
  const types = f.types ? new Set<string>(f.types) : null;
  const sources = f.sources ? new Set(f.sources) : null;
  return (r) => {
    if (types && !types.has(r.relationType)) return false;
    if (r.confidence < f.conf) return false;
    if (f.disp && !r.disputed) return false;
    if (sources && !r.sources.some((s) => sources.has(s))) return false;
    // The API drops undated relations under a range; here the "include undated" toggle decides.
    return dateInRange(r.date, f.from, f.to, { includeUndated: f.undated });
  };
}

export function entityPredicate(f: FilterState): (entity: EntityNodeAttributes) => boolean {
  const etypes = f.etypes ? new Set<string>(f.etypes) : null;
  return (e) => !etypes || etypes.has(e.entityType);
}

/** Toggles one value in a "shown" list; null means all shown. Returns null again when all are on. */
export function toggleShown<T extends string>(shown: readonly T[] | null, all: readonly T[], value: T): T[] | null {
  const current = new Set(shown ?? all);
  if (current.has(value)) current.delete(value);
  else current.add(value);
  return current.size === all.length ? null : all.filter((v) => current.has(v));
}
