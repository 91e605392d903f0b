// Buildings and blocs that stand for governments when they act ("the Kremlin said", "the
// White House has yet to comment", "Western sanctions"), used when the graph does not know them.

export interface StandIn {
  name: string;
  forms: readonly string[];
  /** "state": the name is the state itself; "organization": its own body, tied to the state. */
  as: "state" | "organization";
  iso3: string | null;
  kind?: string;
}

export const STAND_INS: readonly StandIn[] = [
  { name: "Kremlin", forms: ["Kremlin"], as: "state", iso3: "RUS" },
  { name: "White House", forms: ["White House"], as: "organization", iso3: "USA", kind: "government body" },
  { name: "Pentagon", forms: ["Pentagon"], as: "organization", iso3: "USA", kind: "government body" },
  { name: "State Department", forms: ["State Department"], as: "organization", iso3: "USA", kind: "government body" },
  { name: "Downing Street", forms: ["Downing Street"], as: "state", iso3: "GBR" },
  { name: "Elysee", forms: ["Elysee", "Élysée"], as: "state", iso3: "FRA" },
  {
    name: "Western powers",
    forms: ["Western powers", "the West", "Western countries", "Western nations"],
    as: "organization",
    iso3: null,
    kind: "bloc",
  },
  {
    name: "European Union",
    // "Brussels was too slow": the seat of the EU's institutions stands for the EU, not Belgium.
    forms: ["European Union", "EU", "Brussels"],
    as: "organization",
    iso3: null,
    kind: "intergovernmental",
  },
  {
    name: "United Nations",
    forms: ["United Nations", "UN", "U.N."],
    as: "organization",
    iso3: null,
    kind: "intergovernmental",
  },
  { name: "NATO", forms: ["NATO", "Nato"], as: "organization", iso3: null, kind: "intergovernmental" },
];

/** Adjectives that name a bloc the way demonyms name a state ("Western sanctions"). */
export const BLOC_ADJECTIVES: Readonly<Record<string, string>> = {
  western: "Western powers",
  european: "European Union",
};

/** Well-known news outlets, so "according to Reuters" is a report, not a statement. */
export const MEDIA_OUTLETS: readonly string[] = [
  "Reuters",
  "Bloomberg",
  "Associated Press",
  "AP",
  "AFP",
  "Agence France-Presse",
  "TASS",
  "Interfax",
  "RIA Novosti",
  "IRNA",
  "Tasnim",
  "Fars",
  "Xinhua",
  "Al Jazeera",
  "BBC",
  "CNN",
  "Financial Times",
  "Financial Post",
  "New York Times",
  "Washington Post",
  "Wall Street Journal",
  "The Guardian",
  "Axios",
  "Politico",
];
