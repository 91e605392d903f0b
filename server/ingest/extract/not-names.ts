// Capitalised words that open a sentence, a heading or a question, or name a time: never an
// entity's first word ("What Moscow wants", "Timeline of US-Iran talks", "Will Russia join?").

const FUNCTION_WORDS =
  "the a an this that these those it its he she they we i in on at by for of and but or while since despite following however both all any as after before during when where with from nevertheless meanwhile simultaneously in summary";
const TIMES =
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december";
const TITLES_ALONE = "president minister mr mrs ms dr senior ayatollah sheikh sheik hojatoleslam";
const PAGE_FURNITURE =
  "watch reports report original source glance timeline explainer analysis factbox background context profile opinion editorial update updates live breaking key takeaways inside";
// Question words and sentence-initial auxiliaries of question headings ("Why Washington cares", "Can Oman help?").
const QUESTION_WORDS =
  "what whether why how who whom whose which can could will would should shall is are was were does do did has have";

export const NOT_NAMES: ReadonlySet<string> = new Set(
  [FUNCTION_WORDS, TIMES, TITLES_ALONE, PAGE_FURNITURE, QUESTION_WORDS].join(" ").split(/\s+/),
);
