// The overview's time slider steps over the server's timeline periods, whatever precision the
// server chose; what the bars leave out (coarser dates, undated) is said in words.

import { TimelineResponse } from "../../graph-schema/index.js";
import { periodSteps } from "../../client/src/filters/slider-steps.js";
import { outsideBarsText } from "../../client/src/filters/time-histogram.js";

const months = TimelineResponse.parse({
  precision: "month",
  bins: [
    { period: "2011-06", relations: 3, events: 9 },
    { period: "2011-07", relations: 0, events: 0 },
    { period: "2011-08", relations: 5, events: 7 },
  ],
  coarser: [
    { period: "2011", relations: 12, events: 12 },
    { period: "2012", relations: 2, events: 2 },
  ],
  undated: { relations: 3, events: 4 },
});

describe("timeline periods as slider steps", () => {
  const steps = periodSteps(months)!;

  it("has one step per period, each standing for its period", () => {
    expect(steps.steps).toBe(3);
    expect([0, 1, 2].map((i) => steps.dateAt(i))).toEqual(["2011-06", "2011-07", "2011-08"]);
    expect(steps.dateAt(7)).toBe("2011-08");
    expect(steps.undated).toBe(3);
  });

  it("puts a date of any precision on the period holding its start (from) or end (to)", () => {
    expect(steps.stepOf(null, "from")).toBe(0);
    expect(steps.stepOf(null, "to")).toBe(2);
    expect(steps.stepOf("2011-07-15", "from")).toBe(1);
    expect(steps.stepOf("2011-07-15", "to")).toBe(1);
    expect(steps.stepOf("2011", "from")).toBe(0);
    expect(steps.stepOf("2011", "to")).toBe(2);
    expect(steps.stepOf("2010", "to")).toBe(0);
    expect(steps.stepOf("2013", "from")).toBe(2);
  });

  it("plays forward one period at a time until the end", () => {
    expect(steps.advance(0, 1)).toEqual([1, 2]);
    expect(steps.advance(1, 2)).toBeNull();
  });

  it("is absent when nothing is dated", () => {
    expect(periodSteps({ ...months, bins: [] })).toBeNull();
  });
});

test("the words under the bars count the coarser and undated relations", () => {
  expect(outsideBarsText(months)).toBe("+ 14 dated by year only, 3 undated");
  expect(outsideBarsText({ ...months, coarser: [], undated: { relations: 0, events: 0 } })).toBe("");
});
