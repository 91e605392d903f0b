// Node labels of the graph: the four kinds of actor plus the Article that asserts facts about them.
// Everything that lists labels (DDL, validators, API, explorer legend) derives from this file.

import { z } from "zod";

/**
 * The types of entity. One name in every layer: an entity record's `type`, the explorer's node
 * attribute `entityType` (sigma reserves `type`), the filters' `entityTypes`; both engines store
 * an entity's type as its node label.
 */
export const ENTITY_TYPES = ["Person", "State", "Organization", "Place"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const EntityType = z.enum(ENTITY_TYPES);

/** Entities, plus the source documents and the recorded disagreements between them. */
export const NODE_LABELS = [...ENTITY_TYPES, "Article", "Dispute"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export type PropertyKind = "string" | "string[]" | "number" | "integer" | "boolean";

export interface PropertyDef {
  readonly name: string;
  readonly kind: PropertyKind;
  readonly meaning: string;
  /** Looked up by name: gets a lookup index in engines that support one. */
  readonly indexed?: boolean;
}

export interface NodeLabelDef {
  readonly label: NodeLabel;
  readonly meaning: string;
  /** Colour-blind-safe (Okabe-Ito) colour used by the explorer for this label. */
  readonly colour: string;
  /** Properties beyond the shared id/name/aliases/description. */
  readonly properties: readonly PropertyDef[];
}

/** Properties every entity label carries. `id` is the primary key everywhere. */
export const ENTITY_BASE_PROPERTIES: readonly PropertyDef[] = [
  { name: "id", kind: "string", meaning: "stable slug, e.g. vladimir-putin" },
  { name: "name", kind: "string", meaning: "canonical display name", indexed: true },
  { name: "aliases", kind: "string[]", meaning: "every other spelling or stand-in seen in sources" },
  { name: "description", kind: "string", meaning: "one line saying who or what this is" },
];

export const NODE_LABEL_DEFS: Readonly<Record<NodeLabel, NodeLabelDef>> = {
  Person: {
    label: "Person",
    meaning: "a named individual; offices held are HOLDS_ROLE relations",
    colour: "#0072B2",
    properties: [],
  },
  State: {
    label: "State",
    meaning: "a sovereign state (capitals and government seats are aliases when they stand for it)",
    colour: "#D55E00",
    properties: [{ name: "iso3", kind: "string", meaning: "ISO 3166-1 alpha-3 code", indexed: true }],
  },
  Organization: {
    label: "Organization",
    meaning: "government body, media outlet, intergovernmental body, forum, faction ...",
    colour: "#009E73",
    properties: [
      { name: "kind", kind: "string", meaning: "government body, media, intergovernmental, forum, faction ..." },
      { name: "country", kind: "string", meaning: "id of the State it belongs to, if any" },
    ],
  },
  Place: {
    label: "Place",
    meaning: "a city, region or site where something happened",
    colour: "#CC79A7",
    properties: [
      { name: "kind", kind: "string", meaning: "city, region, country-level area, building ..." },
      { name: "country", kind: "string", meaning: "id of the State it lies in, if any" },
    ],
  },
  Article: {
    label: "Article",
    meaning: "a source document; MENTIONS edges link it to the entities it names",
    colour: "#999999",
    properties: [
      { name: "id", kind: "string", meaning: "stable id of the document" },
      { name: "title", kind: "string", meaning: "headline", indexed: true },
      { name: "outlet", kind: "string", meaning: "publisher, where the text says it" },
      { name: "published", kind: "string", meaning: "ISO date (partial allowed) or empty when unknown" },
      { name: "publishedRange", kind: "string", meaning: "JSON {from, to, basis} when the date is only inferred" },
      { name: "url", kind: "string", meaning: "where it was found" },
      { name: "language", kind: "string", meaning: "ISO 639-1 code" },
      { name: "file", kind: "string", meaning: "source file name under data/articles" },
      { name: "note", kind: "string", meaning: "curator's note on provenance" },
      {
        name: "derivedFrom",
        kind: "string",
        meaning: "JSON {article, similarity, basis} when it repeats an earlier article; empty otherwise",
      },
      { name: "text", kind: "string", meaning: "full text; evidence offsets point into it" },
    ],
  },
  Dispute: {
    label: "Dispute",
    meaning: "a question the sources disagree on; relations list the disputes they are part of",
    colour: "#F0E442",
    properties: [
      { name: "id", kind: "string", meaning: "stable slug of the dispute" },
      { name: "question", kind: "string", meaning: "what the sources disagree about" },
      { name: "claims", kind: "string", meaning: "JSON list of {position, evidence[]}" },
    ],
  },
};

/** All stored properties of a node label, in a fixed order (DDL and batch rows rely on it). */
export function nodeProperties(label: NodeLabel): readonly PropertyDef[] {
  return isEntityType(label)
    ? [...ENTITY_BASE_PROPERTIES, ...NODE_LABEL_DEFS[label].properties]
    : NODE_LABEL_DEFS[label].properties;
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}
