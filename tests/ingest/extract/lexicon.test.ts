// The one lexicon: its verb lists in every inflected form (from compromise, not a home-made
// stemmer), so "stated" and "told" are speech verbs while "statement" and "stressful" are not.

import { readFileSync } from "node:fs";
import { createRuleExtractor } from "../../../server/ingest/extract/index.js";
import {
  ATTRIBUTION_FORMS,
  LEXICON,
  LEXICON_FILE,
  NAME_PARTICLES,
  SAYING_FORMS,
  SPEECH_FORMS,
  verbForms,
} from "../../../server/ingest/extract/lexicon.js";
import { tokenize } from "../../../server/ingest/extract/text.js";
import { indexKnowledge } from "../../../server/ingest/knowledge-index.js";
import { fromRoot } from "../../../server/paths.js";

test("verb lists hold every inflected form of their lemmas", () => {
  expect([...verbForms(["state", "tell", "write"])].sort()).toEqual(
    [
      "state",
      "stated",
      "states",
      "stating",
      "tell",
      "telling",
      "tells",
      "told",
      "write",
      "writes",
      "writing",
      "written",
      "wrote",
    ].sort(),
  );
  for (const form of ["said", "says", "stated", "told", "stressed", "warned", "reiterated", "announced"])
    expect(SPEECH_FORMS).toContain(form);
});

test("nouns and adjectives that merely begin like a speech verb are not speech verbs", () => {
  for (const word of ["statement", "statements", "stressful", "address", "addition", "station", "toll", "warning-shot"])
    expect(SAYING_FORMS.has(word) || ATTRIBUTION_FORMS.has(word)).toBe(false);
});

test("verbs of believing open a complement like verbs of saying; 'reported' attributes", () => {
  expect(SAYING_FORMS).toContain("believes");
  expect(SAYING_FORMS).toContain("thought");
  expect(SPEECH_FORMS.has("believes")).toBe(false);
  expect(ATTRIBUTION_FORMS).toContain("reported");
  expect(NAME_PARTICLES).toContain("bin");
  expect(LEXICON.articles).toEqual(["the", "a", "an"]);
});

test.each(["said", "stated", "told reporters"])(
  "'Russia %s that Sudan must ...' makes Russia the one who urges",
  async (verb) => {
    const out = await createRuleExtractor().extract(
      {
        id: "t",
        title: "",
        text: `Russia ${verb} on Tuesday that Sudan must return the helicopter.`,
        published: "2025-05-01",
      },
      indexKnowledge({ entities: [], relations: [] }),
    );
    const urged = out.relations.filter((r) => r.type === "URGED").map((r) => `${r.source}>${r.target}`);
    expect(urged).toEqual(["russia>sudan"]);
  },
);

test("every list of the lexicon has an example that uses one of its words", () => {
  const raw = JSON.parse(readFileSync(fromRoot(LEXICON_FILE), "utf8")) as {
    lists: Record<string, { example: string; words: string[] }>;
  };
  const unused = Object.entries(raw.lists).filter(([, list]) => {
    const words = new Set(list.words);
    return !tokenize(list.example).some((t) => words.has(t.norm) || t.senses.some((s) => words.has(s.lemma)));
  });
  expect(unused.map(([id]) => id)).toEqual([]);
  expect(Object.keys(raw.lists).length).toBeGreaterThan(30);
});

test("a verb of saying, believing or reporting is listed in one verb list only, and no list repeats a word", () => {
  const verbLists = [LEXICON.speechVerbs, LEXICON.beliefVerbs, LEXICON.reportVerbs];
  const verbs = verbLists.flat();
  expect(new Set(verbs).size).toBe(verbs.length);
  for (const [id, words] of Object.entries(LEXICON))
    expect({ id, size: new Set(words).size }).toEqual({ id, size: words.length });
});
