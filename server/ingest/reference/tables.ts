// The reference tables the extractor's gazetteer reads (states, capitals, demonyms, leaders, organizations):
// their shapes, validated when loaded from data/reference/, never from the source files.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "../../paths.js";

export const StateReference = z
  .object({
    /** Slug of the state's common name, e.g. "united-states". */
    id: z.string().min(1),
    name: z.string().min(1),
    iso3: z.string().regex(/^[A-Z]{3}$/),
    /** Other names of the state ("Persia", "Russian Federation", "US"). */
    names: z.array(z.string()),
    /** Adjectival forms used to attribute titles ("Iranian", "Russian", "U.S."). */
    demonyms: z.array(z.string()),
    capitals: z.array(z.string()),
  })
  .strict();
export type StateReference = z.infer<typeof StateReference>;

export const LeaderReference = z
  .object({
    name: z.string().min(1),
    /** Other spellings of the same person. */
    variants: z.array(z.string()),
    /** Id of the state in `states`. */
    state: z.string().min(1),
    title: z.string().min(1),
    /** Years in office (inclusive); `to` null when the source says still in office. */
    from: z.number().int().nullable(),
    to: z.number().int().nullable(),
  })
  .strict();
export type LeaderReference = z.infer<typeof LeaderReference>;

/** A current office holder, hand-checked (the leaders table ends in 2016): trusted up to the year after `asOf`. */
export const OfficialReference = LeaderReference.omit({ to: true }).extend({ asOf: z.number().int() }).strict();
export type OfficialReference = z.infer<typeof OfficialReference>;

/** An international body, armed group or state agency the text names by itself ("IAEA", "the Houthis"). */
export const OrganizationReference = z
  .object({
    name: z.string().min(1),
    /** Every spelling, the name included; capitalised forms must be capitalised in the text. */
    forms: z.array(z.string().min(1)).min(1),
    kind: z.string().min(1),
    /** ISO3 of the state it belongs to (a ministry, a state's armed group), or null. */
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable(),
  })
  .strict();
export type OrganizationReference = z.infer<typeof OrganizationReference>;

export const ReferenceTables = z
  .object({
    states: z.array(StateReference),
    leaders: z.array(LeaderReference),
    /** Hand-written (not derived from CountryInfo); absent from tables built by build-reference.ts. */
    organizations: z.array(OrganizationReference).optional(),
    /** Hand-checked current office holders (ministers, envoys, heads of state since 2016). */
    officials: z.array(OfficialReference).optional(),
  })
  .strict();
export type ReferenceTables = z.infer<typeof ReferenceTables>;

export const REFERENCE_DIR = join(PROJECT_ROOT, "data", "reference");
export const STATES_FILE = "states.json";
export const LEADERS_FILE = "leaders.json";
export const ORGANIZATIONS_FILE = "organizations.json";
export const OFFICIALS_FILE = "officials.json";

let cached: ReferenceTables | null = null;

/** Reads and validates data/reference/ (once per process: the tables are read-only). */
export function loadReferenceTables(dir: string = REFERENCE_DIR): ReferenceTables {
  if (dir === REFERENCE_DIR && cached) return cached;
  const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), "utf8"));
  const parsed = ReferenceTables.safeParse({
    states: read(STATES_FILE),
    leaders: read(LEADERS_FILE),
    organizations: existsSync(join(dir, ORGANIZATIONS_FILE)) ? read(ORGANIZATIONS_FILE) : [],
    officials: existsSync(join(dir, OFFICIALS_FILE)) ? read(OFFICIALS_FILE) : [],
  });
  if (!parsed.success) throw new Error(`loadReferenceTables: ${dir}: ${z.prettifyError(parsed.error)}`);
  if (dir === REFERENCE_DIR) cached = parsed.data;
  return parsed.data;
}
