// Scores one article's extracted facts against its gold relations, in one match mode: one-to-one
// matching on the two entities, a compatible type and the direction where it matters, then the
// dates and evidence sentences of the matched pairs.

import type { Relation, RelationType } from "../../../graph-schema/index.js";
import { directionMatters, typesCompatible, type MatchMode } from "./compatibility.js";
import { maximumMatching } from "./matching.js";
import { Tally } from "./metrics.js";
import type { ExtractedFact } from "./relation-facts.js";

export const DATE_AGREEMENTS = ["exact", "compatible", "conflicting", "missing", "unexpected"] as const;
export type DateAgreement = (typeof DATE_AGREEMENTS)[number];

export interface RelationMiss {
  type: RelationType;
  source: string;
  target: string;
  date: string | null;
  sentences: string[];
  /** Rules whose unmatched facts join the same two entities in its sentence (another type or direction). */
  misreadBy: string[];
}

export interface RelationFalsePositive {
  type: RelationType;
  source: string;
  target: string;
  date: string | null;
  sentence: string;
  trigger: string;
  /** Rules that read it. */
  rules: string[];
}

export interface ModeScore {
  /** Per relation type: hits and misses by the gold type, false positives by the extracted type. */
  tally: Tally;
  dates: Record<DateAgreement, number>;
  /** Matched pairs whose extracted sentence overlaps one of the gold evidence sentences. */
  sharedSentence: number;
  matched: number;
  /** Matched pairs whose types differ (always 0 in strict mode). */
  typeSubstitutions: { gold: RelationType; extracted: RelationType }[];
  misses: RelationMiss[];
  falsePositives: RelationFalsePositive[];
  /** Per rule id: facts it read that matched (tp) or not (fp), and misses it misread (fn); NOTHING_READ for the rest. */
  rules: Tally;
}

/** The rules tally's key for misses no rule came near. */
export const NOTHING_READ = "(nothing read)";

/** "2025" and "2025-02-18" are compatible: one is the other made more precise. */
export function compareDates(gold: string | null, extracted: string | null): DateAgreement {
  if (gold === extracted) return "exact";
  if (gold === null) return "unexpected";
  if (extracted === null) return "missing";
  return gold.startsWith(`${extracted}-`) || extracted.startsWith(`${gold}-`) ? "compatible" : "conflicting";
}

function endsMatch(gold: Relation, fact: ExtractedFact): boolean {
  if (gold.source === fact.source && gold.target === fact.target) return true;
  return !directionMatters(gold.type, fact.type) && gold.source === fact.target && gold.target === fact.source;
}

const sharesSentence = (gold: Relation, fact: ExtractedFact): boolean =>
  fact.sentences.some((s) => gold.evidence.some((e) => s.start < e.end && e.start < s.end));

/** Lower is better: the same type, then a closer date, then a shared sentence. */
function preference(gold: Relation, fact: ExtractedFact): number {
  const date = compareDates(gold.date, fact.date);
  return (
    (gold.type === fact.type ? 0 : 4) +
    (date === "exact" ? 0 : date === "compatible" ? 1 : 2) * 2 +
    (sharesSentence(gold, fact) ? 0 : 1)
  );
}

export function scoreRelations(gold: readonly Relation[], facts: readonly ExtractedFact[], mode: MatchMode): ModeScore {
  const candidates = gold.map((g) =>
    facts
      .map((f, i) => ({ i, ok: typesCompatible(g.type, f.type, mode) && endsMatch(g, f), rank: preference(g, f) }))
      .filter((c) => c.ok)
      .sort((a, b) => a.rank - b.rank || a.i - b.i)
      .map((c) => c.i),
  );
  const sameType = candidates.map((list, gi) => list.filter((i) => facts[i]!.type === gold[gi]!.type));
  const matchOf = maximumMatching(candidates, sameType);

  const score: ModeScore = {
    tally: new Tally(),
    dates: Object.fromEntries(DATE_AGREEMENTS.map((d) => [d, 0])) as Record<DateAgreement, number>,
    sharedSentence: 0,
    matched: 0,
    typeSubstitutions: [],
    misses: [],
    falsePositives: [],
    rules: new Tally(),
  };
  const matched = new Set(matchOf);
  const unmatched = facts.filter((_, i) => !matched.has(i));
  gold.forEach((g, gi) => {
    const fact = facts[matchOf[gi] ?? -1];
    if (!fact) {
      score.tally.add(g.type, "fn");
      const sentences = g.evidence.map((e) => e.sentence);
      const misreadBy = misreadingRules(g, unmatched);
      for (const rule of misreadBy.length > 0 ? misreadBy : [NOTHING_READ]) score.rules.add(rule, "fn");
      score.misses.push({ type: g.type, source: g.source, target: g.target, date: g.date, sentences, misreadBy });
      return;
    }
    score.tally.add(g.type, "tp");
    for (const rule of fact.rules) score.rules.add(rule, "tp");
    score.matched += 1;
    score.dates[compareDates(g.date, fact.date)] += 1;
    if (sharesSentence(g, fact)) score.sharedSentence += 1;
    if (fact.type !== g.type) score.typeSubstitutions.push({ gold: g.type, extracted: fact.type });
  });
  facts.forEach((f, i) => {
    if (matched.has(i)) return;
    score.tally.add(f.type, "fp");
    for (const rule of f.rules) score.rules.add(rule, "fp");
    const [sentence, trigger] = [f.sentences[0]?.text ?? "", f.triggers[0]?.text ?? ""];
    score.falsePositives.push({
      type: f.type,
      source: f.source,
      target: f.target,
      date: f.date,
      sentence,
      trigger,
      rules: f.rules,
    });
  });
  return score;
}

/** Rules of unmatched facts that join the gold relation's two entities, either way round, in one of its sentences. */
function misreadingRules(gold: Relation, facts: readonly ExtractedFact[]): string[] {
  const pair = (a: string, b: string): string => [a, b].sort().join("\u001f");
  const wanted = pair(gold.source, gold.target);
  const near = facts.filter((f) => pair(f.source, f.target) === wanted && sharesSentence(gold, f));
  return [...new Set(near.flatMap((f) => f.rules))];
}
