// The one lexicon: every word list of data/extraction/lexicon.json, validated when loaded, with
// the inflected forms of its verb lists (compromise conjugates the lemmas, so "stated" and "told"
// are speech verbs while "statement" and "stressful" are not).

import { readFileSync } from "node:fs";
import nlp from "compromise";
import { z } from "zod";
import { fromRoot } from "../../paths.js";

export const LEXICON_FILE = "data/extraction/lexicon.json";

const LIST_NAMES = [
  "speechVerbs",
  "beliefVerbs",
  "reportVerbs",
  "articles",
  "determiners",
  "nameParticles",
  "relativeOpeners",
  "notObjectPrepositions",
  "nominativePronouns",
  "circumstancePrepositions",
  "materialObliques",
  "auxiliaries",
  "prepositions",
] as const;
type ListName = (typeof LIST_NAMES)[number];

const WordList = z
  .object({ about: z.string().min(1), words: z.array(z.string().regex(/^[a-z][a-z'-]*$/)).min(1) })
  .strict();
const LexiconFile = z
  .object({ about: z.string(), lists: z.object(Object.fromEntries(LIST_NAMES.map((n) => [n, WordList]))).strict() })
  .strict();

function loadLexicon(): Record<ListName, readonly string[]> {
  const parsed = LexiconFile.safeParse(JSON.parse(readFileSync(fromRoot(LEXICON_FILE), "utf8")));
  if (!parsed.success) throw new Error(`${LEXICON_FILE}: ${z.prettifyError(parsed.error)}`);
  const lists = parsed.data.lists as unknown as Record<ListName, z.infer<typeof WordList>>;
  return Object.fromEntries(LIST_NAMES.map((n) => [n, lists[n].words])) as unknown as Record<
    ListName,
    readonly string[]
  >;
}

export const LEXICON = loadLexicon();

const ALL_TENSES = ["Infinitive", "PastTense", "PresentTense", "Gerund", "Participle"];

/** The forms of each verb in `tenses` (default: lemma, past, present, gerund, participle), lower-case. */
export function verbForms(lemmas: readonly string[], tenses: readonly string[] = ALL_TENSES): Set<string> {
  const forms = new Set<string>();
  for (const lemma of lemmas) {
    forms.add(lemma);
    const conjugated = nlp(lemma).verbs().conjugate()[0] as Record<string, string> | undefined;
    for (const [tense, form] of Object.entries(conjugated ?? {})) if (tenses.includes(tense)) forms.add(form);
  }
  return forms;
}

/** Verbs of saying, in every form. */
export const SPEECH_FORMS: ReadonlySet<string> = verbForms(LEXICON.speechVerbs);
/** Verbs of saying or believing, whose complement clause may drop "that". */
export const SAYING_FORMS: ReadonlySet<string> = verbForms([...LEXICON.speechVerbs, ...LEXICON.beliefVerbs]);
/** Verbs that attribute a statement to the name before them (", Interfax reported"). */
export const ATTRIBUTION_FORMS: ReadonlySet<string> = verbForms([...LEXICON.speechVerbs, ...LEXICON.reportVerbs]);
export const ARTICLES: ReadonlySet<string> = new Set(LEXICON.articles);
export const DETERMINERS: ReadonlySet<string> = new Set(LEXICON.determiners);
export const NAME_PARTICLES: ReadonlySet<string> = new Set(LEXICON.nameParticles);
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(LEXICON.relativeOpeners);
export const NOT_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(LEXICON.notObjectPrepositions);
export const NOMINATIVE_PRONOUNS: ReadonlySet<string> = new Set(LEXICON.nominativePronouns);
export const CIRCUMSTANCE_PREPOSITIONS: ReadonlySet<string> = new Set(LEXICON.circumstancePrepositions);
export const MATERIAL_OBLIQUES: ReadonlySet<string> = new Set(LEXICON.materialObliques);
export const AUXILIARIES: ReadonlySet<string> = new Set(LEXICON.auxiliaries);
export const PREPOSITIONS: ReadonlySet<string> = new Set(LEXICON.prepositions);
