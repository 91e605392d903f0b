// Words that mark an ICEWS actor name as an organisation rather than a person, when neither the
// graph nor the reference tables know the name (ICEWS gives names without a type). Data, not code.

export interface OrganisationWord {
  id: string;
  word: string;
  example: string;
}

export const ORGANISATION_WORDS: readonly OrganisationWord[] = [
  { id: "party", word: "party", example: "Conference of Nigerian Political Parties" },
  { id: "parties", word: "parties", example: "Conference of Nigerian Political Parties" },
  { id: "council", word: "council", example: "UN Security Council" },
  { id: "ministry", word: "ministry", example: "Ministry of Defence" },
  { id: "government", word: "government", example: "Government of Iraq" },
  { id: "army", word: "army", example: "Free Syrian Army" },
  { id: "forces", word: "forces", example: "Syrian Democratic Forces" },
  { id: "police", word: "police", example: "National Police" },
  { id: "court", word: "court", example: "Supreme Court" },
  { id: "union", word: "union", example: "European Union" },
  { id: "nations", word: "nations", example: "United Nations" },
  { id: "organization", word: "organization", example: "World Health Organization" },
  { id: "agency", word: "agency", example: "International Atomic Energy Agency" },
  { id: "commission", word: "commission", example: "European Commission" },
  { id: "committee", word: "committee", example: "International Committee of the Red Cross" },
  { id: "bank", word: "bank", example: "World Bank" },
  { id: "company", word: "company", example: "Gazprom Company" },
  { id: "news", word: "news", example: "Xinhua News Agency" },
  { id: "media", word: "media", example: "Media Personnel" },
  { id: "parliament", word: "parliament", example: "European Parliament" },
  { id: "assembly", word: "assembly", example: "National Assembly" },
  { id: "movement", word: "movement", example: "Taliban movement" },
  { id: "front", word: "front", example: "Al-Nusra Front" },
  { id: "taliban", word: "taliban", example: "Taliban" },
  { id: "hamas", word: "hamas", example: "Hamas" },
  { id: "hezbollah", word: "hezbollah", example: "Hezbollah" },
  { id: "militia", word: "militia", example: "Shia militia" },
  { id: "office", word: "office", example: "Presidential Office" },
  { id: "department", word: "department", example: "State Department" },
  { id: "university", word: "university", example: "Tehran University" },
  { id: "association", word: "association", example: "Lawyers Association" },
  { id: "group", word: "group", example: "Islamic State group" },
  { id: "state", word: "state", example: "Islamic State" },
];

const WORDS = new Set(ORGANISATION_WORDS.map((w) => w.word));

export function looksLikeOrganisation(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => WORDS.has(w));
}
