// Partial ISO dates (2025, 2025-02, 2025-02-18) as the spans of real calendar days they stand
// for: the one meaning of "date" that filters, merging, extraction and display all share.

/** How much of a date is known, coarsest first. */
export const DATE_PRECISIONS = ["year", "month", "day"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A partial date read into numbers; `month`/`day` are null beyond its precision. */
export interface ParsedDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
}

/** The days a date covers, as day numbers (days since 1970-01-01 UTC), both ends inclusive. */
export interface DaySpan {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const pad = (n: number): string => String(n).padStart(2, "0");

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date; month 1..12. Plain arithmetic (Hinnant's
 * days_from_civil) rather than Date: filters call it per relation, and Date.UTC reads years
 * 0..99 as 1900..1999.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The date's numbers, or null when the text is not a real YYYY, YYYY-MM or YYYY-MM-DD date. */
export function parsePartialDate(text: string): ParsedDate | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, month: null, day: null, precision: "year" };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, day: null, precision: "month" };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: "day" };
}

export function precisionOf(text: string): DatePrecision | null {
  return parsePartialDate(text)?.precision ?? null;
}

/** The days a partial date covers ("2024-02" → 29 days), or null when it is not a date. */
export function partialDateSpan(text: string): DaySpan | null {
  const p = parsePartialDate(text);
  if (!p) return null;
  if (p.month === null) return { start: dayNumber(p.year, 1, 1), end: dayNumber(p.year, 12, 31) };
  if (p.day === null)
    return { start: dayNumber(p.year, p.month, 1), end: dayNumber(p.year, p.month, daysInMonth(p.year, p.month)) };
  const d = dayNumber(p.year, p.month, p.day);
  return { start: d, end: d };
}

/** ISO text of a day number ("2025-02-18"). */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO month (YYYY-MM) holding a day number. */
export function isoMonth(day: number): string {
  return isoDay(day).slice(0, 7);
}

/** First and last calendar day of a partial date as ISO days: "2025-02" → ["2025-02-01", "2025-02-28"]. */
export function partialDateBounds(text: string): [string, string] | null {
  const span = partialDateSpan(text);
  return span ? [isoDay(span.start), isoDay(span.end)] : null;
}

/** A UTC instant written at a precision: the form extraction stores. */
export function partialDateOf(instant: Date, precision: DatePrecision): string {
  const y = String(instant.getUTCFullYear()).padStart(4, "0");
  if (precision === "year") return y;
  const m = `${y}-${pad(instant.getUTCMonth() + 1)}`;
  return precision === "month" ? m : `${m}-${pad(instant.getUTCDate())}`;
}

export function spansOverlap(a: DaySpan, b: DaySpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The range [from, to] as days; a missing (or unreadable) end is open. */
export function rangeSpan(from?: string | null, to?: string | null): DaySpan {
  const start = from ? (partialDateSpan(from)?.start ?? -Infinity) : -Infinity;
  const end = to ? (partialDateSpan(to)?.end ?? Infinity) : Infinity;
  return { start, end };
}

export interface DateInRangeOptions {
  /**
   * Whether an undated relation passes. By default (the API's contract) it passes only when no
   * range is set; the explorer's "include undated" toggle states it explicitly.
   */
  includeUndated?: boolean;
}

/**
 * True when a partial date may fall within [from, to]: when any day it can mean lies in the
 * range ("2025" is within "2025-06"). A text that is not a date counts as undated.
 */
export function dateInRange(
  date: string | null,
  from?: string | null,
  to?: string | null,
  options: DateInRangeOptions = {},
): boolean {
  const bounded = Boolean(from || to);
  const span = date ? partialDateSpan(date) : null;
  if (!span) return options.includeUndated ?? !bounded;
  return !bounded || spansOverlap(span, rangeSpan(from, to));
}

/** True when some day `date` may mean is on or before the last day `limit` may mean. */
export function mayBeOnOrBefore(date: string, limit: string): boolean {
  const a = partialDateSpan(date);
  const b = partialDateSpan(limit);
  return a !== null && b !== null && a.start <= b.end;
}

/** Which side of a comparison only knows "on or before" (its date fell back to publication). */
export interface PublicationFallback {
  known?: boolean;
  candidate?: boolean;
}

/**
 * True when two partial dates may name the same day, the rule merging uses: unknown matches
 * anything, and a coarser date contains a finer one ("2025" and "2025-02-18"). A date that fell
 * back to the publication date only says "on or before", so any earlier date fits it too.
 */
export function datesCompatible(
  known: string | null,
  candidate: string | null,
  fallback: PublicationFallback = {},
): boolean {
  if (!known || !candidate) return true;
  const a = partialDateSpan(known);
  const b = partialDateSpan(candidate);
  if (!a || !b) return known === candidate;
  // Calendar spans are nested or apart, never half-overlapping.
  if (spansOverlap(a, b)) return true;
  return (fallback.candidate === true && a.end < b.start) || (fallback.known === true && b.end < a.start);
}

/** A partial date for people at its own precision: "2025", "Feb 2025", "18 Feb 2025". */
export function formatPartialDate(text: string): string {
  const p = parsePartialDate(text);
  if (!p) return text;
  if (p.month === null) return String(p.year);
  const month = MONTHS[p.month - 1]!;
  return p.day === null ? `${month} ${p.year}` : `${p.day} ${month} ${p.year}`;
}
