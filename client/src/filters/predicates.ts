// Which relations and entities the filters let through. Pure functions of the view state and
// the data's attributes: the sigma reducers and the exporters both call them.

import type { EntityNodeAttributes, RelationEdgeAttributes } from "../../../graph-schema/index.js";
import type { ViewState } from "../state/view-state.js";
import { partialDateSpan, spansOverlap, windowSpan, type DaySpan } from "./partial-dates.js";

export type FilterState = Pick<ViewState, "types" | "etypes" | "sources" | "conf" | "disp" | "from" | "to" | "undated">;

export type RelationPredicate = (relation: RelationEdgeAttributes) => boolean;

/** True when a relation's date (any precision) overlaps the window; undated ones as the toggle says. */
export function dateInWindow(date: string | null, window: DaySpan, includeUndated: boolean): boolean {
  const span = date ? partialDateSpan(date) : null;
  if (!span) return includeUndated;
  return spansOverlap(span, window);
}

/** Builds the relation predicate once per filter change (sets and the window are precomputed). */
export function relationPredicate(f: FilterState): RelationPredicate {
  const types = f.types ? new Set<string>(f.types) : null;
  const sources = f.sources ? new Set(f.sources) : null;
  const timed = f.from !== null || f.to !== null;
  const window = windowSpan(f.from, f.to);
  return (r) => {
    if (types && !types.has(r.relationType)) return false;
    if (r.confidence < f.conf) return false;
    if (f.disp && !r.disputed) return false;
    if (sources && !r.sources.some((s) => sources.has(s))) return false;
    if (timed && !dateInWindow(r.date, window, f.undated)) return false;
    if (!timed && !f.undated && !r.date) return false;
    return true;
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
