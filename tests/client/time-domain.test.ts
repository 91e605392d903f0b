// The detailed view's time steps: the distinct dates the relations carry, at their own precision,
// in chronological order (a coarse date before the finer ones inside it), each step showing
// something the next does not, under the shared date rule.

import { dateInRange, partialDateSpan } from "../../graph-schema/index.js";
import { compareChronologically, timeDomain } from "../../client/src/filters/time-domain.js";
import { relationDateSteps } from "../../client/src/filters/slider-steps.js";

/** The shape of the curated corpus: two 2022 relations, year-only 2025 ones, two February days, undated ones. */
const corpusLike = ["2025", null, "2025-02-18", "2022", null, "2025-02-12", "2025", "2025-02-18", "2022"];

/** The dates a one-step window lets through, by the rule the filters use. */
const shownAt = (dates: readonly (string | null)[], step: string) =>
  dates.filter((d) => d !== null && dateInRange(d, step, step));

describe("timeDomain", () => {
  it("has one step per distinct date, chronological, coarse before finer, and counts the undated", () => {
    expect(timeDomain(corpusLike)).toEqual({ dates: ["2022", "2025", "2025-02-12", "2025-02-18"], undated: 2 });
  });

  it("orders by first day, then the coarser date first", () => {
    const span = (d: string) => partialDateSpan(d)!;
    const sorted = ["2025-03", "2025-02-18", "2025", "2024-12-31", "2025-02", "2025-02-01"].sort((a, b) =>
      compareChronologically(span(a), span(b)),
    );
    expect(sorted).toEqual(["2024-12-31", "2025", "2025-02", "2025-02-01", "2025-02-18", "2025-03"]);
  });

  it("gives every step a different set of shown relations", () => {
    const dates = ["2022", "2025", "2025-02", "2025-02-12", "2025-02-18", "2025-06", "2025-06-01"];
    const steps = timeDomain(dates)!.dates;
    const shown = steps.map((s) => shownAt(dates, s).join());
    expect(new Set(shown).size).toBe(steps.length);
  });

  it("leaves out a coarse date whose finer dates all nest with the next step (it would show the same)", () => {
    // "2025" and "2025-02" would each show exactly what "2025-02-12" shows.
    const dates = ["2024", "2025", "2025-02", "2025-02-12"];
    expect(shownAt(dates, "2025")).toEqual(shownAt(dates, "2025-02-12"));
    expect(timeDomain(dates)!.dates).toEqual(["2024", "2025-02-12"]);
    // With two days inside February, "2025-02" shows more than either day, so it stays.
    expect(timeDomain(["2025-02", "2025-02-12", "2025-02-18"])!.dates).toEqual(["2025-02", "2025-02-12", "2025-02-18"]);
  });

  it("is null without any date, and unreadable dates count as undated", () => {
    expect(timeDomain([null, null])).toBeNull();
    expect(timeDomain(["2025-13", "2025"])).toEqual({ dates: ["2025"], undated: 1 });
  });
});

describe("the detailed view's slider steps", () => {
  const steps = relationDateSteps(corpusLike)!;

  it("stands each position for its own partial date", () => {
    expect(steps.steps).toBe(4);
    expect([0, 1, 2, 3].map((i) => steps.dateAt(i))).toEqual(["2022", "2025", "2025-02-12", "2025-02-18"]);
    expect(steps.undated).toBe(2);
  });

  it("finds a step's own date on both edges, and places other dates by span", () => {
    expect(steps.stepOf("2025", "from")).toBe(1);
    expect(steps.stepOf("2025", "to")).toBe(1);
    expect(steps.stepOf("2025-02-12", "from")).toBe(2);
    expect(steps.stepOf("2025-02-18", "to")).toBe(3);
    expect(steps.stepOf(null, "from")).toBe(0);
    expect(steps.stepOf(null, "to")).toBe(3);
    // Not steps: the first step reaching the start, the last step starting by the end.
    expect(steps.stepOf("2023", "from")).toBe(1);
    expect(steps.stepOf("2025-02-15", "to")).toBe(2);
    expect(steps.stepOf("2021", "to")).toBe(0);
  });

  it("plays one step at a time and stops after the last", () => {
    const visited = [0];
    let window = steps.advance(0, 0);
    while (window) {
      expect(window[0]).toBe(window[1]);
      visited.push(window[0]);
      window = steps.advance(...window);
    }
    expect(visited).toEqual([0, 1, 2, 3]);
  });

  it("is absent when nothing is dated", () => {
    expect(relationDateSteps([null])).toBeNull();
  });
});
