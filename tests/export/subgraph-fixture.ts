// A small hand-built subgraph for the export tests: every entity label, directed, mutual and
// parallel relations, nulls, and evidence with quotes, commas, <, & and non-ASCII text.

import type { Evidence, RelationEdgeAttributes, SerializedEdge, SerializedSubgraph } from "../../graph-schema/index.js";

export const TRICKY_SENTENCE =
  'Peskov said: "Russia is ready to help, if asked" — a <remarkable> offer & a first, café included.';

function evidence(sentence: string, article = "a1", start = 0): Evidence {
  return { article, sentence, start, end: start + sentence.length };
}

function relation(
  key: string,
  source: string,
  target: string,
  attributes: Partial<RelationEdgeAttributes> & Pick<RelationEdgeAttributes, "relationType" | "family" | "directed">,
): SerializedEdge {
  const full: RelationEdgeAttributes = {
    label: attributes.relationType.toLowerCase().replace(/_/g, " "),
    date: null,
    dateBasis: "stated",
    dateNote: null,
    place: null,
    topic: null,
    role: null,
    cameo: null,
    goldstein: null,
    confidence: 1,
    sources: ["a1"],
    independentSources: 1,
    evidence: [evidence(`${source} ${attributes.relationType} ${target}.`)],
    disputed: false,
    disputes: [],
    ...attributes,
  };
  return { key, source, target, ...(full.directed ? {} : { undirected: true }), attributes: full };
}

export function fixtureSubgraph(): SerializedSubgraph {
  return {
    options: { type: "mixed", multi: true, allowSelfLoops: true },
    attributes: { seeds: ["vladimir-putin", "russia"], truncated: true, omittedEntities: 2, omittedRelations: 5 },
    nodes: [
      {
        key: "vladimir-putin",
        attributes: {
          label: "Vladimir Putin",
          entityType: "Person",
          aliases: ["Putin", "Wladimir Putin"],
          description: "President of Russia",
        },
      },
      {
        key: "donald-trump",
        attributes: { label: "Donald Trump", entityType: "Person", aliases: [], description: "" },
      },
      {
        key: "dmitry-peskov",
        attributes: {
          label: "Dmitry Peskov",
          entityType: "Person",
          aliases: ["Dmitri Peskow", "Дмитрий Песков"],
          description: 'Kremlin spokesman; "Putin\'s voice"',
        },
      },
      {
        key: "russia",
        attributes: {
          label: "Russia",
          entityType: "State",
          aliases: ["Moscow", "the Kremlin"],
          description: "",
          iso3: "RUS",
        },
      },
      {
        key: "united-states",
        attributes: {
          label: "United States",
          entityType: "State",
          aliases: ["Washington"],
          description: "",
          iso3: "USA",
        },
      },
      {
        key: "kremlin",
        attributes: {
          label: "Kremlin",
          entityType: "Organization",
          aliases: [],
          description: "Russian presidency",
          kind: "government body",
          country: "russia",
        },
      },
      {
        key: "riyadh",
        attributes: {
          label: "Riyadh",
          entityType: "Place",
          aliases: ["Er-Riad"],
          description: "",
          kind: "city",
          country: null,
        },
      },
    ],
    edges: [
      relation("r-offer", "russia", "united-states", {
        relationType: "OFFERED_MEDIATION",
        family: "verbal-cooperation",
        directed: true,
        date: "2025-02",
        dateBasis: "publication",
        topic: "talks with Iran",
        cameo: "039",
        goldstein: 5,
        confidence: 0.8,
        sources: ["a1", "a2"],
        evidence: [evidence(TRICKY_SENTENCE, "a1", 120), evidence("Moscow offered to mediate.", "a2", 40)],
        disputed: true,
        disputes: ["who-initiated", "white-house-comment"],
      }),
      relation("r-call-1", "vladimir-putin", "donald-trump", {
        relationType: "CALLED",
        family: "verbal-cooperation",
        directed: false,
        date: "2025-02-12",
        cameo: "041",
        goldstein: 1,
        confidence: 0.95,
      }),
      relation("r-call-2", "vladimir-putin", "donald-trump", {
        relationType: "CALLED",
        family: "verbal-cooperation",
        directed: false,
        date: "2025-03-18",
        cameo: "041",
        goldstein: 1,
        confidence: 0.9,
      }),
      relation("r-talks", "vladimir-putin", "donald-trump", {
        relationType: "SEEKS_TALKS",
        family: "verbal-cooperation",
        directed: true,
        place: "riyadh",
        cameo: "036",
        goldstein: 4,
        confidence: 0.7,
      }),
      relation("r-role", "dmitry-peskov", "kremlin", {
        relationType: "HOLDS_ROLE",
        family: "structural",
        directed: true,
        dateBasis: "unknown",
        role: "spokesperson",
      }),
      relation("r-sanctions", "united-states", "russia", {
        relationType: "SANCTIONS",
        family: "material-conflict",
        directed: true,
        date: "2025",
        cameo: "163",
        goldstein: -8,
        confidence: 0.6,
      }),
    ],
  };
}

/** #RRGGBB → rgb(r,g,b), as graphology-gexf's parser reports viz colours. */
export function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}
