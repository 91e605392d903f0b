// The calendar days a Neo4j relation's partial date spans, stored on the relation when it is
// written (graph-schema's partialDateBounds, the one rule), so time windows filter in Cypher.

import { partialDateBounds } from "../../../graph-schema/index.js";

/**
 * The relationship property: [first, last] ISO day of the date ("2025-02" → ["2025-02-01",
 * "2025-02-28"]); [] when undated or not a date. Absent only on relations stored before it existed.
 */
export const DAY_SPAN = "daySpan";

export function daySpanOf(date: string | null): string[] {
  return (date && partialDateBounds(date)) || [];
}
