// The JSON shape of a subgraph as the API sends it: graphology's serialized format, so a
// client can `graph.import(body)` directly. Attribute names avoid sigma's reserved `type`.

import type { EntityLabel } from "./labels.js";
import type { Evidence, RelationRecord } from "./records.js";
import type { RelationFamily, RelationType } from "./relation-types.js";

export interface EntityNodeAttributes {
  /** Display name (sigma draws `label`). */
  label: string;
  entityType: EntityLabel;
  aliases: string[];
  description: string;
  /** Label-specific extras (iso3, kind, country) when present. */
  iso3?: string;
  kind?: string;
  country?: string | null;
}

export interface RelationEdgeAttributes {
  /** Short display text (sigma draws `label` on edges when asked). */
  label: string;
  relationType: RelationType;
  family: RelationFamily;
  directed: boolean;
  date: string | null;
  dateBasis: RelationRecord["dateBasis"];
  dateNote: string | null;
  place: string | null;
  topic: string | null;
  role: string | null;
  cameo: string | null;
  goldstein: number | null;
  confidence: number;
  sources: string[];
  /** Sources once articles repeating another of them are counted once. */
  independentSources: number;
  evidence: Evidence[];
  disputed: boolean;
  disputes: string[];
}

export interface SubgraphAttributes {
  /** Seeds the neighbourhood was grown from, if any. */
  seeds: string[];
  /** True when a limit cut the result. */
  truncated: boolean;
  /** How many entities / relations matched but were left out by the limit. */
  omittedEntities: number;
  omittedRelations: number;
}

export interface SerializedNode {
  key: string;
  attributes: EntityNodeAttributes;
}

export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  undirected?: boolean;
  attributes: RelationEdgeAttributes;
}

/** graphology SerializedGraph specialised to our attributes (multi, mixed). */
export interface SerializedSubgraph {
  options: { type: "mixed"; multi: true; allowSelfLoops: true };
  attributes: SubgraphAttributes;
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}
