// What the time slider steps over: the days or months of the relations drawn (detailed view), or
// the periods of the server's timeline (overview), behind one interface so the slider need not know.

import { partialDateSpan, type TimelineResponse } from "../../../graph-schema/index.js";
import { advanceWindow, dateToStep, stepToDate, type TimeDomain } from "./time-domain.js";

export interface SliderSteps {
  /** Slider positions run 0..steps-1. */
  steps: number;
  /** The partial date a position stands for. */
  dateAt(step: number): string;
  /** The position holding a date's start (`from`) or end (`to`); an open end is the first or last. */
  stepOf(date: string | null, edge: "from" | "to"): number;
  /** The window one step further (play), or null at the end. */
  advance(from: number, to: number): [number, number] | null;
  /** Relations without a date. */
  undated: number;
}

export function domainSteps(domain: TimeDomain): SliderSteps {
  return {
    steps: domain.steps,
    dateAt: (step) => stepToDate(domain, step),
    stepOf: (date, edge) => dateToStep(domain, date, edge),
    advance: (from, to) => advanceWindow(domain, from, to),
    undated: domain.undated,
  };
}

/** The timeline's periods as slider steps; null when it has none (nothing dated). */
export function periodSteps(timeline: TimelineResponse): SliderSteps | null {
  const bins = timeline.bins;
  if (bins.length === 0) return null;
  const last = bins.length - 1;
  const spans = bins.map((b) => partialDateSpan(b.period)!);
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  return {
    steps: bins.length,
    dateAt: (step) => bins[clamp(step)]!.period,
    stepOf: (date, edge) => {
      const span = date ? partialDateSpan(date) : null;
      if (!span) return edge === "from" ? 0 : last;
      if (edge === "from") {
        const i = spans.findIndex((s) => s.end >= span.start);
        return i < 0 ? last : i;
      }
      const after = spans.findIndex((s) => s.start > span.end);
      return clamp(after < 0 ? last : after - 1);
    },
    advance: (from, to) => (to >= last ? null : [from + 1, to + 1]),
    undated: timeline.undated.relations,
  };
}
