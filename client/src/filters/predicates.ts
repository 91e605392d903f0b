// Which relations and entities the explorer's filters let through: the shared rule of
// graph-schema/relation-filter.ts over the view state, read the way the toggles mean it (all
// unticked shows nothing). The sigma reducers and the exporters both call these.

import {
  entityPasses,
  relationPasses,
  type EntityNodeAttributes,
  type FilterOptions,
  type RelationEdgeAttributes,
} from "../../../graph-schema/index.js";
import type { FilterState } from "../state/view-state.js";

export type RelationPredicate = (relation: RelationEdgeAttributes) => boolean;

/** A toggle list with every value unticked is an empty list: nothing of it is shown. */
const TOGGLES: FilterOptions = { emptyList: "none" };

export function relationPredicate(f: FilterState): RelationPredicate {
  // Edge attributes name the type `relationType` (sigma reserves `type` for the edge program).
  return (r) =>
    relationPasses(
      { type: r.relationType, confidence: r.confidence, sources: r.sources, date: r.date, disputed: r.disputed },
      f,
      TOGGLES,
    );
}

export function entityPredicate(f: FilterState): (entity: EntityNodeAttributes) => boolean {
  return (e) => entityPasses(e.entityType, f, TOGGLES);
}

/** Toggles one value in a "shown" list; null means all shown. Returns null again when all are on. */
export function toggleShown<T extends string>(shown: readonly T[] | null, all: readonly T[], value: T): T[] | null {
  const current = new Set(shown ?? all);
  if (current.has(value)) current.delete(value);
  else current.add(value);
  return current.size === all.length ? null : all.filter((v) => current.has(v));
}
