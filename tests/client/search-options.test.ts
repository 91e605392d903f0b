// Autocomplete options show the entity's name and, when an alias matched, that alias.

import { formatSearchOption, matchedAlias } from "../../client/src/search/options.js";

const peskov = {
  id: "dmitry-peskov",
  name: "Dmitry Peskov",
  type: "Person" as const,
  aliases: ["Dmitri Peskow", "Peskov", "Peskow"],
};

describe("search options", () => {
  it("shows the alias the server says matched", () => {
    const o = formatSearchOption({ ...peskov, matched: "Peskow" }, "Peskow");
    expect(o.matchedAlias).toBe("Peskow");
    expect(o.accessibleText).toContain("Dmitry Peskov");
    expect(o.accessibleText).toContain("Peskow");
  });

  it("says nothing extra when the match is part of the name", () => {
    expect(matchedAlias({ ...peskov, matched: "Peskov" }, "peskov")).toBeNull();
    expect(
      matchedAlias(
        { id: "donald-trump", name: "Donald Trump", type: "Person", aliases: ["Trump"], matched: "Trump" },
        "trump",
      ),
    ).toBeNull();
  });

  it("finds the alias itself when the server does not say (accent- and case-insensitive)", () => {
    const russia = { id: "russia", name: "Russia", type: "State" as const, aliases: ["Moscow", "Kremlin"] };
    expect(matchedAlias(russia, "kremlin")).toBe("Kremlin");
    expect(matchedAlias({ ...russia, aliases: ["Kremľin"] }, "kremlin")).toBe("Kremľin");
    expect(matchedAlias(russia, "russ")).toBeNull();
  });
});
