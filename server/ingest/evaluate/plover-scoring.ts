// The PLOVER evaluation: each gold sentence extracted with an empty knowledge (the extractor's own
// reference gazetteer only), scored on event category and on source/target actors. Gold events whose
// category none of our types maps to are counted apart, not as misses.

import { relationTypeDef, type RelationType } from "../../../graph-schema/index.js";
import type { ExtractedEntity, ExtractedRelation, Extractor, KnowledgeIndex } from "../extractor.js";
import { indexKnowledge } from "../knowledge-index.js";
import { scoreTable, Tally, type ScoreTable } from "./metrics.js";
import { containsWords, normaliseName } from "./normalise.js";
import type { CategoryMapping, PloverEvent } from "./plover-data.js";

export interface PloverRelation {
  type: RelationType;
  category: string | null;
  source: string;
  target: string;
}

export interface PloverEventResult {
  id: string;
  category: string;
  text: string;
  sources: string[];
  targets: string[];
  relations: PloverRelation[];
  /** null when no extracted relation has the gold category (or the event has no such actor). */
  sourceCorrect: boolean | null;
  targetCorrect: boolean | null;
}

export interface PloverReport {
  events: number;
  /** Our types → PLOVER category, and the types that have none (statements, structural facts). */
  typeCategories: Record<string, CategoryMapping>;
  coverage: {
    inVocabulary: number;
    outOfVocabulary: number;
    /** Gold events per category, and whether any of our types maps to it. */
    byCategory: Record<string, { events: number; inVocabulary: boolean; recordedAs: string[] }>;
  };
  /** Category-level scores over the events within our vocabulary. */
  categories: ScoreTable;
  actors: {
    /** Events whose category was found: the base of the accuracies below. */
    found: number;
    sourceCorrect: number;
    /** Found events that name a target, and how many of those got it right. */
    withTarget: number;
    targetCorrect: number;
    /** Found events with every named actor right. */
    allCorrect: number;
  };
  /** What the extractor emitted on sentences whose event we cannot express (not scored). */
  outOfVocabulary: { events: number; withRelations: number; emittedCategories: Record<string, number> };
  /** Every in-vocabulary event that was missed or drew a wrong category, for --verbose. */
  errors: PloverEventResult[];
}

function actorMatches(entity: ExtractedEntity | undefined, actors: readonly string[]): boolean {
  if (!entity) return false;
  const names = [entity.name, ...entity.newAliases, ...entity.mentions.map((m) => m.text)].map(normaliseName);
  return actors
    .map(normaliseName)
    .some((actor) => names.some((n) => n !== "" && (containsWords(actor, n) || containsWords(n, actor))));
}

/** The best (source, target) agreement among relations of the gold category; swapped ends allowed when undirected. */
function judgeActors(
  event: PloverEvent,
  relations: readonly ExtractedRelation[],
  entityOf: (id: string) => ExtractedEntity | undefined,
): { source: boolean; target: boolean } | null {
  let best: { source: boolean; target: boolean } | null = null;
  const value = (j: { source: boolean; target: boolean }): number => Number(j.source) + Number(j.target);
  for (const r of relations) {
    const orders = relationTypeDef(r.type).directed
      ? [[r.source, r.target]]
      : [
          [r.source, r.target],
          [r.target, r.source],
        ];
    for (const [s, t] of orders) {
      const judged = {
        source: actorMatches(entityOf(s!), event.sources),
        target: actorMatches(entityOf(t!), event.targets),
      };
      if (!best || value(judged) > value(best)) best = judged;
    }
  }
  return best;
}

export interface PloverOptions {
  onEvent?: (done: number, total: number) => void;
}

/** One gold sentence run through the extractor. */
interface EventOutcome {
  event: PloverEvent;
  inVocabulary: boolean;
  /** Distinct PLOVER categories of the extracted relations. */
  predicted: Set<string>;
  relations: PloverRelation[];
  actors: { source: boolean; target: boolean } | null;
}

async function runEvent(
  event: PloverEvent,
  typeCategories: ReadonlyMap<RelationType, CategoryMapping>,
  inVocabulary: boolean,
  extractor: Extractor,
  knowledge: KnowledgeIndex,
): Promise<EventOutcome> {
  const extraction = await extractor.extract({ id: event.id, title: "", text: event.text, published: null }, knowledge);
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  const categoryOf = (r: ExtractedRelation): string | null => typeCategories.get(r.type)?.category ?? null;
  const predicted = new Set(extraction.relations.map(categoryOf).filter((c): c is string => c !== null));
  const relations = extraction.relations.map((r) => ({
    type: r.type,
    category: categoryOf(r),
    source: entities.get(r.source)?.name ?? r.source,
    target: entities.get(r.target)?.name ?? r.target,
  }));
  const ofCategory = extraction.relations.filter((r) => categoryOf(r) === event.category);
  const actors = inVocabulary ? judgeActors(event, ofCategory, (id) => entities.get(id)) : null;
  return { event, inVocabulary, predicted, relations, actors };
}

function emptyReport(events: number, typeCategories: ReadonlyMap<RelationType, CategoryMapping>): PloverReport {
  return {
    events,
    typeCategories: Object.fromEntries(typeCategories),
    coverage: { inVocabulary: 0, outOfVocabulary: 0, byCategory: {} },
    categories: scoreTable(new Tally()),
    actors: { found: 0, sourceCorrect: 0, withTarget: 0, targetCorrect: 0, allCorrect: 0 },
    outOfVocabulary: { events: 0, withRelations: 0, emittedCategories: {} },
    errors: [],
  };
}

/** Adds one outcome to the report's counts and the category tally. */
function record(report: PloverReport, tally: Tally, outcome: EventOutcome): void {
  const { event, inVocabulary, predicted, actors } = outcome;
  const cat = (report.coverage.byCategory[event.category] ??= { events: 0, inVocabulary, recordedAs: [] });
  cat.events += 1;
  if (!cat.recordedAs.includes(event.recordedCategory)) cat.recordedAs.push(event.recordedCategory);
  report.coverage[inVocabulary ? "inVocabulary" : "outOfVocabulary"] += 1;
  if (!inVocabulary) {
    const oov = report.outOfVocabulary;
    oov.events += 1;
    if (predicted.size > 0) oov.withRelations += 1;
    for (const c of predicted) oov.emittedCategories[c] = (oov.emittedCategories[c] ?? 0) + 1;
    return;
  }
  const found = predicted.has(event.category);
  tally.add(event.category, found ? "tp" : "fn");
  for (const c of predicted) if (c !== event.category) tally.add(c, "fp");
  const hasTarget = event.targets.length > 0;
  if (actors) {
    const a = report.actors;
    a.found += 1;
    a.sourceCorrect += Number(actors.source);
    a.withTarget += Number(hasTarget);
    a.targetCorrect += Number(hasTarget && actors.target);
    a.allCorrect += Number(actors.source && (!hasTarget || actors.target));
  }
  if (!found || predicted.size > 1)
    report.errors.push({
      id: event.id,
      category: event.category,
      text: event.text,
      sources: event.sources,
      targets: event.targets,
      relations: outcome.relations,
      sourceCorrect: actors ? actors.source : null,
      targetCorrect: actors && hasTarget ? actors.target : null,
    });
}

export async function evaluatePlover(
  events: readonly PloverEvent[],
  typeCategories: ReadonlyMap<RelationType, CategoryMapping>,
  extractor: Extractor,
  options: PloverOptions = {},
): Promise<PloverReport> {
  const ours = new Set([...typeCategories.values()].map((m) => m.category));
  const report = emptyReport(events.length, typeCategories);
  const tally = new Tally();
  // The extractor's own reference tables only: an empty graph, indexed once for every sentence.
  const knowledge = indexKnowledge({ entities: [], relations: [] });
  for (const [i, event] of events.entries()) {
    options.onEvent?.(i, events.length);
    record(report, tally, await runEvent(event, typeCategories, ours.has(event.category), extractor, knowledge));
  }
  options.onEvent?.(events.length, events.length);
  report.categories = scoreTable(tally);
  return report;
}
