// A mention found in a sentence: which tokens, what it resolved to, and the syntactic facts
// the relation frames need (possessive, locative, part of a title, adjectival).

import type { TextSpan } from "../../../graph-schema/index.js";
import type { EntityCandidate } from "./candidates.js";
import type { Resolution } from "./registry.js";
import type { OfficeConcept } from "./roles.js";

/** "Kremlin spokesperson Dmitri Peskow": the office a named person is said to hold, and where. */
export interface RoleAssertion {
  office: OfficeConcept;
  roleText: string;
  polity: EntityCandidate | null;
  span: TextSpan;
  /** "deputy foreign minister": another office than the head word's; "former president": no longer held. */
  rank: "deputy" | "former" | null;
}

export interface Mention {
  /** Token range [first, end) in the sentence's tokens. */
  first: number;
  end: number;
  resolution: Resolution;
  span: TextSpan;
  /** The country part of a title ("US" in "US President Donald Trump"): not an actor of its own. */
  titlePart: boolean;
  /** An adjective ("Iranian drones", "Western sanctions"): an actor only for noun triggers. */
  modifier: boolean;
  possessive: boolean;
  /** After "in", "at" ...: a place where something happened. */
  locative: boolean;
  /** Resolved through a title ("the Kremlin spokesperson") rather than a name. */
  viaTitle: boolean;
  role: RoleAssertion | null;
  /** First token of the title before a named holder, where the phrase's syntax starts. */
  lead?: number;
  /** A pronoun or "both sides": an argument for relations, not a span of the entity's name. */
  anaphor?: true;
}

export const entityOf = (m: Pick<Mention, "resolution">): EntityCandidate => m.resolution.candidate;
