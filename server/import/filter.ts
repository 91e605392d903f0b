// Which events an import keeps: a date window, CAMEO roots, and actors named by code, name or
// entity id (any of them matching either side of the event).

import type { EventRow } from "./event-row.js";

export interface EventFilter {
  /** YYYY-MM-DD (or a prefix: 2012, 2012-03), inclusive. */
  from?: string;
  to?: string;
  /** CAMEO roots ("04", "19"). */
  rootCodes?: string[];
  actors?: string[];
}

/** Why the event is outside the date and root filters, or null when it passes them. */
export function outsideFilter(event: EventRow, filter: EventFilter): string | null {
  if (filter.from && event.date < filter.from) return "before --from";
  if (filter.to && event.date.slice(0, filter.to.length) > filter.to) return "after --to";
  if (filter.rootCodes?.length && !filter.rootCodes.includes(event.cameo.slice(0, 2))) return "outside --root-codes";
  return null;
}

/** Whether either actor is one of the wanted ones (GDELT code, ICEWS name or our entity id; case-insensitive). */
export function actorMatches(event: EventRow, filter: EventFilter, entityIds: readonly string[]): boolean {
  const wanted = new Set((filter.actors ?? []).map((a) => a.trim().toLowerCase()));
  if (wanted.size === 0) return true;
  const names = [event.source, event.target].flatMap((a) => (a ? [a.code, a.name] : []));
  return [...names, ...entityIds].some((n) => n !== null && wanted.has(n.toLowerCase()));
}
