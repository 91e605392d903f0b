// The gender a person's mention shows, so "she" skips a man and "he" a woman: a gendered word of
// the title before the name ("spokeswoman", "Mrs") or a given name compromise's lexicon knows.

import nlp from "compromise";
import { LRUCache } from "lru-cache";
import { FEMALE_TITLE_WORDS, FAMILY_NAME_FIRST_STATES, MALE_TITLE_WORDS } from "./lexicon.js";
import type { Token } from "./text.js";

export type Gender = "female" | "male";

/** How far before a name a gendered title word is looked for ("Foreign Ministry spokeswoman Maria ..."). */
const TITLE_REACH = 4;

/** The gender the words of a title at tokens [from, to) show, if any. */
export function titleGender(tokens: readonly Token[], from: number, to: number): Gender | null {
  for (let k = Math.max(0, from, to - TITLE_REACH); k < to; k++) {
    const norm = tokens[k]!.norm;
    if (FEMALE_TITLE_WORDS.has(norm)) return "female";
    if (MALE_TITLE_WORDS.has(norm)) return "male";
  }
  return null;
}

/** Answers per given name (bounded): tagging a word costs about a millisecond, and names recur. */
const givenNames = new LRUCache<string, { gender: Gender | null }>({ max: 10_000 });

/** The gender compromise tags a given name with ("Maria" female, "Sergei" male); null if unknown or both. */
export function givenNameGender(word: string): Gender | null {
  const key = word.toLowerCase();
  let known = givenNames.get(key);
  if (!known) {
    const doc = nlp(word.slice(0, 40));
    const female = doc.has("#FemaleName");
    known = { gender: female === doc.has("#MaleName") ? null : female ? "female" : "male" };
    givenNames.set(key, known);
  }
  return known.gender;
}

/** The gender a person's name shows by its given name; `state`: the person's state, for family-name-first order. */
export function nameGender(name: string, state: string | undefined): Gender | null {
  const words = name.split(/\s+/);
  if (words.length < 2 || (state && FAMILY_NAME_FIRST_STATES.has(state))) return null;
  return givenNameGender(words[0]!);
}
