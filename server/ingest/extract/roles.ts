// Offices named in text ("foreign minister", "top diplomat", "spokesman", "president"): each
// phrasing maps to one office concept, so a title can be matched with the roles the graph knows.

import { fold } from "./text.js";

export interface OfficeConcept {
  id: string;
  /** Phrasings, lower-case, longest first when matched. */
  phrases: readonly string[];
  /** Head of the state or organization: recorded as LEADS rather than HOLDS_ROLE. */
  leads: boolean;
}

export const OFFICES: readonly OfficeConcept[] = [
  {
    id: "foreign-minister",
    phrases: [
      "foreign minister",
      "foreign ministers",
      "minister of foreign affairs",
      "minister for foreign affairs",
      "foreign affairs minister",
      "secretary of state",
      "foreign secretary",
      "top diplomat",
      "chief diplomat",
    ],
    leads: false,
  },
  {
    id: "defence-minister",
    phrases: [
      "defence minister",
      "defense minister",
      "minister of defense",
      "minister of defence",
      "defense secretary",
      "defence secretary",
      "secretary of defense",
      "war secretary",
    ],
    leads: false,
  },
  {
    id: "finance-minister",
    phrases: [
      "finance minister",
      "minister of finance",
      "treasury secretary",
      "secretary of the treasury",
      "chancellor of the exchequer",
    ],
    leads: false,
  },
  { id: "interior-minister", phrases: ["interior minister", "minister of interior", "home secretary"], leads: false },
  { id: "head-of-state", phrases: ["president", "head of state"], leads: true },
  { id: "vice-president", phrases: ["vice president", "vice-president"], leads: false },
  { id: "head-of-government", phrases: ["prime minister", "premier", "chancellor"], leads: true },
  { id: "monarch", phrases: ["king", "queen", "emir", "sultan"], leads: true },
  { id: "crown-prince", phrases: ["crown prince"], leads: false },
  { id: "supreme-leader", phrases: ["supreme leader"], leads: true },
  { id: "leader", phrases: ["leader"], leads: true },
  {
    id: "spokesperson",
    phrases: ["spokesperson", "spokesman", "spokeswoman", "press secretary", "spokespeople"],
    leads: false,
  },
  {
    id: "security-adviser",
    phrases: ["national security adviser", "national security advisor", "security council secretary"],
    leads: false,
  },
  { id: "adviser", phrases: ["adviser", "advisor", "aide"], leads: false },
  {
    id: "envoy",
    phrases: ["special envoy", "envoy", "special representative", "ambassador", "presidential envoy"],
    leads: false,
  },
  { id: "negotiator", phrases: ["chief negotiator", "negotiator", "nuclear negotiator"], leads: false },
  {
    id: "agency-head",
    phrases: ["director general", "director-general", "chairman", "chairwoman"],
    leads: true,
  },
  { id: "speaker", phrases: ["parliament speaker", "speaker of parliament", "speaker"], leads: false },
  { id: "commander", phrases: ["commander", "army chief", "chief of staff", "chief of general staff"], leads: false },
  { id: "minister", phrases: ["minister"], leads: false },
  { id: "secretary-general", phrases: ["secretary-general", "secretary general"], leads: true },
];

/** Offices that head a state: an unnamed one may be resolved through any leadership the graph records. */
export const HEAD_OFFICES = new Set(["head-of-state", "head-of-government", "leader", "supreme-leader", "monarch"]);

/** Words that mean "the same office as the other person" ("his Iranian counterpart"). */
export const COUNTERPART = "counterpart";

const BY_PHRASE = new Map<string, OfficeConcept>();
for (const office of OFFICES) for (const p of office.phrases) BY_PHRASE.set(p, office);
export const LONGEST_OFFICE_PHRASE = Math.max(...[...BY_PHRASE.keys()].map((p) => p.split(" ").length));

export function officeByPhrase(phrase: string): OfficeConcept | undefined {
  return BY_PHRASE.get(fold(phrase));
}

/** The office a free-text role names ("Kremlin spokesperson", "Secretary of State (foreign minister)"). */
export function officeOfRoleText(role: string): OfficeConcept | undefined {
  // A deputy's or former holder's role is not the office its head word names.
  if (/\b(deputy|former|vice|acting|assistant)\b/i.test(role) && !/\bvice[ -]president\b/i.test(role)) return undefined;
  const words = fold(role)
    .replace(/[^a-z\s-]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  // Most specific first: the longest phrase found anywhere in the text.
  for (let n = Math.min(LONGEST_OFFICE_PHRASE, words.length); n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const office = BY_PHRASE.get(words.slice(i, i + n).join(" "));
      if (office && office.id !== "minister") return office;
    }
  return words.includes("minister") ? BY_PHRASE.get("minister") : undefined;
}

/** Office concept of a reference leader title ("president", "prime minister", "king"). */
export function officeOfLeaderTitle(title: string): OfficeConcept | undefined {
  return officeOfRoleText(title);
}
