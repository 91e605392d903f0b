// Lemmas and parts of speech of word forms, from compromise: each folded form is analysed once
// as a verb ("they stated") and as a noun ("the statement"), and the readings are cached per
// process, so "stated" reads as the verb "state" and "statement" only as the noun "statement".

import nlp from "compromise";

export type PartOfSpeech = "verb" | "noun" | "adjective" | "adverb" | "other";
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ["verb", "noun", "adjective", "adverb", "other"];

/** One reading of a word form: its lemma under a part of speech. */
export interface WordSense {
  lemma: string;
  pos: PartOfSpeech;
}

/** Forms compromise reads as one term; anything else (codes, numbers, contractions) is its own lemma. */
const ANALYSABLE = /^[a-z]+(?:-[a-z]+)*$/;
/** The cache is per process and bounded: past this many forms it starts again. */
const MAX_CACHED_FORMS = 100_000;
const cache = new Map<string, readonly WordSense[]>();

interface CompromiseTerm {
  normal: string;
  root?: string;
  tags: Set<string>;
}

function partOfSpeech(tags: ReadonlySet<string>): PartOfSpeech {
  if (tags.has("Verb")) return "verb";
  if (tags.has("Noun")) return "noun";
  if (tags.has("Adjective")) return "adjective";
  if (tags.has("Adverb")) return "adverb";
  return "other";
}

/** The readings of a folded word form, the verb reading first; the form itself when compromise has none. */
export function sensesOf(form: string): readonly WordSense[] {
  const cached = cache.get(form);
  if (cached) return cached;
  const senses = ANALYSABLE.test(form) ? analyse(form) : [{ lemma: form, pos: "other" as const }];
  if (cache.size >= MAX_CACHED_FORMS) cache.clear();
  cache.set(form, senses);
  return senses;
}

// A subject before the form brings out its verb reading, an article its noun reading.
function analyse(form: string): readonly WordSense[] {
  const doc = nlp(`they ${form}. the ${form}.`);
  doc.compute("root");
  const readings = (doc.docs as CompromiseTerm[][])
    .filter((terms) => terms.length === 2 && terms[1]!.normal === form)
    .map(([, term]) => ({ lemma: term!.root ?? term!.normal, pos: partOfSpeech(term!.tags) }));
  const senses: WordSense[] = [];
  for (const r of readings) if (!senses.some((s) => s.lemma === r.lemma && s.pos === r.pos)) senses.push(r);
  return senses.length > 0 ? senses : [{ lemma: form, pos: "other" }];
}

const nounOnly = new WeakMap<readonly WordSense[], readonly WordSense[]>();

/** Only the noun readings of a form's readings, when it has any (one cached array per form). */
export function nounReadings(senses: readonly WordSense[]): readonly WordSense[] {
  let nouns = nounOnly.get(senses);
  if (!nouns) {
    const found = senses.filter((s) => s.pos === "noun");
    nouns = found.length > 0 ? found : senses;
    nounOnly.set(senses, nouns);
  }
  return nouns;
}

/** The lemmas of a form under any reading. */
export function lemmasOf(form: string): string[] {
  return [...new Set(sensesOf(form).map((s) => s.lemma))];
}
