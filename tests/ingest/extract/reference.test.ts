// The derived reference tables: the committed JSON, and the build step on a small input.

import { buildReferenceTables, titleCase } from "../../../server/ingest/reference/build-reference.js";
import { loadReferenceTables } from "../../../server/ingest/reference/tables.js";

describe("reference tables", () => {
  it("has states with ISO3, capitals and demonyms, and leaders with years", () => {
    const { states, leaders } = loadReferenceTables();
    const russia = states.find((s) => s.iso3 === "RUS")!;
    expect(russia).toMatchObject({ id: "russia", name: "Russia" });
    expect(russia.capitals).toContain("Moscow");
    expect(russia.demonyms).toContain("Russian");
    expect(states.find((s) => s.iso3 === "USA")?.demonyms).toEqual(expect.arrayContaining(["American", "U.S."]));
    const putin = leaders.filter((l) => l.name === "Vladimir Putin");
    expect(putin.some((l) => l.state === "russia" && l.title === "president" && l.from === 1999)).toBe(true);
    // Codes title-cased from the source would match pronouns ("Us").
    expect(states.flatMap((s) => s.names)).not.toContain("Us");
  });

  it("builds states and leaders from CountryInfo text and the leaders CSV", () => {
    const countryInfo = [
      "<!-- documentation <Country> mentioned in a comment -->",
      "<Country>",
      "<CountryCode>IRN</CountryCode>",
      "<CountryName>IRAN</CountryName>",
      "<ISO3166-alpha3>IRN</ISO3166-alpha3>",
      "<Nationality>\n\tIRANIAN_\n\tPERSIA_\n\tDAS_PERSIEN_\n</Nationality>",
      "<Capital>\n\tTEHRAN_\n\tTEHERAN_   # older spelling\n</Capital>",
      "</Country>",
      "<Country>",
      "<CountryCode>USAGUM</CountryCode>",
      "<CountryName>GUAM_</CountryName>",
      "<ISO3166-alpha3>GUM</ISO3166-alpha3>",
      "</Country>",
    ].join("\n");
    const csv =
      '"","country","name","title","startYr","endYr"\n"1","iran","mahmoud_ahmadinejad_","president","20050803","20161201"\n';
    const tables = buildReferenceTables(countryInfo, csv);
    expect(tables.states).toEqual([
      {
        id: "iran",
        name: "Iran",
        iso3: "IRN",
        names: ["Persia"],
        demonyms: ["Iranian"],
        capitals: ["Tehran", "Teheran"],
      },
    ]);
    expect(tables.leaders).toEqual([
      { name: "Mahmoud Ahmadinejad", variants: [], state: "iran", title: "president", from: 2005, to: null },
    ]);
  });

  it("title-cases source names", () => {
    expect(titleCase("SAUDI_ARABIA_")).toBe("Saudi Arabia");
    expect(titleCase("UNITED_STATES_OF_AMERICA")).toBe("United States of America");
  });
});
