// Hand additions to the CountryInfo tables, for what the source lacks or names formally
// (it has no Nationality block for the USA and calls Russia "Russian Federation").

/** Common names where CountryInfo's CountryName is the formal or a misspelt one, keyed by ISO3. */
export const COMMON_NAMES: Readonly<Record<string, string>> = {
  RUS: "Russia",
  USA: "United States",
  ZAF: "South Africa",
  TZA: "Tanzania",
  MDG: "Madagascar",
  BRN: "Brunei",
  GBR: "United Kingdom",
  SRB: "Serbia",
};

/** Names and demonyms the source lacks, keyed by ISO3. */
export const EXTRA_FORMS: Readonly<Record<string, { names: string[]; demonyms: string[] }>> = {
  USA: {
    names: ["United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
    demonyms: ["American", "US", "U.S."],
  },
  GBR: { names: ["UK", "U.K.", "Britain", "Great Britain"], demonyms: ["British", "UK", "U.K."] },
  ARE: { names: ["UAE", "U.A.E.", "Emirates"], demonyms: ["Emirati"] },
  ISR: { names: [], demonyms: ["Israeli"] },
  PSE: { names: ["Palestinian territories"], demonyms: ["Palestinian"] },
  SAU: { names: [], demonyms: ["Saudi"] },
  PRK: { names: ["DPRK"], demonyms: ["North Korean"] },
  KOR: { names: [], demonyms: ["South Korean"] },
};

/**
 * ISO3 codes the source gets wrong, keyed by its CountryCode: Israel's block gives the alpha-2 "IL";
 * Japan's "JON", Guatemala's "GLP" (Guadeloupe), Guinea's "PNG" and Myanmar's "MOZ" are other
 * states' codes, which also dropped Papua New Guinea and Myanmar as duplicates; Serbia's block has no
 * ISO3 at all (it is still "Serbia and Montenegro").
 */
export const ISO3_FIXES: Readonly<Record<string, string>> = {
  ISR: "ISR",
  JPN: "JPN",
  GTM: "GTM",
  GIN: "GIN",
  MMR: "MMR",
  SRB: "SRB",
};

/**
 * Forms a block still carries from a union that has since split, keyed by ISO3: the source's Serbia
 * block (code SRB, no ISO3) is "Serbia and Montenegro". Serbia is the union's successor state, so the
 * union's name stays an alias; Montenegro has its own block since 2006, so its demonym goes.
 */
export const SUPERSEDED_FORMS: Readonly<Record<string, readonly string[]>> = {
  SRB: ["Montenegrin"],
};

/**
 * The capital cities of states whose CountryInfo `Capital` list names several different cities,
 * keyed by ISO3. Every other list holds spellings of one city ("Rome", "Roma", "Eternal City"),
 * which must make one place, not one per spelling. A city left out here is dropped (Montenegro's
 * list starts with Belgrade, Serbia's capital).
 */
export const CAPITAL_CITIES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  ZAF: [["Pretoria"], ["Bloemfontein"], ["Cape Town"]],
  MYS: [["Kuala Lumpur"], ["Putrajaya"]],
  MNE: [["Podgorica"]],
};
