// Partial ISO dates: reading, the calendar days they cover, overlap with a range (and the
// undated rule), when two can be the same day, and how they read at their own precision.

import {
  PartialDate,
  dateInRange,
  dayNumber,
  daysInMonth,
  datesCompatible,
  formatPartialDate,
  isoDay,
  mayBeOnOrBefore,
  parsePartialDate,
  partialDateBounds,
  partialDateOf,
  partialDateSpan,
  precisionOf,
  rangeSpan,
} from "../../graph-schema/index.js";

describe("parsePartialDate and precisionOf", () => {
  it("reads a year, a month and a day at their precision", () => {
    expect(parsePartialDate("2025")).toEqual({ year: 2025, month: null, day: null, precision: "year" });
    expect(parsePartialDate("2025-02")).toEqual({ year: 2025, month: 2, day: null, precision: "month" });
    expect(parsePartialDate("2025-02-18")).toEqual({ year: 2025, month: 2, day: 18, precision: "day" });
    expect(precisionOf("2025-02")).toBe("month");
  });

  it("refuses what is not a real calendar date", () => {
    for (const text of ["2025-02-29", "2025-13", "2025-00", "2025-2-1", "Feb 2025", "2025-02-18T10:00", ""])
      expect(parsePartialDate(text)).toBeNull();
    expect(parsePartialDate("2024-02-29")?.day).toBe(29);
    expect(precisionOf("yesterday")).toBeNull();
  });

  it("is what the PartialDate schema accepts", () => {
    expect(PartialDate.safeParse("2024-02-29").success).toBe(true);
    expect(PartialDate.safeParse("2025-02-30").success).toBe(false);
    expect(PartialDate.safeParse("2025-02-31").success).toBe(false);
  });
});

describe("spans", () => {
  it("covers the real days of a month: February 2024 has 29, February 2025 has 28", () => {
    expect(partialDateBounds("2024-02")).toEqual(["2024-02-01", "2024-02-29"]);
    expect(partialDateBounds("2025-02")).toEqual(["2025-02-01", "2025-02-28"]);
    expect(partialDateBounds("2025-04")).toEqual(["2025-04-01", "2025-04-30"]);
    expect(partialDateBounds("2025")).toEqual(["2025-01-01", "2025-12-31"]);
    expect(partialDateBounds("2025-02-18")).toEqual(["2025-02-18", "2025-02-18"]);
  });

  it("counts whole days, leap years included", () => {
    const year = partialDateSpan("2024")!;
    expect(year.end - year.start + 1).toBe(366);
    const day = partialDateSpan("2025-02-18")!;
    expect(day.start).toBe(day.end);
    expect(isoDay(day.start)).toBe("2025-02-18");
  });

  it("numbers days as the UTC calendar does, 1899 to 2101", () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
      const d = new Date(t);
      if (dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) !== t / 86_400_000)
        wrong.push(isoDay(t / 86_400_000));
    }
    expect(wrong).toEqual([]);
    expect([daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2100, 2)]).toEqual([28, 29, 28]);
  });

  it("does not read years below 100 as 19xx", () => {
    expect(partialDateBounds("0050")).toEqual(["0050-01-01", "0050-12-31"]);
  });

  it("leaves an unreadable range end open", () => {
    expect(rangeSpan("2025-02-30", null)).toEqual({ start: -Infinity, end: Infinity });
  });
});

describe("dateInRange", () => {
  it.each([
    ["2025-02", "2025-02-28", "2025-03-05", true],
    ["2025-02", "2025-03-01", "2025-03-05", false],
    ["2024-02", "2024-02-29", null, true],
    ["2025", "2025-06", "2025-06", true],
    ["2024", "2025", null, false],
    ["2025-02-18", null, "2025-02-17", false],
    ["2025-02-18", null, "2025-02", true],
  ] as const)("%s within [%s, %s] → %s", (date, from, to, expected) => {
    expect(dateInRange(date, from, to)).toBe(expected);
  });

  it("drops an undated relation under a range and keeps it without one (the API's rule)", () => {
    expect(dateInRange(null, "2025-01", null)).toBe(false);
    expect(dateInRange(null, null, "2025-01")).toBe(false);
    expect(dateInRange(null)).toBe(true);
  });

  it("lets the caller say explicitly whether undated relations pass", () => {
    expect(dateInRange(null, "2025-01", "2025-06", { includeUndated: true })).toBe(true);
    expect(dateInRange(null, null, null, { includeUndated: false })).toBe(false);
    expect(dateInRange("2025-03", null, null, { includeUndated: false })).toBe(true);
  });
});

describe("datesCompatible (may two dates name the same day?)", () => {
  it.each([
    [null, "2025-02-12", {}, true],
    ["2025", "2025-02-18", {}, true],
    ["2025-02", "2025-02-12", {}, true],
    ["2025-02-12", "2025-02", {}, true],
    ["2025-02-12", "2025-02-13", {}, false],
    ["2024", "2025-02-18", {}, false],
    ["2025-02-12", "2025-03-01", { candidate: true }, true],
    ["2025-03-01", "2025-02-12", { candidate: true }, false],
    ["2025-03-01", "2025-02-12", { known: true }, true],
    ["2025-02-12", "2025-03-01", { known: true }, false],
    ["2025-01", "2025-02", { candidate: true }, true],
  ] as const)("known %s, candidate %s, fallback %j → %s", (known, candidate, fallback, expected) => {
    expect(datesCompatible(known, candidate, fallback)).toBe(expected);
  });
});

describe("mayBeOnOrBefore", () => {
  it.each([
    ["2025-03-15", "2025-03", true],
    ["2025-04", "2025-03-10", false],
    ["2025", "2025-01-01", true],
    ["2025", "2024-06", false],
    ["2025-02-18", "2025-02-18", true],
    ["2025-02-19", "2025-02-18", false],
    ["2025-02-30", "2026", false],
  ] as const)("%s on or before %s → %s", (date, limit, expected) => {
    expect(mayBeOnOrBefore(date, limit)).toBe(expected);
  });
});

describe("writing dates", () => {
  it("formats a date for people at its own precision", () => {
    expect(formatPartialDate("2025")).toBe("2025");
    expect(formatPartialDate("2025-02")).toBe("Feb 2025");
    expect(formatPartialDate("2025-02-18")).toBe("18 Feb 2025");
    expect(formatPartialDate("not a date")).toBe("not a date");
  });

  it("writes an instant at a precision", () => {
    const instant = new Date(Date.UTC(2025, 1, 18, 23, 30));
    expect(partialDateOf(instant, "year")).toBe("2025");
    expect(partialDateOf(instant, "month")).toBe("2025-02");
    expect(partialDateOf(instant, "day")).toBe("2025-02-18");
  });
});
