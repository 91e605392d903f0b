// Derives the compact reference tables (states with ISO3, names, demonyms and capitals; leaders
// with state, title and years) from the CountryInfo text file and its people_leaders table.

import { parse } from "csv-parse/sync";
import type { LeaderReference, ReferenceTables, StateReference } from "./tables.js";
import { COMMON_NAMES, EXTRA_FORMS, ISO3_FIXES, SUPERSEDED_FORMS } from "./supplement.js";
import { slugify } from "../merge-keys.js";

/** "SAUDI_ARABIA_" → "Saudi Arabia"; "D'IVOIRE" keeps its apostrophe; small words stay lower-case. */
export function titleCase(raw: string): string {
  const words = raw.replace(/_+/g, " ").trim().toLowerCase().split(/\s+/);
  return words
    .map((w, i) =>
      i > 0 && ["of", "and", "the", "de", "da"].includes(w) ? w : w.replace(/(^|[-'])\p{L}/gu, (c) => c.toUpperCase()),
    )
    .join(" ");
}

/** Values of one multi-line tag inside a `<Country>` block, comments stripped. */
function tagValues(block: string, tag: string): string[] {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block);
  if (!m?.[1]) return [];
  return m[1]
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((v) => v.length > 0 && !v.startsWith("<"));
}

/** Adjectival forms: a single word with a nationality ending (Iranian, Chinese, British, Iraqi). */
const DEMONYM_ENDING = /(an|ese|ish|i|ic|ch|ot|ene)$/;

function stateFromBlock(block: string): StateReference | null {
  const code = /<CountryCode>(\w+)<\/CountryCode>/.exec(block)?.[1];
  const iso3 =
    (code ? ISO3_FIXES[code] : undefined) ??
    tagValues(block, "ISO3166-alpha3")[0] ??
    /<ISO3166-alpha3>(\w+)</.exec(block)?.[1];
  const rawName = /<CountryName>([^<]+)<\/CountryName>/.exec(block)?.[1];
  if (!iso3 || !code || code.length !== 3 || !/^[A-Z]{3}$/.test(iso3) || !rawName) return null;
  const formal = titleCase(rawName);
  const name = COMMON_NAMES[iso3] ?? formal;
  const nationality = tagValues(block, "Nationality").map(titleCase);
  // Forms with spaces or foreign articles ("Das Persien") are other-language names: keep single words.
  // Codes title-cased by the source's upper case ("US" → "Us") would match pronouns: keep 4+ letters.
  const superseded = new Set(SUPERSEDED_FORMS[iso3] ?? []);
  const single = nationality.filter((n) => !/\s/.test(n) && /^[A-Za-z'-]{4,}$/.test(n) && !superseded.has(n));
  const demonyms = single.filter((n) => DEMONYM_ENDING.test(n.toLowerCase()));
  const names = single.filter((n) => !demonyms.includes(n));
  if (formal !== name && !superseded.has(formal)) names.push(formal);
  const extra = EXTRA_FORMS[iso3];
  const capitals = tagValues(block, "Capital")
    .map((c) => titleCase(c.replace(/\s+\S*\s*$/, (s) => (s.trim().startsWith("#") ? "" : s))))
    .map((c) => c.replace(/ D\.c\.$/i, ""));
  return {
    id: slugify(name),
    name,
    iso3,
    names: unique([...names, ...(extra?.names ?? [])].filter((n) => n !== name)),
    demonyms: unique([...demonyms, ...(extra?.demonyms ?? [])]),
    capitals: unique(capitals),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** States from CountryInfo.txt: blocks with a 3-letter CAMEO code and a valid ISO3. */
export function parseCountryInfo(text: string): StateReference[] {
  const withoutComments = text.replace(/<!--[\s\S]*?-->/g, "");
  const blocks = withoutComments.split("<Country>").slice(1);
  const states = blocks.map(stateFromBlock).filter((s): s is StateReference => s !== null);
  const seen = new Set<string>();
  return states.filter((s) => !seen.has(s.iso3) && seen.add(s.iso3));
}

function yearOf(value: string | undefined): number | null {
  const m = /^(\d{4})/.exec(value ?? "");
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * Leaders from people_leaders.csv, tied to `states` by the formal country name; the source's last
 * snapshot (2016-12-01 as end date) means "still in office at the time", recorded as `to: null`.
 */
export function parseLeaders(csv: string, states: readonly StateReference[]): LeaderReference[] {
  const rows = parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const byFormal = new Map<string, string>();
  for (const s of states) for (const n of [s.name, ...s.names]) byFormal.set(slugify(n), s.id);
  const leaders: LeaderReference[] = [];
  for (const row of rows) {
    const state = byFormal.get(slugify(row.country ?? ""));
    const spellings = (row.name ?? "").split("|").map(titleCase).filter(Boolean);
    const [name, ...variants] = spellings;
    if (!state || !name || !row.title) continue;
    const to = row.endYr === "20161201" ? null : yearOf(row.endYr);
    leaders.push({ name, variants, state, title: row.title.trim(), from: yearOf(row.startYr), to });
  }
  return leaders;
}

export function buildReferenceTables(countryInfoText: string, leadersCsv: string): ReferenceTables {
  const states = parseCountryInfo(countryInfoText);
  return { states, leaders: parseLeaders(leadersCsv, states) };
}
