// The reference states against the CAMEO country list (a cut of CountryInfo): the code the importer
// looks a state up by is the one CAMEO gives that country, and no CAMEO country with an ISO code lacks a state.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CAMEO_COUNTRY_OVERRIDES } from "../../server/import/cameo-country-codes.js";
import { slugify } from "../../server/ingest/merge-keys.js";
import { loadReferenceTables, type StateReference } from "../../server/ingest/reference/tables.js";

interface CameoCountry {
  code: string;
  name: string;
  /** CountryInfo's own ISO column, "---" where it has none (it is wrong for some: JAPAN has JON). */
  iso3: string;
}

const cameoCountries: CameoCountry[] = readFileSync(join(__dirname, "fixtures", "cameo-country-codes.tsv"), "utf8")
  .split(/\r?\n/)
  .filter(Boolean)
  .slice(1)
  .map((line) => {
    const [code, name, iso3] = line.split("\t");
    return { code: code!, name: name!, iso3: iso3! };
  });

const states = loadReferenceTables().states;
const byName = new Map(cameoCountries.map((c) => [slugify(c.name.replace(/_/g, " ")), c]));
const codes = cameoCountries.map((c) => c.code);
const sharedCodes = new Set(codes.filter((code, i) => codes.indexOf(code) !== i));
/** A dependency CAMEO files under its parent's code (JERSEY, ISO JEY, under GBR). */
const isDependency = (c: CameoCountry): boolean => sharedCodes.has(c.code) && c.iso3 !== c.code;

/** The code a GDELT row names this state by, as the importer looks it up. */
function cameoCodeOf(state: StateReference): string {
  return CAMEO_COUNTRY_OVERRIDES.find((o) => o.state === state.id)?.code ?? state.iso3;
}

function cameoCountryOf(state: StateReference): CameoCountry | undefined {
  return [state.name, ...state.names].map((n) => byName.get(slugify(n))).find(Boolean);
}

describe("reference states and CAMEO country codes", () => {
  it("the fixture is the CAMEO list, not an empty cut", () => {
    expect(cameoCountries.length).toBeGreaterThan(200);
    expect(cameoCountries.every((c) => /^[A-Z]{3}$/.test(c.code))).toBe(true);
  });

  it.each(states.map((s) => [s.id, s] as const))("%s has its CAMEO code", (_, state) => {
    const country = cameoCountryOf(state);
    expect(country).toBeDefined();
    if (isDependency(country!)) {
      // A dependency CAMEO files under its parent: its own code must not take the parent's.
      expect(cameoCountries.some((c) => c.code === cameoCodeOf(state))).toBe(false);
    } else {
      expect(cameoCodeOf(state)).toBe(country!.code);
    }
  });

  it("no two states claim one code", () => {
    const codes = states.map(cameoCodeOf);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
  });

  it("every CAMEO country with an ISO code of its own is a state (Myanmar, Papua New Guinea)", () => {
    const claimed = new Set(states.map(cameoCodeOf));
    const missing = cameoCountries.filter((c) => !isDependency(c) && c.iso3 !== "---" && !claimed.has(c.code));
    expect(missing).toEqual([]);
  });

  it("Serbia, whose block has no ISO code, is a state of its own, and the Montenegrin is Montenegro's", () => {
    const serbia = states.find((s) => s.iso3 === "SRB");
    expect(serbia?.name).toBe("Serbia");
    expect(serbia?.capitals).toContain("Belgrade");
    const montenegrin = states.filter((s) => [...s.names, ...s.demonyms].includes("Montenegrin"));
    expect(montenegrin.map((s) => s.id)).not.toContain("serbia");
  });

  it("each override names a state the reference table has", () => {
    for (const o of CAMEO_COUNTRY_OVERRIDES) expect(states.map((s) => s.id)).toContain(o.state);
  });
});
