// The rule-based extractor: each sentence is annotated by the pipeline (mentions resolved against
// the graph and the reference tables, groups, titles, dates, negation, hedges, cues, speech), its
// layers read as relations, plus the structural facts the mentions imply (a city lies in its state).

import type { TextSpan } from "../../../graph-schema/index.js";
import type { ArticleInput, Extraction, ExtractedRelation, Extractor, DisputeCue } from "../extractor.js";
import type { KnowledgeIndex } from "../knowledge-index.js";
import type { ReferenceTables } from "../reference/tables.js";
import { AnnotatedSentence } from "./annotated-sentence.js";
import { annotate } from "./annotation-pipeline.js";
import { SentenceTagger } from "./classify.js";
import { buildGazetteer, type Gazetteer } from "./gazetteer.js";
import type { ActorGroup } from "./groups.js";
import { countryOf, isTitleCase, type ArticleFacts, type SentenceScan } from "./sentence-scan.js";
import { entityOf, type Mention } from "./mention-types.js";
import type { Discourse } from "./pronouns.js";
import { CODE_RULES, provenanceOf, RULE_EXTRACTOR } from "./provenance.js";
import { ArticleEntities } from "./registry.js";
import { SENTENCE_PIPELINE } from "./sentence-annotators.js";
import { sentenceRelations } from "./sentence-relations.js";
import { splitSentences, type SentenceSpan } from "./sentences.js";
import { fold, tokenize } from "./text.js";

export const EXTRACTOR_NAME = `${RULE_EXTRACTOR.name}/${RULE_EXTRACTOR.version}`;

export function extractArticle(article: ArticleInput, gazetteer: Gazetteer): Extraction {
  const sentences = splitSentences(article.text);
  const entities = new ArticleEntities();
  const local: ArticleFacts = { media: new Set(), countryOf: new Map() };
  const relations: ExtractedRelation[] = [];
  const cues: DisputeCue[] = [];
  const firstSentenceOf = new Map<string, SentenceSpan>();
  const discourse: Discourse = {
    lastPerson: null,
    lastPolity: null,
    lastPair: null,
    recentPeople: [],
    previous: [],
    pairAge: 9,
  };

  const title = fold(article.title);
  for (const [index, sentence] of sentences.entries()) {
    const tokens = tokenize(article.text, sentence.start, sentence.end);
    const headline = isHeadline(title, sentence, index);
    const scan: SentenceScan = {
      text: sentence.text,
      start: sentence.start,
      tokens,
      gazetteer,
      entities,
      published: article.published,
      tagger: new SentenceTagger(sentence.text),
      local,
      titleCase: headline && isTitleCase(tokens),
    };
    const annotated = new AnnotatedSentence({
      sentence,
      tokens,
      published: article.published,
      headline,
      isMedia: (id) => gazetteer.media.has(id) || local.media.has(id),
      affiliation: (id) => countryOf(scan, id) ?? null,
      scan,
      discourse,
    });
    annotate(SENTENCE_PIPELINE, annotated);
    const mentions = annotated.layer("mentions");
    for (const m of mentions)
      if (!m.anaphor && !firstSentenceOf.has(entityOf(m).id)) firstSentenceOf.set(entityOf(m).id, sentence);
    const out = sentenceRelations(annotated);
    relations.push(...out.relations);
    cues.push(...out.cues);
    updateDiscourse(discourse, mentions, annotated.layer("groups"));
  }
  relations.push(...structuralFacts(entities, gazetteer, local, firstSentenceOf));
  // An entity is never related to itself ("Rome" in "Rome").
  const between = relations.filter((r) => r.source !== r.target);
  const spans: TextSpan[] = sentences.map(({ start, end, text }) => ({ start, end, text }));
  return { entities: entities.list(), relations: between, cues, sentences: spans, warnings: [] };
}

/** `title` is the article's folded title. */
function isHeadline(title: string, sentence: SentenceSpan, index: number): boolean {
  return (index < 2 && sentence.headingLike) || sentence.heading || fold(sentence.text) === title;
}

function updateDiscourse(d: Discourse, mentions: readonly Mention[], groups: readonly ActorGroup[]): void {
  for (const m of mentions) {
    if (m.titlePart || m.modifier) continue;
    if (entityOf(m).type === "Person") {
      d.lastPerson = m;
      if (!m.anaphor)
        d.recentPeople = [...d.recentPeople.filter((p) => entityOf(p).id !== entityOf(m).id), m].slice(-6);
    } else if (entityOf(m).type !== "Place") d.lastPolity = m;
  }
  const pair = groups.find((g) => g.members.length === 2 && g.members.every((m) => !m.modifier));
  d.pairAge = pair ? 0 : d.pairAge + 1;
  if (pair) d.lastPair = pair.members;
  d.previous = mentions.filter((m) => !m.anaphor);
}

/** LOCATED_IN for places in a state the article mentions; PART_OF for its government bodies and factions. */
function structuralFacts(
  entities: ArticleEntities,
  gazetteer: Gazetteer,
  local: ArticleFacts,
  firstSentenceOf: Map<string, SentenceSpan>,
): ExtractedRelation[] {
  const present = new Set(entities.list().map((e) => e.id));
  const out: ExtractedRelation[] = [];
  for (const e of entities.list()) {
    const country = e.country ?? gazetteer.countryOf.get(e.id) ?? local.countryOf.get(e.id);
    const sentence = firstSentenceOf.get(e.id);
    if (!country || !present.has(country) || !sentence || country === e.id) continue;
    const type =
      e.type === "Place"
        ? "LOCATED_IN"
        : e.type === "Organization" && /government|faction|ministry|body/.test(e.kind ?? "")
          ? "PART_OF"
          : null;
    if (!type) continue;
    const mention = e.mentions[0]!;
    out.push({
      type,
      source: e.id,
      target: country,
      date: null,
      dateBasis: "unknown",
      dateNote: null,
      place: null,
      role: null,
      topic: null,
      sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
      trigger: mention,
      confidence: 0.85,
      provenance: provenanceOf(type === "LOCATED_IN" ? CODE_RULES.locatedIn : CODE_RULES.partOf),
    });
  }
  return out;
}

export function createExtractor(reference: ReferenceTables): Extractor {
  // The gazetteer of a knowledge index is built on first use and kept with that index (one per batch).
  const gazetteerKey = Symbol("rule-extractor gazetteer");
  const gazetteerOf = (knowledge: KnowledgeIndex): Gazetteer =>
    knowledge.derived(gazetteerKey, (k) => buildGazetteer(k, reference));
  return {
    name: EXTRACTOR_NAME,
    extract: (article, knowledge) => Promise.resolve(extractArticle(article, gazetteerOf(knowledge))),
  };
}
