// The PLOVER part on a small fixture written here (invented sentences in the gold file's format, a
// few CAMEO→PLOVER lines): legacy category names, coverage, category scores and actor accuracy.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RelationType } from "../../../graph-schema/index.js";
import type { ExtractedEntity, Extraction, Extractor } from "../../../server/ingest/extractor.js";
import {
  CAMEO_TO_PLOVER_FILE,
  categoriesOfTypes,
  PLOVER_RECORDS_FILE,
  ploverDataPresent,
  readCameoToPlover,
  readPloverEvents,
} from "../../../server/ingest/evaluate/plover-data.js";
import { evaluatePlover } from "../../../server/ingest/evaluate/plover-scoring.js";

const RECORDS = [
  { id: "DOC-1", event: "DOCUMENT", eventText: "documentation record, no sentence" },
  {
    id: "E-CONSULT",
    event: "CONSULT",
    text: "Ruritania's foreign minister met the Bordurian president in Szohod.",
    source: [{ actorText: "Ruritania's foreign minister" }],
    target: [{ actorText: "Bordurian president" }],
  },
  {
    id: "E-DEMAND",
    event: "DEMAND",
    text: "Atlantis demanded that Borduria free the fishermen.",
    source: [{ actorText: "Atlantis" }],
    target: [{ actorText: "Borduria" }],
  },
  {
    id: "E-PROTEST",
    event: "PROTEST",
    text: "Dock workers in Szohod protested against the new tariffs.",
    source: [{ actorText: "Dock workers" }],
  },
  {
    id: "E-SANCTION",
    event: "SANCTION",
    text: "Atlantis broke off diplomatic relations with Ruritania.",
    source: [{ actorText: "Atlantis" }],
    target: [{ actorText: "Ruritania" }],
  },
];

const TABLE = [
  "# CAMEO to PLOVER, test excerpt",
  "03: AGREE",
  "036: AGREE,  , diplomatic # intent to meet",
  "04: CONSULT",
  "044: CONSULT, third-party,   # meet",
  "12: REJECT",
  // No line for CAMEO 14 (protest): PROTEST stays outside the vocabulary this excerpt gives.
  "161: SANCTION, withdraw,   diplomatic      # break relations",
  "163: COERCE, restrict,   diplomatic # sanctions",
].join("\n");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "actorgraph-plover-"));
  await writeFile(join(dir, PLOVER_RECORDS_FILE), JSON.stringify(RECORDS));
  await writeFile(join(dir, CAMEO_TO_PLOVER_FILE), TABLE);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function entity(id: string, mention: string): ExtractedEntity {
  return {
    id,
    status: "new",
    name: mention,
    type: "State",
    newAliases: [],
    method: "new",
    score: 1,
    note: null,
    mentions: [{ start: 0, end: mention.length, text: mention }],
  };
}

/** Answers per sentence: [type, source mention, target mention]. */
function scriptedExtractor(script: Record<string, [RelationType, string, string][]>): Extractor {
  return {
    name: "scripted",
    extract(article): Promise<Extraction> {
      const relations = (script[article.id] ?? []).map(([type, s, t]) => ({
        type,
        source: s,
        target: t,
        date: null,
        dateBasis: "unknown" as const,
        dateNote: null,
        place: null,
        role: null,
        topic: null,
        sentence: { start: 0, end: article.text.length, text: article.text },
        trigger: { start: 0, end: 1, text: article.text[0]! },
        confidence: 1,
        provenance: { extractor: "scripted", version: "1", rule: "scripted" },
      }));
      const names = [...new Set(relations.flatMap((r) => [r.source, r.target]))];
      return Promise.resolve({
        entities: names.map((n) => entity(n, n)),
        relations,
        cues: [],
        sentences: [],
        warnings: [],
      });
    },
  };
}

test("reads the event sentences, skips documentation, renames legacy categories", async () => {
  expect(ploverDataPresent(dir)).toBe(true);
  expect(ploverDataPresent(join(dir, "missing"))).toBe(false);
  const events = readPloverEvents(dir);
  expect(events.map((e) => e.id)).toEqual(["E-CONSULT", "E-DEMAND", "E-PROTEST", "E-SANCTION"]);
  expect(events[1]).toMatchObject({ category: "REQUEST", recordedCategory: "DEMAND", sources: ["Atlantis"] });
});

test("our types map through their CAMEO code, else its root, else the appeal supplement", async () => {
  const mapping = categoriesOfTypes(readCameoToPlover(dir));
  expect(mapping.get("SEEKS_TALKS")).toEqual({ category: "AGREE", basis: "table" });
  expect(mapping.get("CALLED")).toEqual({ category: "CONSULT", basis: "table-root" });
  expect(mapping.get("URGED")).toEqual({ category: "REQUEST", basis: "supplement" });
  expect(mapping.get("SEVERED_RELATIONS")?.category).toBe("SANCTION");
  expect(mapping.has("STATED")).toBe(false);
  expect(mapping.has("HOLDS_ROLE")).toBe(false);
});

test("category scores, coverage and actor accuracy on a scripted extractor", async () => {
  const extractor = scriptedExtractor({
    // Found, mutual type written the other way round: both actors still right.
    "E-CONSULT": [["MET", "Bordurian president", "Ruritania's foreign minister"]],
    // E-DEMAND: nothing found (a REQUEST miss).
    // Outside our vocabulary: emitted, shown apart, not scored.
    "E-PROTEST": [["OPPOSES", "Dock workers", "tariffs"]],
    // Found with the ends reversed (a directed type), plus a wrong COERCE.
    "E-SANCTION": [
      ["SEVERED_RELATIONS", "Ruritania", "Atlantis"],
      ["SANCTIONS", "Atlantis", "Ruritania"],
    ],
  });
  const report = await evaluatePlover(readPloverEvents(dir), categoriesOfTypes(readCameoToPlover(dir)), extractor);
  expect(report.coverage).toMatchObject({ inVocabulary: 3, outOfVocabulary: 1 });
  expect(report.coverage.byCategory.PROTEST).toMatchObject({ events: 1, inVocabulary: false });
  expect(report.categories.byType).toMatchObject({
    CONSULT: { tp: 1, fp: 0, fn: 0 },
    REQUEST: { tp: 0, fp: 0, fn: 1 },
    SANCTION: { tp: 1, fp: 0, fn: 0 },
    COERCE: { tp: 0, fp: 1, fn: 0 },
  });
  expect(report.categories.overall).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  expect(report.actors).toEqual({ found: 2, sourceCorrect: 1, withTarget: 2, targetCorrect: 1, allCorrect: 1 });
  expect(report.outOfVocabulary).toEqual({ events: 1, withRelations: 1, emittedCategories: { REJECT: 1 } });
  expect(report.errors.map((e) => e.id)).toEqual(["E-DEMAND", "E-SANCTION"]);
});

test("a perfect scripted extractor scores 1 and gets every actor", async () => {
  const extractor = scriptedExtractor({
    "E-CONSULT": [["MET", "Ruritania's foreign minister", "Bordurian president"]],
    "E-DEMAND": [["URGED", "Atlantis", "Borduria"]],
    "E-SANCTION": [["SEVERED_RELATIONS", "Atlantis", "Ruritania"]],
  });
  const report = await evaluatePlover(readPloverEvents(dir), categoriesOfTypes(readCameoToPlover(dir)), extractor);
  expect(report.categories.overall).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  expect(report.actors).toMatchObject({ found: 3, sourceCorrect: 3, targetCorrect: 3, allCorrect: 3 });
});
