// Dates of events: expressions in a sentence ("on Tuesday", "last month", "February 18", "in
// 2022") resolved against the publication date with chrono-node, with how they were obtained.

import * as chrono from "chrono-node";
import { parsePartialDate, partialDateOf, type DATE_BASES } from "../../../graph-schema/index.js";

type DateBasis = (typeof DATE_BASES)[number];

export interface DateExpression {
  /** Offsets into the article. */
  start: number;
  end: number;
  text: string;
  date: string | null;
  basis: DateBasis;
  note: string | null;
}

/**
 * The publication date as a reference Date (noon UTC), or null when unknown or only a year; a
 * month-only date counts from its middle, the nearest guess for "on Tuesday" within it.
 */
export function referenceDate(published: string | null): Date | null {
  const p = published ? parsePartialDate(published) : null;
  if (!p || p.month === null) return null;
  return new Date(Date.UTC(p.year, p.month - 1, p.day ?? 15, 12));
}

/** Most recent `weekday` (0 = Sunday) on or before `ref`: news says "on Tuesday" of the past week. */
function lastWeekday(ref: Date, weekday: number): Date {
  const d = new Date(ref);
  d.setUTCDate(d.getUTCDate() - ((ref.getUTCDay() - weekday + 7) % 7));
  return d;
}

function fromChrono(
  r: chrono.ParsedResult,
  published: string | null,
  ref: Date | null,
): Omit<DateExpression, "start" | "end" | "text"> {
  const c = r.start;
  const year = c.isCertain("year");
  const month = c.isCertain("month");
  const day = c.isCertain("day");
  const weekday = c.get("weekday");
  if (weekday !== null && !day && !month) {
    if (!ref)
      return { date: null, basis: "unknown", note: `'${r.text.trim()}' with no publication date to count from` };
    return {
      date: partialDateOf(lastWeekday(ref, weekday), "day"),
      basis: "relative",
      note: `'${r.text.trim()}' counted back from publication ${published}`,
    };
  }
  const precision = day ? "day" : month ? "month" : "year";
  if (year) {
    const relative = /\b(last|next|ago|this|yesterday|today|tomorrow|later|earlier)\b/i.test(r.text);
    if (relative && !ref)
      return { date: null, basis: "unknown", note: `'${r.text.trim()}' with no publication date to count from` };
    return relative
      ? {
          date: partialDateOf(c.date(), precision),
          basis: "relative",
          note: `'${r.text.trim()}' counted from publication ${published}`,
        }
      : { date: partialDateOf(c.date(), precision), basis: "stated", note: null };
  }
  if (!month) return { date: null, basis: "unknown", note: null };
  if (!ref) return { date: null, basis: "unknown", note: `'${r.text.trim()}' without a year and no publication date` };
  // A month (and day) without a year: the latest such date not after publication.
  const d = new Date(Date.UTC(ref.getUTCFullYear(), c.get("month")! - 1, day ? c.get("day")! : 1, 12));
  if (d > ref) d.setUTCFullYear(d.getUTCFullYear() - 1);
  return { date: partialDateOf(d, precision), basis: "stated", note: `year taken from publication ${published}` };
}

const YEAR =
  /\b(?:in|since|after|before|from|until|by|of)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s+(?:invasion|war|election|deal|agreement|attack)/gi;

/** Every date expression in a sentence (offsets into the article); `sentenceStart` is its offset. */
export function findDates(sentence: string, sentenceStart: number, published: string | null): DateExpression[] {
  const ref = referenceDate(published);
  const out: DateExpression[] = [];
  for (const r of chrono.parse(sentence, ref ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })) {
    const resolved = fromChrono(r, published, ref);
    if (resolved.date === null && resolved.basis === "unknown" && resolved.note === null) continue;
    const text = r.text.replace(/[\s,.;]+$/, "");
    out.push({ start: sentenceStart + r.index, end: sentenceStart + r.index + text.length, text, ...resolved });
  }
  for (const m of sentence.matchAll(YEAR)) {
    const year = m[1] ?? m[2]!;
    const at = (m.index ?? 0) + m[0].indexOf(year);
    if (out.some((d) => d.start <= sentenceStart + at && sentenceStart + at < d.end)) continue;
    out.push({
      start: sentenceStart + at,
      end: sentenceStart + at + 4,
      text: year,
      date: year,
      basis: "stated",
      note: null,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The date of a relation whose trigger is at `at`: the nearest expression, else the publication date. */
export function dateFor(
  dates: readonly DateExpression[],
  at: number,
  published: string | null,
): { date: string | null; dateBasis: DateBasis; dateNote: string | null } {
  const nearest = dates.reduce<DateExpression | null>(
    (best, d) => (best === null || Math.abs(d.start - at) < Math.abs(best.start - at) ? d : best),
    null,
  );
  if (nearest) return { date: nearest.date, dateBasis: nearest.basis, dateNote: nearest.note };
  if (published)
    return { date: published, dateBasis: "publication", dateNote: "no date in the sentence: publication date used" };
  return { date: null, dateBasis: "unknown", dateNote: null };
}
