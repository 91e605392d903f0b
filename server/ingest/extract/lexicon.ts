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
  "negations",
  "negationBridges",
  "refusals",
  "hypotheticalMarkers",
  "hedgeWords",
  "statementCircumstances",
  "talkTopics",
  "personalPronouns",
  "neuterPronouns",
  "polityPairNouns",
  "personPairNouns",
  "deputyQualifiers",
  "pastQualifiers",
  "subjectOpeners",
  "groupJoiners",
  "groupFillers",
  "titleAdjectives",
  "honorifics",
  "mediaDescriptors",
  "collectiveNouns",
  "locativePrepositions",
  "senseFillers",
  "clauseStops",
  "objectStops",
  "indirectQuestionOpeners",
  "familyNameFirstStates",
  "abbreviations",
  "organizationHeads",
  "mediaWords",
  "hostingVerbs",
  "talksNouns",
  "indirectTalks",
  "mediatorNouns",
  "talksFillers",
  "talksQualifiers",
  "notNameFunctionWords",
  "notNameTimes",
  "notNameTitles",
  "pageFurniture",
  "questionWords",
  "actorNounAdjectives",
  "governmentBodyHeads",
  "governmentBodyDomains",
  "officeFields",
  "sentenceStarters",
  "mediationStems",
  "governmentBodyKindHeads",
  "forumHeads",
  "armedGroupHeads",
  "objectPronouns",
  "femalePronouns",
  "malePronouns",
  "femaleTitleWords",
  "maleTitleWords",
  "placePrepositions",
  "placeNouns",
  "organizationDescriptors",
  "armedGroupNouns",
  "personDescriptors",
] as const;
type ListName = (typeof LIST_NAMES)[number];

const WordList = z
  .object({
    about: z.string().min(1),
    /** A sentence or phrase showing the list at work. */
    example: z.string().min(1),
    words: z.array(z.string().regex(/^(?:[a-z0-9][a-z0-9'.-]*|[^\sa-z0-9])$/u)).min(1),
  })
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
export const NEGATIONS: ReadonlySet<string> = new Set(LEXICON.negations);
export const NEGATION_BRIDGES: ReadonlySet<string> = new Set(LEXICON.negationBridges);
export const REFUSALS: ReadonlySet<string> = new Set(LEXICON.refusals);
export const HYPOTHETICAL_MARKERS: ReadonlySet<string> = new Set(LEXICON.hypotheticalMarkers);
export const HEDGE_WORDS: ReadonlySet<string> = new Set(LEXICON.hedgeWords);
export const STATEMENT_CIRCUMSTANCES: ReadonlySet<string> = new Set(LEXICON.statementCircumstances);
export const TALK_TOPICS: ReadonlySet<string> = new Set(LEXICON.talkTopics);
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(LEXICON.personalPronouns);
export const NEUTER_PRONOUNS: ReadonlySet<string> = new Set(LEXICON.neuterPronouns);
export const POLITY_PAIR_NOUNS: ReadonlySet<string> = new Set(LEXICON.polityPairNouns);
export const PERSON_PAIR_NOUNS: ReadonlySet<string> = new Set(LEXICON.personPairNouns);
export const DEPUTY_QUALIFIERS: ReadonlySet<string> = new Set(LEXICON.deputyQualifiers);
export const PAST_QUALIFIERS: ReadonlySet<string> = new Set(LEXICON.pastQualifiers);
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set(LEXICON.subjectOpeners);
export const GROUP_JOINERS: ReadonlySet<string> = new Set(LEXICON.groupJoiners);
export const GROUP_FILLERS: ReadonlySet<string> = new Set(LEXICON.groupFillers);
export const TITLE_ADJECTIVES: ReadonlySet<string> = new Set(LEXICON.titleAdjectives);
export const HONORIFICS: ReadonlySet<string> = new Set(LEXICON.honorifics);
export const MEDIA_DESCRIPTORS: ReadonlySet<string> = new Set(LEXICON.mediaDescriptors);
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(LEXICON.collectiveNouns);
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(LEXICON.locativePrepositions);
export const SENSE_FILLERS: ReadonlySet<string> = new Set(LEXICON.senseFillers);
export const CLAUSE_STOPS: ReadonlySet<string> = new Set(LEXICON.clauseStops);
export const OBJECT_STOPS: ReadonlySet<string> = new Set(LEXICON.objectStops);
export const INDIRECT_QUESTION_OPENERS: ReadonlySet<string> = new Set(LEXICON.indirectQuestionOpeners);
export const FAMILY_NAME_FIRST_STATES: ReadonlySet<string> = new Set(LEXICON.familyNameFirstStates);
export const ABBREVIATIONS: ReadonlySet<string> = new Set(LEXICON.abbreviations);
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(LEXICON.organizationHeads);
export const MEDIA_WORDS: ReadonlySet<string> = new Set(LEXICON.mediaWords);
export const HOSTING_VERBS: ReadonlySet<string> = new Set(LEXICON.hostingVerbs);
export const TALKS_NOUNS: ReadonlySet<string> = new Set(LEXICON.talksNouns);
export const INDIRECT_TALKS: ReadonlySet<string> = new Set(LEXICON.indirectTalks);
export const MEDIATOR_NOUNS: ReadonlySet<string> = new Set(LEXICON.mediatorNouns);
export const TALKS_FILLERS: ReadonlySet<string> = new Set(LEXICON.talksFillers);
export const TALKS_QUALIFIERS: ReadonlySet<string> = new Set(LEXICON.talksQualifiers);
export const NOT_NAME_FUNCTION_WORDS: ReadonlySet<string> = new Set(LEXICON.notNameFunctionWords);
export const NOT_NAME_TIMES: ReadonlySet<string> = new Set(LEXICON.notNameTimes);
export const NOT_NAME_TITLES: ReadonlySet<string> = new Set(LEXICON.notNameTitles);
export const PAGE_FURNITURE: ReadonlySet<string> = new Set(LEXICON.pageFurniture);
export const QUESTION_WORDS: ReadonlySet<string> = new Set(LEXICON.questionWords);
export const ACTOR_NOUN_ADJECTIVES: ReadonlySet<string> = new Set(LEXICON.actorNounAdjectives);
export const GOVERNMENT_BODY_HEADS: ReadonlySet<string> = new Set(LEXICON.governmentBodyHeads);
export const GOVERNMENT_BODY_DOMAINS: ReadonlySet<string> = new Set(LEXICON.governmentBodyDomains);
export const OFFICE_FIELDS: ReadonlySet<string> = new Set(LEXICON.officeFields);
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(LEXICON.sentenceStarters);
export const MEDIATION_STEMS: readonly string[] = LEXICON.mediationStems;
export const GOVERNMENT_BODY_KIND_HEADS: ReadonlySet<string> = new Set(LEXICON.governmentBodyKindHeads);
export const FORUM_HEADS: ReadonlySet<string> = new Set(LEXICON.forumHeads);
export const ARMED_GROUP_HEADS: ReadonlySet<string> = new Set(LEXICON.armedGroupHeads);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(LEXICON.objectPronouns);
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(LEXICON.femalePronouns);
export const MALE_PRONOUNS: ReadonlySet<string> = new Set(LEXICON.malePronouns);
export const FEMALE_TITLE_WORDS: ReadonlySet<string> = new Set(LEXICON.femaleTitleWords);
export const MALE_TITLE_WORDS: ReadonlySet<string> = new Set(LEXICON.maleTitleWords);
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(LEXICON.placePrepositions);
export const PLACE_NOUNS: ReadonlySet<string> = new Set(LEXICON.placeNouns);
export const ORGANIZATION_DESCRIPTORS: ReadonlySet<string> = new Set(LEXICON.organizationDescriptors);
export const ARMED_GROUP_NOUNS: ReadonlySet<string> = new Set(LEXICON.armedGroupNouns);
export const PERSON_DESCRIPTORS: ReadonlySet<string> = new Set(LEXICON.personDescriptors);
