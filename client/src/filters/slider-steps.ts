// What the time slider steps over: the distinct dates of the relations drawn (detailed view), or
// the periods of the server's timeline (overview), behind one interface so the slider need not know.

import { partialDateSpan, type TimelineResponse } from "../../../graph-schema/index.js";
import { timeDomain } from "./time-domain.js";

export interface SliderSteps {
  /** Slider positions run 0..steps-1. */
  steps: number;
  /** The partial date a position stands for, at its own precision. */
  dateAt(step: number): string;
  /** The position holding a date's start (`from`) or end (`to`); an open end is the first or last. */
  stepOf(date: string | null, edge: "from" | "to"): number;
  /** The window one step further (play), or null at the end. */
  advance(from: number, to: number): [number, number] | null;
  /** Relations without a date. */
  undated: number;
}

/**
 * Partial dates in chronological order as steps. A date that is a step is that step; any other
 * date goes to the first step reaching its start (`from`) or the last starting by its end (`to`).
 */
export function partialDateSteps(dates: readonly string[], undated: number): SliderSteps | null {
  if (dates.length === 0) return null;
  const last = dates.length - 1;
  const spans = dates.map((d) => partialDateSpan(d)!);
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  return {
    steps: dates.length,
    dateAt: (step) => dates[clamp(step)]!,
    stepOf: (date, edge) => {
      const span = date ? partialDateSpan(date) : null;
      if (!span) return edge === "from" ? 0 : last;
      const exact = dates.indexOf(date!);
      if (exact >= 0) return exact;
      if (edge === "from") {
        const i = spans.findIndex((s) => s.end >= span.start);
        return i < 0 ? last : i;
      }
      return clamp(spans.findLastIndex((s) => s.start <= span.end));
    },
    advance: (from, to) => (to >= last ? null : [from + 1, to + 1]),
    undated,
  };
}

/** The detailed view's steps: the distinct dates its relations carry; null when none is dated. */
export function relationDateSteps(dates: Iterable<string | null>): SliderSteps | null {
  const domain = timeDomain(dates);
  return domain ? partialDateSteps(domain.dates, domain.undated) : null;
}

/** The timeline's periods as slider steps; null when it has none (nothing dated). */
export function periodSteps(timeline: TimelineResponse): SliderSteps | null {
  return partialDateSteps(
    timeline.bins.map((b) => b.period),
    timeline.undated.relations,
  );
}
