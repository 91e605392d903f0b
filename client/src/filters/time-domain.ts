// The detailed view's time steps: the distinct partial dates the drawn relations carry, each at
// its own precision, in chronological order, leaving out a step that would show what the next shows.

import { partialDateSpan, spansOverlap, type DaySpan } from "../../../graph-schema/index.js";

export interface TimeDomain {
  /** Distinct partial dates in chronological order; slider positions index them. */
  dates: string[];
  /** How many relations carry no date (shown/hidden by the "include undated" toggle). */
  undated: number;
}

interface DatedStep {
  date: string;
  span: DaySpan;
}

/**
 * Chronological order of partial dates: by first day, and a coarse date before the finer dates
 * inside it ("2024" < "2025" < "2025-02" < "2025-02-12" < "2025-02-18" < "2025-03"). The slider then
 * reads "the year, then what is known more precisely within it", and a window whose `from` is a
 * coarse step starts on that step's first day, so nothing after `from` on the slider lies before it.
 */
export function compareChronologically(a: DaySpan, b: DaySpan): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * True when the step at `i` would show the same relations as the next one. Under the shared
 * overlap rule (a coarse date may mean any day inside it) a coarse step shows itself, what contains
 * it and everything inside it; when everything inside it is nested with the next (finer) step,
 * that step shows exactly the same. Calendar spans are nested or apart, and the order puts what
 * lies inside a step right after it.
 */
function addsNothing(steps: readonly DatedStep[], i: number): boolean {
  const coarse = steps[i]!.span;
  const next = steps[i + 1]?.span;
  if (!next || next.end > coarse.end) return false;
  for (let k = i + 1; k < steps.length && steps[k]!.span.start <= coarse.end; k++) {
    if (!spansOverlap(steps[k]!.span, next)) return false;
  }
  return true;
}

/** null when no relation has a date (the slider is then disabled). */
export function timeDomain(dates: Iterable<string | null>): TimeDomain | null {
  const distinct = new Map<string, DaySpan>();
  let undated = 0;
  for (const date of dates) {
    const span = date ? partialDateSpan(date) : null;
    if (span) distinct.set(date!, span);
    else undated++;
  }
  if (distinct.size === 0) return null;
  const steps = [...distinct].map(([date, span]) => ({ date, span }));
  steps.sort((a, b) => compareChronologically(a.span, b.span));
  return { dates: steps.filter((_, i) => !addsNothing(steps, i)).map((s) => s.date), undated };
}
