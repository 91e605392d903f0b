// One event as the importer sees it, whatever file layout it came from; and what is wrong with a
// row that cannot become one (file, line, column and why).

import type { QuadClass } from "../../graph-schema/index.js";
import type { EventDataset, Layout } from "./layouts.js";

/** One side of an event as the file codes it: a GDELT code with its parts, or an ICEWS name. */
export interface EventActor {
  /** GDELT actor code (RUSGOV); null for ICEWS. */
  code: string | null;
  name: string | null;
  /** GDELT: CAMEO country code (RUS); ICEWS: country name (Russian Federation). */
  country: string | null;
  /** GDELT known-group code (UNO, NATO ...). */
  knownGroup: string | null;
  /** GDELT's first role/type code (GOV, MIL ...). */
  role: string | null;
  /** ICEWS sectors ("Government", "Foreign Ministry" ...). */
  sectors: string[];
}

export interface EventRow {
  dataset: EventDataset;
  layout: Layout;
  /** Line of the file the row starts on (1-based). */
  line: number;
  /** GDELT GLOBALEVENTID, ICEWS Event ID, or `line-N` for quadruples (which have none). */
  eventId: string;
  /** YYYY-MM-DD */
  date: string;
  cameo: string;
  goldstein: number | null;
  quadClass: QuadClass;
  source: EventActor | null;
  target: EventActor | null;
  mentions: number | null;
  sources: number | null;
  articles: number | null;
  tone: number | null;
  place: string | null;
  url: string | null;
  publisher: string | null;
  storyId: string | null;
}

export interface RowProblem {
  file: string;
  line: number;
  /** Column name (and 1-based position), or null when the row as a whole is wrong. */
  column: string | null;
  reason: string;
}

export class RowError extends Error {
  override name = "RowError";
  constructor(readonly problem: RowProblem) {
    super(formatRowProblem(problem));
  }
}

export function formatRowProblem(p: RowProblem): string {
  return `${p.file}:${p.line}${p.column ? ` column ${p.column}` : ""}: ${p.reason}`;
}
