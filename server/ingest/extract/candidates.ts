// What a mention can resolve to: an entity the graph has, or one the reference tables or the
// text propose; and the office holdings that resolve titles ("Russia's foreign minister").

import type { EntityType, EntityRecord, ResolutionMethod } from "../../../graph-schema/index.js";
import type { OfficeConcept } from "./roles.js";

export interface EntityCandidate {
  id: string;
  name: string;
  type: EntityType;
  /** The graph's record, or null for an entity proposed by the reference tables or the text. */
  existing: EntityRecord | null;
  iso3?: string;
  kind?: string;
  country?: string | null;
}

/** The kind of a state's own organization (a ministry, an embassy, the White House): its people serve the state. */
export const GOVERNMENT_BODY_KIND = "government body";

export interface NameEntry {
  candidate: EntityCandidate;
  method: ResolutionMethod;
  score: number;
  /** The spelling indexed: a capitalised one must be capitalised in the text ("US" is not "us"). */
  form: string;
  /** Why, when it is not the entity's own name ("capital of Iran standing for its government"). */
  note: string | null;
  /** A shorter name of the candidate ("Congo"), meant only in an article that named it in full. */
  shortFor?: true;
}

export interface OfficeHolding {
  person: EntityCandidate;
  office: OfficeConcept;
  roleText: string | null;
  /** The state or organization id the office belongs to, and that polity's state. */
  polity: string;
  country: string | null;
  /** Graph relations: the relation's date; reference leaders: years in office. */
  date: string | null;
  fromYear: number | null;
  toYear: number | null;
  source: "graph" | "reference";
}
