// The time slider's domain: the span of all relation dates cut into steps (days for short
// spans, months for long ones), and conversions between slider positions and partial dates.

import { dayNumber, isoDay, isoMonth, partialDateSpan, type DaySpan } from "../../../graph-schema/index.js";

export type StepUnit = "day" | "month";

export interface TimeDomain {
  unit: StepUnit;
  /** First day of step 0. */
  startDay: number;
  /** Number of steps; slider positions run 0..steps-1. */
  steps: number;
  /** How many relations carry no date (shown/hidden by the "include undated" toggle). */
  undated: number;
}

/** Spans longer than this many days step by month. */
const DAY_STEP_LIMIT = 180;

function monthIndex(day: number): number {
  const d = new Date(day * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function firstDayOfMonthIndex(index: number): number {
  return dayNumber(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** null when no relation has a date (the slider is then disabled). */
export function timeDomain(dates: readonly (string | null)[]): TimeDomain | null {
  let start = Infinity;
  let end = -Infinity;
  let undated = 0;
  for (const date of dates) {
    const span = date ? partialDateSpan(date) : null;
    if (!span) {
      undated++;
      continue;
    }
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  if (start === Infinity) return null;
  if (end - start + 1 <= DAY_STEP_LIMIT) return { unit: "day", startDay: start, steps: end - start + 1, undated };
  const first = monthIndex(start);
  return { unit: "month", startDay: firstDayOfMonthIndex(first), steps: monthIndex(end) - first + 1, undated };
}

/** The days covered by one slider step. */
export function stepSpan(domain: TimeDomain, step: number): DaySpan {
  if (domain.unit === "day") return { start: domain.startDay + step, end: domain.startDay + step };
  const index = monthIndex(domain.startDay) + step;
  return { start: firstDayOfMonthIndex(index), end: firstDayOfMonthIndex(index + 1) - 1 };
}

/** The partial date a slider step stands for (YYYY-MM-DD or YYYY-MM). */
export function stepToDate(domain: TimeDomain, step: number): string {
  const clamped = Math.max(0, Math.min(domain.steps - 1, step));
  const { start } = stepSpan(domain, clamped);
  return domain.unit === "day" ? isoDay(start) : isoMonth(start);
}

/** The slider step that holds a partial date's start (for `from`) or end (for `to`). */
export function dateToStep(domain: TimeDomain, date: string | null, edge: "from" | "to"): number {
  const last = domain.steps - 1;
  const span = date ? partialDateSpan(date) : null;
  if (!span) return edge === "from" ? 0 : last;
  const day = edge === "from" ? span.start : span.end;
  const raw = domain.unit === "day" ? day - domain.startDay : monthIndex(day) - monthIndex(domain.startDay);
  return Math.max(0, Math.min(last, raw));
}

/** The window one step further for the play animation, or null when it reached the end. */
export function advanceWindow(domain: TimeDomain, from: number, to: number): [number, number] | null {
  if (to >= domain.steps - 1) return null;
  return [from + 1, to + 1];
}
