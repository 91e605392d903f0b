// Capitalised words that open a sentence, a heading or a question, or name a time: never an
// entity's first word ("What Moscow wants", "Timeline of US-Iran talks", "Will Russia join?").

import { NOT_NAME_FUNCTION_WORDS, NOT_NAME_TIMES, NOT_NAME_TITLES, PAGE_FURNITURE, QUESTION_WORDS } from "./lexicon.js";

export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...NOT_NAME_FUNCTION_WORDS,
  ...NOT_NAME_TIMES,
  ...NOT_NAME_TITLES,
  ...PAGE_FURNITURE,
  ...QUESTION_WORDS,
]);
