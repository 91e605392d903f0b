// The one lexicon: its verb lists in every inflected form (from compromise, not a home-made
// stemmer), so "stated" and "told" are speech verbs while "statement" and "stressful" are not.

import { createRuleExtractor } from "../../../server/ingest/extract/index.js";
import {
  ATTRIBUTION_FORMS,
  LEXICON,
  NAME_PARTICLES,
  SAYING_FORMS,
  SPEECH_FORMS,
  verbForms,
} from "../../../server/ingest/extract/lexicon.js";
import { indexKnowledge } from "../../../server/ingest/knowledge-index.js";

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
