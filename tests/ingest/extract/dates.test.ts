// Date expressions resolved against the publication date.

import { dateFor, findDates } from "../../../server/ingest/extract/dates.js";

describe("findDates", () => {
  it("counts a weekday back to the last such day on or before publication", () => {
    const [d] = findDates("On Tuesday, the agency said so.", 100, "2025-03-06");
    expect(d).toMatchObject({ start: 100, text: "On Tuesday", date: "2025-03-04", basis: "relative" });
    expect(findDates("On Thursday they met.", 0, "2025-03-06")[0]?.date).toBe("2025-03-06");
  });

  it("takes the year of a month and day from publication, the year before when it would be later", () => {
    expect(findDates("They met on February 18.", 0, "2025-03-06")[0]).toMatchObject({
      date: "2025-02-18",
      basis: "stated",
    });
    expect(findDates("They met on December 18.", 0, "2025-03-06")[0]?.date).toBe("2024-12-18");
    expect(findDates("a phone call in February", 0, "2025-03-06")[0]?.date).toBe("2025-02");
  });

  it("resolves 'last month' relative to publication and knows a bare year", () => {
    expect(findDates("It happened last month.", 0, "2025-03-06")[0]).toMatchObject({
      date: "2025-02",
      basis: "relative",
    });
    expect(findDates("after the Ukraine war in 2022.", 0, null)[0]).toMatchObject({
      text: "2022",
      date: "2022",
      basis: "stated",
    });
    expect(findDates("They met on 3 March 2024.", 0, null)[0]?.date).toBe("2024-03-03");
  });

  it("leaves relative dates unknown without a publication date", () => {
    const [d] = findDates("On Tuesday they met; last month too.", 0, null);
    expect(d).toMatchObject({ date: null, basis: "unknown" });
    expect(findDates("It happened last month.", 0, null)[0]?.date).toBeNull();
  });
});

describe("dateFor", () => {
  it("takes the nearest expression, else the publication date with a note", () => {
    const dates = findDates("On Tuesday X said that on February 12 they spoke.", 0, "2025-03-06");
    expect(dateFor(dates, 40, "2025-03-06").date).toBe("2025-02-12");
    expect(dateFor(dates, 0, "2025-03-06").date).toBe("2025-03-04");
    expect(dateFor([], 0, "2025-03-06")).toMatchObject({ date: "2025-03-06", dateBasis: "publication" });
    expect(dateFor([], 0, null)).toEqual({ date: null, dateBasis: "unknown", dateNote: null });
  });
});
