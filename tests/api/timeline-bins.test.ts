// The time histogram's binning: the data's own precision picked for "auto", contiguous periods
// over real calendar days, coarser and undated dates kept apart, and bounds on the bin count.

import { MAX_AUTO_BINS, timelineBins } from "../../server/api/timeline-bins.js";

const t = (date: string | null, relations = 1, events = relations) => ({ date, relations, events });

describe("timelineBins", () => {
  it("bins by day when most relations are dated to the day and the span is short", () => {
    const timeline = timelineBins([t("2024-02-27"), t("2024-03-01", 2, 5), t("2024"), t(null, 3)], "auto");
    expect(timeline.precision).toBe("day");
    // 2024 is a leap year: 27, 28, 29 February, then 1 March.
    expect(timeline.bins.map((b) => b.period)).toEqual(["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"]);
    expect(timeline.bins[3]).toEqual({ period: "2024-03-01", relations: 2, events: 5 });
    expect(timeline.coarser).toEqual([{ period: "2024", relations: 1, events: 1 }]);
    expect(timeline.undated).toEqual({ relations: 3, events: 3 });
  });

  it("falls back to months when days would be too many bins, and to years when most dates are years", () => {
    const long = timelineBins([t("2011-06-01"), t("2014-05-31")], "auto");
    expect(long.precision).toBe("month");
    expect(long.bins).toHaveLength(36);
    expect(long.bins.length).toBeLessThanOrEqual(MAX_AUTO_BINS);
    const yearly = timelineBins([t("2022"), t("2025", 50), t("2025-02-18", 9)], "auto");
    expect(yearly.precision).toBe("year");
    expect(yearly.bins).toEqual([
      { period: "2022", relations: 1, events: 1 },
      { period: "2023", relations: 0, events: 0 },
      { period: "2024", relations: 0, events: 0 },
      { period: "2025", relations: 59, events: 59 },
    ]);
  });

  it("honours a requested precision, coarsening only past the hard bound", () => {
    expect(timelineBins([t("2025-02"), t("2025-04-02")], "month").bins.map((b) => b.period)).toEqual([
      "2025-02",
      "2025-03",
      "2025-04",
    ]);
    expect(timelineBins([t("1900-01-01"), t("2020-01-01")], "day").precision).toBe("month");
  });

  it("answers an empty timeline for no dated relation", () => {
    expect(timelineBins([t(null, 2)], "auto")).toEqual({
      precision: "year",
      bins: [],
      coarser: [],
      undated: { relations: 2, events: 2 },
    });
  });
});
