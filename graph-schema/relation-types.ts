// The relation vocabulary: every edge type between entities, with its meaning, direction,
// nearest CAMEO event code, Goldstein value and colour family. Defined once, used everywhere.

import type { EntityType } from "./labels.js";

/**
 * Colour family of a relation. The four event families are GDELT's QuadClass
 * (verbal/material cooperation/conflict); `neutral` is a plain statement or report,
 * `structural` a standing fact (office held, location) rather than an event.
 */
export const RELATION_FAMILIES = [
  "verbal-cooperation",
  "material-cooperation",
  "neutral",
  "verbal-conflict",
  "material-conflict",
  "structural",
] as const;
export type RelationFamily = (typeof RELATION_FAMILIES)[number];

/** Colour-blind-safe diverging colours: blues for cooperation, oranges/reds for conflict. */
export const FAMILY_COLOURS: Readonly<Record<RelationFamily, string>> = {
  "verbal-cooperation": "#56B4E9",
  "material-cooperation": "#0072B2",
  neutral: "#9E9E9E",
  "verbal-conflict": "#E69F00",
  "material-conflict": "#D55E00",
  structural: "#5F5F5F",
};

export interface RelationTypeDef {
  readonly type: string;
  readonly meaning: string;
  /** false: the relation is mutual (a call, a meeting); its stored direction carries no meaning. */
  readonly directed: boolean;
  /** Nearest CAMEO event code, or null for structural facts that are not events. */
  readonly cameo: string | null;
  /** Goldstein scale value (-10 conflict .. +10 cooperation) of that CAMEO code. */
  readonly goldstein: number | null;
  readonly family: RelationFamily;
  /** Labels allowed at each end; validation refuses others. */
  readonly from: readonly EntityType[];
  readonly to: readonly EntityType[];
}

const ACTORS: readonly EntityType[] = ["Person", "State", "Organization"];
const ANY: readonly EntityType[] = ["Person", "State", "Organization", "Place"];
const POLITIES: readonly EntityType[] = ["State", "Organization"];

function rel<T extends string>(
  type: T,
  meaning: string,
  cameo: string | null,
  goldstein: number | null,
  family: RelationFamily,
  opts: { directed?: boolean; from?: readonly EntityType[]; to?: readonly EntityType[] } = {},
): RelationTypeDef & { readonly type: T } {
  return {
    type,
    meaning,
    directed: opts.directed ?? true,
    cameo,
    goldstein,
    family,
    from: opts.from ?? ACTORS,
    to: opts.to ?? ACTORS,
  };
}

export const RELATION_TYPE_DEFS = [
  rel("STATED", "made a public statement about the target", "010", 0, "neutral", { to: ANY }),
  rel("REPORTED", "a news outlet reported or quoted what the target said or did", "010", 0, "neutral", {
    from: ["Organization"],
  }),
  rel(
    "DECLINED_COMMENT",
    "declined to comment on, confirm or acknowledge a matter concerning the target",
    "011",
    -0.1,
    "neutral",
  ),
  rel("REQUESTED_SUPPORT", "asked the target for diplomatic help or policy support", "022", 3.2, "verbal-cooperation"),
  rel("URGED", "appealed to the target to meet, negotiate or settle a dispute", "026", 4, "verbal-cooperation"),
  rel(
    "INTENDS_TO_COOPERATE",
    "expressed intent or openness to cooperate with the target",
    "030",
    4,
    "verbal-cooperation",
  ),
  rel(
    "SEEKS_TALKS",
    "expressed intent to meet, negotiate or strike a deal with the target",
    "036",
    4,
    "verbal-cooperation",
  ),
  rel(
    "OFFERED_MEDIATION",
    "offered to mediate or help the target communicate with a third party",
    "039",
    5,
    "verbal-cooperation",
  ),
  rel("DISCUSSED", "consulted or discussed a matter with the target", "040", 1, "verbal-cooperation", {
    directed: false,
  }),
  rel("CALLED", "spoke with the target by telephone", "041", 1, "verbal-cooperation", { directed: false }),
  rel("MET", "met the target in person", "044", 2.5, "verbal-cooperation", { directed: false }),
  rel(
    "NEGOTIATES_WITH",
    "is engaged in negotiations, direct or indirect, with the target",
    "046",
    7,
    "verbal-cooperation",
    {
      directed: false,
    },
  ),
  rel("SUPPORTS", "backs the target diplomatically or endorses its course", "050", 3.5, "verbal-cooperation", {
    to: ANY,
  }),
  rel("BRIEFED", "shared information or details of talks with the target", "064", 7, "material-cooperation"),
  rel(
    "COOPERATES_WITH",
    "cooperates materially with the target (trade, energy, military, technology)",
    "060",
    6,
    "material-cooperation",
    {
      directed: false,
    },
  ),
  rel("SUPPLIES", "provides military aid or equipment (e.g. drones) to the target", "072", 8.3, "material-cooperation"),
  rel("OPPOSES", "rejects or opposes the target or its course", "120", -4, "verbal-conflict", { to: ANY }),
  rel("SEVERED_RELATIONS", "reduced or broke off relations with the target", "161", -4, "verbal-conflict"),
  rel("SANCTIONS", "imposes sanctions, embargo or economic pressure on the target", "163", -8, "material-conflict"),
  rel("INVADED", "used military force against or invaded the target", "190", -10, "material-conflict", { to: ANY }),
  // Added for CAMEO roots no type above stood for (event imports: graph-schema/cameo.ts).
  rel("APPEALED_TO", "appealed to or requested something of the target", "020", 3, "verbal-cooperation"),
  rel("PROVIDED_AID", "provided economic, humanitarian or other aid to the target", "070", 7, "material-cooperation"),
  rel(
    "YIELDED",
    "yielded to the target: eased restrictions, released, retreated, conceded",
    "080",
    5,
    "material-cooperation",
  ),
  rel(
    "INVESTIGATED",
    "investigated the target (crime, corruption, human rights, war crimes)",
    "090",
    -2,
    "verbal-conflict",
  ),
  rel("DEMANDED", "demanded something of the target", "100", -5, "verbal-conflict"),
  rel("THREATENED", "threatened the target (sanctions, force, ultimatum)", "130", -4.4, "verbal-conflict"),
  rel(
    "PROTESTED",
    "protested against the target (demonstration, hunger strike, boycott)",
    "140",
    -6.5,
    "material-conflict",
  ),
  rel("EXHIBITED_FORCE", "showed military or police force towards the target", "150", -7.2, "material-conflict"),
  rel("COERCED", "coerced the target: seized, arrested, expelled or repressed", "170", -7, "material-conflict"),
  rel(
    "ASSAULTED",
    "attacked the target outside combat, or used mass violence against it",
    "180",
    -9,
    "material-conflict",
    {
      to: ANY,
    },
  ),
  rel("HOLDS_ROLE", "holds an office in the target (the relation's `role` names it)", null, null, "structural", {
    from: ["Person"],
    to: POLITIES,
  }),
  rel("LEADS", "is the head of the target state or organization", null, null, "structural", {
    from: ["Person"],
    to: POLITIES,
  }),
  rel("PART_OF", "is a body or faction within the target", null, null, "structural", {
    from: ["Organization"],
    to: POLITIES,
  }),
  rel("LOCATED_IN", "lies within the target state", null, null, "structural", {
    from: ["Place", "Organization"],
    to: ["State", "Place"],
  }),
] as const satisfies readonly RelationTypeDef[];

export type RelationType = (typeof RELATION_TYPE_DEFS)[number]["type"];

export const RELATION_TYPES = RELATION_TYPE_DEFS.map((d) => d.type) as readonly RelationType[];

const BY_TYPE = new Map<string, RelationTypeDef>(RELATION_TYPE_DEFS.map((d) => [d.type, d]));

export function relationTypeDef(type: RelationType): RelationTypeDef {
  const def = BY_TYPE.get(type);
  if (!def) throw new Error(`relationTypeDef: unknown relation type "${type}"`);
  return def;
}

/** How a relation type reads between two names: MET → "met", OFFERED_MEDIATION → "offered mediation". */
export function relationTypeWords(type: string): string {
  return type.toLowerCase().replace(/_/g, " ");
}

export function isRelationType(value: string): value is RelationType {
  return BY_TYPE.has(value);
}

/** Who holds which office of which polity: the facts that resolve titles ("the Russian foreign minister"). */
export const OFFICE_RELATION_TYPES: ReadonlySet<string> = new Set<RelationType>(["HOLDS_ROLE", "LEADS"]);

/** What someone said, reported or would not say: a denial's own words, never the matter it denies. */
export const SPEECH_RELATION_TYPES: ReadonlySet<string> = new Set<RelationType>([
  "STATED",
  "REPORTED",
  "DECLINED_COMMENT",
]);

/** The document-to-entity edge; not part of the event vocabulary above. */
export const MENTIONS = "MENTIONS" as const;

/**
 * Pairs of types that cannot both hold between the same two actors at the same time: when two
 * articles assert one each, ingestion records a dispute.
 */
export const CONTRADICTORY_TYPES: readonly (readonly [RelationType, RelationType])[] = [
  ["SUPPORTS", "OPPOSES"],
  ["COOPERATES_WITH", "SEVERED_RELATIONS"],
  ["INTENDS_TO_COOPERATE", "SEVERED_RELATIONS"],
  ["NEGOTIATES_WITH", "SEVERED_RELATIONS"],
  ["STATED", "DECLINED_COMMENT"],
];
