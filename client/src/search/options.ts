// How a search hit is shown in the autocomplete: the entity's name, its type, and the alias
// that matched when the match was not on the name itself ("Dmitry Peskov — matched Peskow").

import { foldName, type EntityType } from "../../../graph-schema/index.js";

export interface SearchHit {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  matched?: string | null;
}

export interface SearchOptionView {
  id: string;
  name: string;
  type: EntityType;
  /** The alias that matched, or null when the name matched (or nothing is known). */
  matchedAlias: string | null;
  /** Text read out by screen readers and used as the option's accessible name. */
  accessibleText: string;
}

/** The alias the server says matched, else the first alias that contains the query. */
export function matchedAlias(hit: SearchHit, query: string): string | null {
  const name = foldName(hit.name);
  // "Trump" matching "Donald Trump" is a match on the name, not worth a "matched" note.
  if (hit.matched) return name.includes(foldName(hit.matched)) ? null : hit.matched;
  const q = foldName(query);
  if (!q || name.includes(q)) return null;
  return hit.aliases.find((a) => foldName(a).includes(q)) ?? null;
}

export function formatSearchOption(hit: SearchHit, query: string): SearchOptionView {
  const alias = matchedAlias(hit, query);
  const accessibleText = alias ? `${hit.name} (${hit.type}), matched “${alias}”` : `${hit.name} (${hit.type})`;
  return { id: hit.id, name: hit.name, type: hit.type, matchedAlias: alias, accessibleText };
}
