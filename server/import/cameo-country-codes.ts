// CAMEO country codes that differ from the ISO code under which the reference table
// (data/reference/states.json) files their state, so a lookup by code would miss it. Data, not code.

export interface CountryCodeOverride {
  code: string;
  state: string;
  why: string;
}

export const CAMEO_COUNTRY_OVERRIDES: readonly CountryCodeOverride[] = [
  { code: "TMP", state: "timor-leste", why: "CAMEO's code for Timor-Leste (ISO TLS)" },
];
