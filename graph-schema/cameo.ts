// CAMEO event codes and the relation type each lands on: the codebook by code and by ICEWS name,
// the QuadClass of each root, and the table (root first, then the codes a type stands for exactly).

import { CAMEO_CODEBOOK_ROWS } from "./cameo-codebook.js";
import type { RelationFamily, RelationType } from "./relation-types.js";

/** GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** Each QuadClass as the relation family it is (the four event families are the QuadClasses). */
export const QUAD_CLASS_FAMILY: Readonly<Record<QuadClass, RelationFamily>> = {
  1: "verbal-cooperation",
  2: "material-cooperation",
  3: "verbal-conflict",
  4: "material-conflict",
};

export interface CameoCode {
  /** As written in the data: leading zeros kept ("010", never "10"). */
  code: string;
  /** GDELT's label. */
  label: string;
  /** GDELT's Goldstein value (the ICEWS value when GDELT has none). */
  goldstein: number;
  /** ICEWS's name of the event (the quadruple files name events by it). */
  icewsName: string;
  icewsGoldstein: number;
  root: string;
  quadClass: QuadClass;
}

/** Roots 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict. */
export function quadClassOfRoot(root: string): QuadClass {
  const n = Number(root);
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new Error(`quadClassOfRoot: "${root}" is not a CAMEO root`);
  return n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4;
}

export const CAMEO_CODES: readonly CameoCode[] = CAMEO_CODEBOOK_ROWS.map(([code, label, goldstein, icews, ig]) => ({
  code,
  label: label.trim(),
  goldstein,
  icewsName: icews ?? label.trim(),
  icewsGoldstein: ig ?? goldstein,
  root: code.slice(0, 2),
  quadClass: quadClassOfRoot(code.slice(0, 2)),
}));

const BY_CODE = new Map(CAMEO_CODES.map((c) => [c.code, c]));
const BY_ICEWS_NAME = new Map(CAMEO_CODES.map((c) => [c.icewsName, c]));
// Roots are named in capitals ("CONSULT") and their base code the same in sentence case ("Consult"):
// case-insensitively, the base code (later in the list) wins.
const BY_FOLDED_NAME = new Map(CAMEO_CODES.map((c) => [c.icewsName.toLowerCase(), c]));

export function cameoCode(code: string): CameoCode | undefined {
  return BY_CODE.get(code);
}

/** The code an ICEWS event name ("Discuss by telephone") stands for. */
export function cameoByIcewsName(name: string): CameoCode | undefined {
  const trimmed = name.trim();
  return BY_ICEWS_NAME.get(trimmed) ?? BY_FOLDED_NAME.get(trimmed.toLowerCase());
}

/** One row of the CAMEO → relation type table: a code prefix (a root or a longer code). */
export interface CameoTypeRule {
  id: string;
  /** A root ("04") covers every code under it unless a longer prefix has its own rule. */
  prefix: string;
  type: RelationType;
  /** A code it covers, with its label, to read the rule by. */
  example: string;
}

export const CAMEO_TYPE_RULES: readonly CameoTypeRule[] = [
  { id: "root-01", prefix: "01", type: "STATED", example: "012 Make pessimistic comment" },
  { id: "decline-comment", prefix: "011", type: "DECLINED_COMMENT", example: "011 Decline comment" },
  { id: "root-02", prefix: "02", type: "APPEALED_TO", example: "023 Appeal for aid" },
  {
    id: "appeal-diplomatic",
    prefix: "022",
    type: "REQUESTED_SUPPORT",
    example: "022 Appeal for diplomatic cooperation",
  },
  { id: "appeal-to-meet", prefix: "026", type: "URGED", example: "026 Appeal to others to meet or negotiate" },
  { id: "appeal-to-settle", prefix: "027", type: "URGED", example: "027 Appeal to others to settle dispute" },
  { id: "appeal-mediation", prefix: "028", type: "URGED", example: "028 Appeal to others to engage in mediation" },
  {
    id: "root-03",
    prefix: "03",
    type: "INTENDS_TO_COOPERATE",
    example: "031 Express intent to cooperate economically",
  },
  { id: "intent-to-meet", prefix: "036", type: "SEEKS_TALKS", example: "036 Express intent to meet or negotiate" },
  { id: "intent-to-mediate", prefix: "039", type: "OFFERED_MEDIATION", example: "039 Express intent to mediate" },
  { id: "root-04", prefix: "04", type: "DISCUSSED", example: "040 Consult" },
  { id: "telephone", prefix: "041", type: "CALLED", example: "041 Discuss by telephone" },
  { id: "visit", prefix: "042", type: "MET", example: "042 Make a visit" },
  { id: "host-visit", prefix: "043", type: "MET", example: "043 Host a visit" },
  { id: "third-location", prefix: "044", type: "MET", example: "044 Meet at a third location" },
  { id: "negotiate", prefix: "046", type: "NEGOTIATES_WITH", example: "046 Engage in negotiation" },
  { id: "root-05", prefix: "05", type: "SUPPORTS", example: "051 Praise or endorse" },
  { id: "root-06", prefix: "06", type: "COOPERATES_WITH", example: "061 Cooperate economically" },
  { id: "share-intelligence", prefix: "064", type: "BRIEFED", example: "064 Share intelligence or information" },
  { id: "root-07", prefix: "07", type: "PROVIDED_AID", example: "073 Provide humanitarian aid" },
  { id: "military-aid", prefix: "072", type: "SUPPLIES", example: "072 Provide military aid" },
  { id: "root-08", prefix: "08", type: "YIELDED", example: "081 Ease administrative sanctions" },
  { id: "root-09", prefix: "09", type: "INVESTIGATED", example: "091 Investigate crime, corruption" },
  { id: "root-10", prefix: "10", type: "DEMANDED", example: "101 Demand material cooperation" },
  { id: "root-11", prefix: "11", type: "OPPOSES", example: "112 Accuse" },
  { id: "root-12", prefix: "12", type: "OPPOSES", example: "120 Reject" },
  { id: "root-13", prefix: "13", type: "THREATENED", example: "138 Threaten with military force" },
  { id: "root-14", prefix: "14", type: "PROTESTED", example: "141 Demonstrate or rally" },
  { id: "root-15", prefix: "15", type: "EXHIBITED_FORCE", example: "152 Increase military alert status" },
  { id: "root-16", prefix: "16", type: "SEVERED_RELATIONS", example: "161 Reduce or break diplomatic relations" },
  { id: "sanctions", prefix: "163", type: "SANCTIONS", example: "163 Impose embargo, boycott, or sanctions" },
  { id: "root-17", prefix: "17", type: "COERCED", example: "173 Arrest, detain, or charge with legal action" },
  { id: "root-18", prefix: "18", type: "ASSAULTED", example: "180 Use unconventional violence" },
  { id: "root-19", prefix: "19", type: "INVADED", example: "190 Use conventional military force" },
  // Mass violence is not a war between the two; of the types we have it is closest to an assault.
  { id: "root-20", prefix: "20", type: "ASSAULTED", example: "202 Engage in mass killings" },
];

const RULE_BY_PREFIX = new Map(CAMEO_TYPE_RULES.map((r) => [r.prefix, r]));

/** The rule for a code: its longest prefix with a rule; undefined when no root matches. */
export function cameoTypeRule(code: string): CameoTypeRule | undefined {
  for (let n = Math.min(code.length, 4); n >= 2; n--) {
    const rule = RULE_BY_PREFIX.get(code.slice(0, n));
    if (rule) return rule;
  }
  return undefined;
}
