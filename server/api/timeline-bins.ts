// The time histogram: the engine's per-date tallies binned at one precision, every period from
// the first dated relation's to the last one's, with coarser dates and undated ones apart.

import {
  DATE_PRECISIONS,
  partialDateOf,
  partialDateSpan,
  precisionOf,
  type DatePrecision,
  type Tally,
  type TimelineBin,
  type TimelineResponse,
} from "../../graph-schema/index.js";
import type { DateTally } from "../store/graph-store.js";

/** Most bins "auto" allows at one precision, so a histogram stays drawable. */
export const MAX_AUTO_BINS = 1_000;
/** Most bins any precision may produce (a day timeline over centuries is refused as too fine). */
export const MAX_BINS = 20_000;

const rank = (p: DatePrecision): number => DATE_PRECISIONS.indexOf(p);
const DAY_MS = 86_400_000;

/** The period at `precision` holding a day number. */
const periodOfDay = (day: number, precision: DatePrecision): string => partialDateOf(new Date(day * DAY_MS), precision);

/** Every period at `precision` from the one holding day `first` to the one holding `last`, or null past `max`. */
function periodsBetween(first: number, last: number, precision: DatePrecision, max: number): string[] | null {
  const periods: string[] = [];
  for (let day = first; day <= last; day = partialDateSpan(periods[periods.length - 1]!)!.end + 1) {
    if (periods.length === max) return null;
    periods.push(periodOfDay(day, precision));
  }
  return periods;
}

interface Dated extends DateTally {
  date: string;
  precision: DatePrecision;
  start: number;
  end: number;
}

function dated(tallies: DateTally[]): Dated[] {
  const out: Dated[] = [];
  for (const t of tallies) {
    const span = t.date === null ? null : partialDateSpan(t.date);
    if (t.date !== null && span) out.push({ ...t, date: t.date, precision: precisionOf(t.date)!, ...span });
  }
  return out;
}

/** The dates at `precision` or finer, and the periods from the first one's to the last one's (null past `max`). */
function binnable(dates: Dated[], precision: DatePrecision, max: number): { dates: Dated[]; periods: string[] | null } {
  const fine = dates.filter((d) => rank(d.precision) >= rank(precision));
  if (fine.length === 0) return { dates: fine, periods: [] };
  const first = Math.min(...fine.map((d) => d.start));
  const last = Math.max(...fine.map((d) => d.end));
  return { dates: fine, periods: periodsBetween(first, last, precision, max) };
}

/**
 * "auto": the finest precision at which at least half the dated relations are dated and the
 * bins stay at most MAX_AUTO_BINS (the data's own precision, drawable).
 */
function autoPrecision(dates: Dated[]): DatePrecision {
  const total = dates.reduce((n, d) => n + d.relations, 0);
  if (total === 0) return "year";
  for (const precision of ["day", "month"] as const) {
    const { dates: fine, periods } = binnable(dates, precision, MAX_AUTO_BINS);
    if (fine.reduce((n, d) => n + d.relations, 0) * 2 >= total && periods !== null) return precision;
  }
  return "year";
}

const add = (into: Tally, t: Tally): void => {
  into.relations += t.relations;
  into.events += t.events;
};

export function timelineBins(tallies: DateTally[], requested: DatePrecision | "auto"): TimelineResponse {
  const undated: Tally = { relations: 0, events: 0 };
  for (const t of tallies) if (t.date === null || partialDateSpan(t.date) === null) add(undated, t);
  const dates = dated(tallies);
  let precision = requested === "auto" ? autoPrecision(dates) : requested;
  let periods = binnable(dates, precision, MAX_BINS).periods;
  // Years never exceed MAX_BINS (four-digit years), so this ends.
  while (periods === null) {
    precision = DATE_PRECISIONS[rank(precision) - 1]!;
    periods = binnable(dates, precision, MAX_BINS).periods;
  }
  const bins = new Map<string, TimelineBin>(periods.map((period) => [period, { period, relations: 0, events: 0 }]));
  const coarser = new Map<string, TimelineBin>();
  for (const d of dates) {
    if (rank(d.precision) < rank(precision)) {
      const bin = coarser.get(d.date) ?? { period: d.date, relations: 0, events: 0 };
      add(bin, d);
      coarser.set(d.date, bin);
    } else add(bins.get(periodOfDay(d.start, precision))!, d);
  }
  return {
    precision,
    bins: [...bins.values()],
    coarser: [...coarser.values()].sort((a, b) => (a.period < b.period ? -1 : 1)),
    undated,
  };
}
