// Resolving a title without a name ("Iran's top diplomat", "the Russian president") to the person
// the graph (or the leaders table) says held that office when the article was published.

import { mayBeOnOrBefore, parsePartialDate } from "../../../graph-schema/index.js";
import type { EntityCandidate, OfficeHolding } from "./candidates.js";
import type { Gazetteer } from "./gazetteer.js";
import { HEAD_OFFICES, type OfficeConcept } from "./roles.js";

const yearOf = (date: string | null): number | null => (date ? (parsePartialDate(date)?.year ?? null) : null);

/** True when the holding is not contradicted by the publication date. */
function validAt(h: OfficeHolding, published: string | null): boolean {
  const year = yearOf(published);
  if (year === null) return h.source === "graph" || h.toYear === null;
  if (h.source === "graph") return h.date === null || mayBeOnOrBefore(h.date, published!);
  // The leaders table ends in 2016; an open term is trusted for a few years only.
  return (h.fromYear ?? 0) <= year && year <= (h.toYear ?? (h.fromYear ?? year) + 8);
}

/**
 * The person holding `office` in `polity` (a state or organization id; its state also counts) at
 * `published`: the graph's holdings first, the latest dated one winning; then the leaders table.
 */
export function resolveOffice(
  gazetteer: Gazetteer,
  office: OfficeConcept,
  polity: EntityCandidate,
  published: string | null,
): OfficeHolding | null {
  const country = polity.type === "State" ? polity.id : (gazetteer.countryOf.get(polity.id) ?? polity.id);
  const matches = gazetteer.offices.filter(
    (h) =>
      (h.office.id === office.id ||
        (HEAD_OFFICES.has(office.id) && h.office.leads && h.source === "graph" && h.roleText === null)) &&
      (h.polity === polity.id || h.country === country) &&
      validAt(h, published),
  );
  if (matches.length === 0) return null;
  const rank = (h: OfficeHolding): number =>
    (h.source === "graph" ? 1e9 : 0) + (h.office.id === office.id ? 1e8 : 0) + (yearOf(h.date) ?? h.fromYear ?? 0);
  return matches.reduce((best, h) => (rank(h) > rank(best) ? h : best));
}
