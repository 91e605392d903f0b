// Mention counting: whole words, longest match first, acronyms case-sensitive.

import type { Article, EntityRecord } from "../../graph-schema/index.js";
import { countMentions, isAcronym } from "../../server/dataset/mentions.js";

const person = (id: string, name: string, aliases: string[]): EntityRecord => ({
  type: "Person",
  id,
  name,
  aliases,
  description: "",
});
const state = (id: string, name: string, aliases: string[]): EntityRecord => ({
  type: "State",
  id,
  name,
  aliases,
  description: "",
  iso3: "XXX",
});
const org = (id: string, name: string, aliases: string[] = []): EntityRecord => ({
  type: "Organization",
  id,
  name,
  aliases,
  description: "",
  kind: "forum",
  country: null,
});
const article = (text: string): Article => ({
  id: "a",
  file: "a.txt",
  derivedFrom: null,
  title: "t",
  outlet: null,
  published: null,
  publishedRange: null,
  url: null,
  language: "en",
  note: "",
  text,
});

const ENTITIES = [
  person("vladimir-putin", "Vladimir Putin", ["Putin", "President Vladimir Putin"]),
  state("united-states", "United States", ["US", "U.S.", "Washington"]),
  state("iran", "Iran", ["Tehran"]),
  state("russia", "Russia", ["Moscow"]),
  org("tehran-dialogue-forum", "Tehran Dialogue Forum"),
];

const counts = (text: string): Record<string, number> =>
  Object.fromEntries(countMentions([article(text)], ENTITIES).map((m) => [m.entity, m.count]));

test("a full name is one mention, not also its surname", () => {
  expect(counts("President Vladimir Putin met Putin's aides. Vladimir Putin left.")).toEqual({ "vladimir-putin": 3 });
});

test('"US" and "U.S." match, "us" and "use" do not', () => {
  expect(counts("Let us use the US plan, said the U.S. envoy; US-Iran talks.")).toEqual({
    "united-states": 3,
    iran: 1,
  });
  expect(counts("Tell us about it.")).toEqual({});
});

test("longer names are case-insensitive and whole words only", () => {
  expect(counts("IRAN-NUKE TWIST: Iran’s envoy, Iranian officials, Russian and Russia.")).toEqual({
    iran: 2,
    russia: 1,
  });
});

test("a name inside a longer name counts for the longer one only", () => {
  expect(counts("The Tehran Dialogue Forum met in Tehran.")).toEqual({ "tehran-dialogue-forum": 1, iran: 1 });
});

test("an alias with spaces matches across a line break", () => {
  expect(counts("Vladimir\nPutin")).toEqual({ "vladimir-putin": 1 });
});

test("acronyms are short all-capital spellings", () => {
  expect(["US", "U.S.", "UN", "NATO"].every(isAcronym)).toBe(true);
  expect(["Iran", "IRAN-NUKE TWIST", "Washington", "us"].some(isAcronym)).toBe(false);
});
