// Reads the PLOVER gold-standard sentences and the CAMEO→PLOVER table (CC BY-SA data kept outside
// the repository), and maps our relation types to PLOVER event categories through their CAMEO codes.

import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { RELATION_TYPE_DEFS, type RelationType } from "../../../graph-schema/index.js";
import { PROJECT_ROOT } from "../../paths.js";

export const PLOVER_RECORDS_FILE = "PLOVER_GSR_CAMEO.json";
export const CAMEO_TO_PLOVER_FILE = "CAMEO2PLOVER-2021.txt";
export const PLOVER_DIR_ENV = "ACTORGRAPH_PLOVER_DIR";

/** Where the data is looked for: the flag, else the environment variable, else a sibling of the project. */
export function ploverDir(flag?: string): string {
  const chosen = flag ?? process.env[PLOVER_DIR_ENV];
  return chosen ? resolve(PROJECT_ROOT, chosen) : join(PROJECT_ROOT, "..", "shared", "data", "plover");
}

export function ploverDataPresent(dir: string): boolean {
  return existsSync(join(dir, PLOVER_RECORDS_FILE)) && existsSync(join(dir, CAMEO_TO_PLOVER_FILE));
}

const Actor = z.object({ actorText: z.string().trim().min(1) });
/** A few records write a string ("" or a stray context word) where the actor list belongs: no actor. */
const Actors = z
  .union([z.array(Actor), z.string()])
  .default([])
  .transform((v) => (typeof v === "string" ? [] : v));
const PloverRecord = z.object({
  id: z.string().min(1),
  event: z.string().min(1),
  text: z.string().min(1).optional(),
  source: Actors,
  target: Actors,
});

export interface PloverEvent {
  id: string;
  /** The gold category, renamed to the 2021 vocabulary (see LEGACY_CATEGORIES). */
  category: string;
  /** The category as the record writes it. */
  recordedCategory: string;
  text: string;
  sources: string[];
  targets: string[];
}

/**
 * The gold records predate the 2021 table, which merged four categories into others. The table's own
 * modes show where they went: 1xx "Demand ..." is REQUEST; 09x investigate and 11x disapprove are
 * ACCUSE modes; 19x conventional fighting (the records' FIGHT, modes firearms/heavy-weapons) is ASSAULT.
 */
export const LEGACY_CATEGORIES: Readonly<Record<string, string>> = {
  DEMAND: "REQUEST",
  INVESTIGATE: "ACCUSE",
  DISAPPROVE: "ACCUSE",
  FIGHT: "ASSAULT",
};

/** The event sentences (documentation records without text are skipped). */
export function readPloverEvents(dir: string): PloverEvent[] {
  const file = join(dir, PLOVER_RECORDS_FILE);
  const parsed = z.array(PloverRecord).safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`readPloverEvents: ${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.flatMap((r) =>
    r.text === undefined
      ? []
      : [
          {
            id: r.id,
            category: LEGACY_CATEGORIES[r.event] ?? r.event,
            recordedCategory: r.event,
            text: r.text,
            sources: r.source.map((a) => a.actorText),
            targets: r.target.map((a) => a.actorText),
          },
        ],
  );
}

/** CAMEO code → PLOVER category, from lines such as `036: AGREE,  , diplomatic # Express intent to meet`. */
export function readCameoToPlover(dir: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const line of readFileSync(join(dir, CAMEO_TO_PLOVER_FILE), "utf8").split("\n")) {
    const match = /^(\d{2,4}):\s*([A-Z]+)/.exec(line);
    if (match) table.set(match[1]!, match[2]!);
  }
  if (table.size === 0) throw new Error(`readCameoToPlover: no "code: CATEGORY" line in ${CAMEO_TO_PLOVER_FILE}`);
  return table;
}

/**
 * CAMEO roots the table leaves out. 01 (public statements) has no PLOVER event, so STATED and its
 * kin stay unmapped. 02 (appeals) is folded into REQUEST, which PLOVER uses for appeals and demands.
 */
const ROOT_SUPPLEMENT: Readonly<Record<string, string>> = { "02": "REQUEST" };

export interface CategoryMapping {
  category: string;
  basis: "table" | "table-root" | "supplement";
}

/** Each of our types with a CAMEO code → its PLOVER category: the exact code, else its root, else the supplement. */
export function categoriesOfTypes(table: ReadonlyMap<string, string>): Map<RelationType, CategoryMapping> {
  const mapping = new Map<RelationType, CategoryMapping>();
  for (const def of RELATION_TYPE_DEFS) {
    if (def.cameo === null) continue;
    const root = def.cameo.slice(0, 2);
    const exact = table.get(def.cameo);
    const byRoot = table.get(root);
    const supplement = ROOT_SUPPLEMENT[root];
    if (exact) mapping.set(def.type, { category: exact, basis: "table" });
    else if (byRoot) mapping.set(def.type, { category: byRoot, basis: "table-root" });
    else if (supplement) mapping.set(def.type, { category: supplement, basis: "supplement" });
  }
  return mapping;
}
