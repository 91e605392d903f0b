// The time slider's domain: from the relation dates (partial ones as spans), stepped by day
// for short spans and by month for long ones; steps convert back to partial dates.

import { advanceWindow, dateToStep, stepToDate, timeDomain } from "../../client/src/filters/time-domain.js";

describe("timeDomain", () => {
  it("steps by month over a multi-year span and counts undated relations", () => {
    const d = timeDomain(["2025", null, "2025-02-18", "2022", null, "2025-02-12"])!;
    expect(d.unit).toBe("month");
    expect(d.steps).toBe(48);
    expect(d.undated).toBe(2);
    expect(stepToDate(d, 0)).toBe("2022-01");
    expect(stepToDate(d, 47)).toBe("2025-12");
    expect(dateToStep(d, "2025-02-18", "from")).toBe(37);
    expect(dateToStep(d, null, "to")).toBe(47);
  });

  it("steps by day over a short span", () => {
    const d = timeDomain(["2025-02-12", "2025-02-18"])!;
    expect(d.unit).toBe("day");
    expect(d.steps).toBe(7);
    expect(stepToDate(d, 6)).toBe("2025-02-18");
    expect(dateToStep(d, "2025-02", "from")).toBe(0);
    expect(dateToStep(d, "2025-02", "to")).toBe(6);
  });

  it("is null without any date, and the play window stops at the end", () => {
    expect(timeDomain([null, null])).toBeNull();
    const d = timeDomain(["2025-02-12", "2025-02-18"])!;
    expect(advanceWindow(d, 0, 2)).toEqual([1, 3]);
    expect(advanceWindow(d, 4, 6)).toBeNull();
  });
});
