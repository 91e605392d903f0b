// Errors grouped for --verbose: by the rule that produced them (a bad rule found in one look) and by
// relation type, over every article of a part, lenient mode (compatible types count as hits).

import type { ArticleReport, RelationModeReport } from "./corpus.js";
import { relationLine } from "./format-corpus.js";
import type { ScoreTable } from "./metrics.js";
import { NOTHING_READ } from "./relation-scoring.js";
import { formatTable, ratio } from "./table.js";

/** Per rule: hits, false positives, precision, and the misses it misread; worst (most false positives) first. */
export function ruleTable(rules: ScoreTable): string {
  const rows = Object.entries(rules.byType)
    .sort(([a, x], [b, y]) => y.fp - x.fp || y.fn - x.fn || a.localeCompare(b))
    .map(([rule, s]) => [rule, String(s.tp), String(s.fp), ratio(s.precision), String(s.fn)]);
  return formatTable(["rule", "TP", "FP", "P", "misread"], rows);
}

interface Located<T> {
  article: string;
  item: T;
}

type Miss = RelationModeReport["misses"][number];
type Extra = RelationModeReport["falsePositives"][number];

function collect(articles: readonly ArticleReport[]): { misses: Located<Miss>[]; extras: Located<Extra>[] } {
  const misses = articles.flatMap((a) => a.relations.lenient.misses.map((item) => ({ article: a.article, item })));
  const extras = articles.flatMap((a) =>
    a.relations.lenient.falsePositives.map((item) => ({ article: a.article, item })),
  );
  return { misses, extras };
}

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) for (const key of keysOf(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

const extraLines = ({ article, item }: Located<Extra>): string[] => [
  `    extra   ${relationLine(item)} trigger "${item.trigger}" [${article}]`,
  `        "${item.sentence}"`,
];
const missLines = ({ article, item }: Located<Miss>, note = ""): string[] => [
  `    missed  ${relationLine(item)}${note} [${article}]`,
  ...item.sentences.map((s) => `        "${s}"`),
];

/** The --verbose sections: the per-rule table, then every error under its rule and under its relation type. */
export function errorsByRuleAndType(articles: readonly ArticleReport[], rules: ScoreTable): string[] {
  const { misses, extras } = collect(articles);
  const lines = [
    "",
    "Relations by rule (lenient; misread = a gold relation between the same two entities in its sentence, read with another type or direction)",
    ruleTable(rules),
  ];
  lines.push("", "Errors by rule (lenient)");
  const extrasByRule = groupBy(extras, (e) => e.item.rules);
  const missesByRule = groupBy(misses, (m) => (m.item.misreadBy.length > 0 ? m.item.misreadBy : [NOTHING_READ]));
  for (const rule of [...new Set([...extrasByRule.keys(), ...missesByRule.keys()])].sort()) {
    lines.push(`  ${rule}`);
    for (const e of extrasByRule.get(rule) ?? []) lines.push(...extraLines(e));
    for (const m of missesByRule.get(rule) ?? []) lines.push(...missLines(m));
  }
  lines.push("", "Errors by relation type (lenient)");
  const extrasByType = groupBy(extras, (e) => [e.item.type]);
  const missesByType = groupBy(misses, (m) => [m.item.type]);
  for (const type of [...new Set([...extrasByType.keys(), ...missesByType.keys()])].sort()) {
    lines.push(`  ${type}`);
    for (const e of extrasByType.get(type) ?? []) lines.push(...extraLines(e));
    for (const m of missesByType.get(type) ?? [])
      lines.push(...missLines(m, m.item.misreadBy.length > 0 ? ` (misread by ${m.item.misreadBy.join(", ")})` : ""));
  }
  return lines;
}
