// Types of unknown names: by their words first, else compromise's named-entity spans in the sentence,
// read the same as compromise's own people(), places() and organizations() report them.

import nlp from "compromise";
import type { EntityType } from "../../../graph-schema/index.js";
import { classifyByWords, SentenceTagger } from "../../../server/ingest/extract/classify.js";

const SENTENCES = [
  "Foreign Minister Anna Berg met Boris Costa in Paris on Monday.",
  "Mr. Karim Haddad, an adviser, told the Acme Corporation that Lisbon would host talks.",
  "According to Reuters, officials in Geneva and Nairobi met representatives of Hamas and the Red Cross.",
  "Spencer's King spoke to Dr. Olga Petrov about the Harvard University study in Boston, Massachusetts.",
];

type Label = EntityType | null;

/** The label compromise's own entity views (with their full json) give the text at [start, end). */
function compromiseLabel(sentence: string, start: number, end: number): Label {
  const doc = nlp(sentence);
  const hits = (view: { json: (o: object) => unknown[] }): boolean =>
    (view.json({ offset: true }) as { offset: { start: number; length: number } }[]).some(
      ({ offset }) => offset.start < end && start < offset.start + offset.length,
    );
  if (hits(doc.organizations())) return "Organization";
  if (hits(doc.people())) return "Person";
  if (hits(doc.places())) return "Place";
  return null;
}

test("the tagger labels every capitalised word as compromise's entity views do", () => {
  let labelled = 0;
  for (const sentence of SENTENCES) {
    const tagger = new SentenceTagger(sentence);
    for (const m of sentence.matchAll(/\p{Lu}[\p{L}.]*/gu)) {
      const [start, end] = [m.index, m.index + m[0].length];
      const label = tagger.labelAt(start, end);
      expect({ word: m[0], label }).toEqual({ word: m[0], label: compromiseLabel(sentence, start, end) });
      if (label) labelled++;
    }
  }
  expect(labelled).toBeGreaterThan(10);
});

test("names of people, places and organizations get their type", () => {
  const sentence = "Foreign Minister Anna Berg met Boris Costa in Paris on Monday.";
  const tagger = new SentenceTagger(sentence);
  const at = (text: string): Label => tagger.labelAt(sentence.indexOf(text), sentence.indexOf(text) + text.length);
  expect(at("Boris Costa")).toBe("Person");
  expect(at("Paris")).toBe("Place");
  expect(at("Monday")).toBeNull();
});

test("the words of a name decide its type before any tagger", () => {
  expect(classifyByWords("Tehran Dialogue Forum")).toEqual({ type: "Organization", kind: "forum" });
  expect(classifyByWords("Iranian Foreign Ministry")).toEqual({ type: "Organization", kind: "government body" });
  expect(classifyByWords("Boris Costa")).toBeNull();
});
