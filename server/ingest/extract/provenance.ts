// Who produced an extracted fact: this extractor's name and version, and the id of the rule.
// Trigger rules carry their ids in data/extraction/relation-rules.json; the other producers
// (speech acts, titles, mediation, silences, structural facts) have the fixed ids below.

import type { Provenance } from "../../../graph-schema/index.js";

export const RULE_EXTRACTOR = { name: "actorgraph-rules", version: "8" } as const;

/** Ids of the rules written as code rather than as trigger records. */
export const CODE_RULES = {
  stated: "speech.stated",
  accordingTo: "speech.according-to",
  warned: "speech.warned",
  reported: "speech.reported",
  holdsRole: "title.holds-role",
  leads: "title.leads",
  mediated: "mediation.offered",
  mediatedTalks: "mediation.negotiates",
  declinedComment: "cue.declined-comment",
  locatedIn: "structure.located-in",
  partOf: "structure.part-of",
} as const;

export function provenanceOf(rule: string): Provenance {
  return { extractor: RULE_EXTRACTOR.name, version: RULE_EXTRACTOR.version, rule };
}
