// Which relations and entities a filter lets through: the one rule behind the server's in-process
// filtering (both engines) and the explorer's instant toggles, under the API's parameter names.

import type { EntityType } from "./labels.js";
import { dateInRange } from "./partial-date.js";
import type { Relation } from "./records.js";
import type { RelationType } from "./relation-types.js";

/** A relation filter; an absent (undefined or null) field restricts nothing. */
export interface RelationFilter {
  relationTypes?: readonly RelationType[] | null;
  /** Keep relations asserted by at least one of these articles. */
  sources?: readonly string[] | null;
  minConfidence?: number | null;
  /** true: only relations the sources disagree on; false or absent: no restriction. */
  disputed?: boolean | null;
  /** Keep relations that may fall within [from, to] (partial dates count as the days they span). */
  from?: string | null;
  to?: string | null;
  /** Whether undated relations pass; absent: only when no range is set (the API's rule). */
  includeUndated?: boolean | null;
}

export interface EntityFilter {
  entityTypes?: readonly EntityType[] | null;
}

/** The fields of a relation the filter reads (a whole Relation will do); no `disputed`: undisputed. */
export type FilteredRelation = Pick<Relation, "type" | "confidence" | "sources" | "date"> & { disputed?: boolean };

export interface FilterOptions {
  /**
   * What an empty list (relationTypes, sources, entityTypes) lets through. The API reads
   * `relationTypes=` as no restriction ("all", the default); the explorer's toggles, all
   * unticked, show nothing ("none").
   */
  emptyList?: "all" | "none";
}

type EmptyList = NonNullable<FilterOptions["emptyList"]>;
const NO_VALUES: readonly never[] = [];

/** True when `list` allows some of `values`: absent allows everything, empty as `emptyList` says. */
function listAllowsAny<T>(list: readonly T[] | null | undefined, values: readonly T[], emptyList: EmptyList): boolean {
  if (!list) return true;
  if (list.length === 0) return emptyList === "all";
  return values.some((v) => list.includes(v));
}

function listAllows<T>(list: readonly T[] | null | undefined, value: T, emptyList: EmptyList): boolean {
  return list?.length ? list.includes(value) : listAllowsAny(list, NO_VALUES, emptyList);
}

/** True when the relation passes every filter given. */
export function relationPasses(
  relation: FilteredRelation,
  filter: RelationFilter,
  options: FilterOptions = {},
): boolean {
  const emptyList = options.emptyList ?? "all";
  if (!listAllows(filter.relationTypes, relation.type, emptyList)) return false;
  if (filter.minConfidence != null && relation.confidence < filter.minConfidence) return false;
  if (filter.disputed === true && relation.disputed !== true) return false;
  if (!listAllowsAny(filter.sources, relation.sources, emptyList)) return false;
  const includeUndated = filter.includeUndated ?? undefined;
  // Without a range or an undated rule every date passes; skips parsing each date.
  if (!filter.from && !filter.to && includeUndated === undefined) return true;
  return dateInRange(relation.date, filter.from, filter.to, { includeUndated });
}

/** The entity-type rule for one entity (an endpoint applies it to the entities its query names). */
export function entityPasses(entityType: EntityType, filter: EntityFilter, options: FilterOptions = {}): boolean {
  return listAllows(filter.entityTypes, entityType, options.emptyList ?? "all");
}
