// Properties every stored relation carries, in a fixed order: both engines' DDL and the
// loaders' batch rows follow this order (the embedded engine requires identical row keys).

import type { PropertyDef } from "./labels.js";

export const RELATION_PROPERTIES: readonly PropertyDef[] = [
  { name: "id", kind: "string", meaning: "stable hash of (source, type, target, date, place)", indexed: true },
  { name: "date", kind: "string", meaning: "ISO date, partial allowed; empty when unknown" },
  { name: "dateBasis", kind: "string", meaning: "stated | relative | inferred | publication | unknown" },
  { name: "dateNote", kind: "string", meaning: "how the date was worked out" },
  { name: "place", kind: "string", meaning: "id of the Place where it happened" },
  { name: "topic", kind: "string", meaning: "what it was about, in a few words" },
  { name: "role", kind: "string", meaning: "office held (HOLDS_ROLE only)" },
  { name: "cameo", kind: "string", meaning: "CAMEO event code of the type" },
  { name: "goldstein", kind: "number", meaning: "Goldstein value of the type (-10..10)" },
  { name: "confidence", kind: "number", meaning: "0..1, how sure the extraction is" },
  { name: "sources", kind: "string[]", meaning: "ids of the articles that assert it" },
  { name: "independentSources", kind: "integer", meaning: "sources that do not repeat one another" },
  { name: "evidence", kind: "string", meaning: "JSON list of {article, sentence, start, end}" },
  { name: "disputed", kind: "boolean", meaning: "true when sources disagree about it" },
  { name: "disputes", kind: "string[]", meaning: "ids of the disputes it is part of" },
];

export const MENTION_PROPERTIES: readonly PropertyDef[] = [
  { name: "count", kind: "integer", meaning: "how often the article names the entity (name or alias)" },
];
