// CAMEO country codes whose state the reference table (data/reference/states.json, derived from
// CountryInfo) files under another ISO code, so a lookup by code would miss it. Data, not code.

export interface CountryCodeOverride {
  code: string;
  state: string;
  why: string;
}

export const CAMEO_COUNTRY_OVERRIDES: readonly CountryCodeOverride[] = [
  { code: "JPN", state: "japan", why: "the reference table has Japan as JON" },
  { code: "GTM", state: "guatemala", why: "the reference table has Guatemala as GLP" },
  { code: "GIN", state: "guinea", why: "the reference table has Guinea as PNG" },
  { code: "TMP", state: "timor-leste", why: "CAMEO's code for Timor-Leste (ISO TLS)" },
];
