// Partial ISO dates (2025, 2025-02, 2025-02-18) as spans of whole days, so "2025" overlaps
// any window inside 2025 and a window can be compared with dates of any precision.

const DAY_MS = 86_400_000;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days since 1970-01-01 (UTC) of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface DaySpan {
  /** First day covered (inclusive). */
  start: number;
  /** Last day covered (inclusive). */
  end: number;
}

/** The days a partial date covers, or null when the text is not a partial ISO date. */
export function partialDateSpan(date: string): DaySpan | null {
  const m = PARTIAL_DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined)
    return { start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)) };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const d = dayNumber(year, month, day);
  return { start: d, end: d };
}

export function spansOverlap(a: DaySpan, b: DaySpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** ISO text of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO month (YYYY-MM) containing a day number. */
export function isoMonth(day: number): string {
  return isoDay(day).slice(0, 7);
}

/** The window [from, to] as days; open ends reach as far as any date can. */
export function windowSpan(from: string | null, to: string | null): DaySpan {
  const start = from ? (partialDateSpan(from)?.start ?? -Infinity) : -Infinity;
  const end = to ? (partialDateSpan(to)?.end ?? Infinity) : Infinity;
  return { start, end };
}

/** "2025-02-18", "February 2025", "2025": a partial date for people. */
export function formatPartialDate(date: string): string {
  const m = PARTIAL_DATE.exec(date);
  if (!m) return date;
  if (m[2] === undefined) return m[1]!;
  const month = new Date(Date.UTC(2000, Number(m[2]) - 1, 1)).toLocaleString("en", { month: "short", timeZone: "UTC" });
  return m[3] === undefined ? `${month} ${m[1]}` : `${Number(m[3])} ${month} ${m[1]}`;
}
