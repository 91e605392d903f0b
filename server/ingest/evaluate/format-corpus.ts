// The curated-corpus part of the report as text: per article, entity and relation scores by type,
// dates and evidence of matched relations, and with --verbose every miss and false positive.

import { MATCH_MODES, type MatchMode } from "./compatibility.js";
import type { ArticleReport, CorpusReport, RelationModeReport } from "./corpus.js";
import { errorsByRuleAndType } from "./format-rules.js";
import type { ScoreTable } from "./metrics.js";
import type { RelationFalsePositive, RelationMiss } from "./relation-scoring.js";
import { formatTable, percent, ratio, SCORE_HEADER, scoreCells } from "./table.js";

export function articleTable(articles: readonly ArticleReport[]): string {
  const rows = articles.map((a) => [
    a.article,
    String(a.counts.goldEntities),
    String(a.counts.entities),
    ratio(a.entities.overall.f1),
    String(a.counts.goldRelations),
    String(a.counts.facts),
    ratio(a.relations.strict.scores.overall.f1),
    ratio(a.relations.lenient.scores.overall.f1),
  ]);
  return formatTable(
    ["article", "gold ent", "extracted", "ent F1", "gold rel", "extracted", "strict F1", "lenient F1"],
    rows,
  );
}

export function entityTable(table: ScoreTable): string {
  const rows = Object.entries(table.byType).map(([type, s]) => [type, ...scoreCells(s)]);
  return formatTable(["entity type", ...SCORE_HEADER], [...rows, ["overall (micro)", ...scoreCells(table.overall)]]);
}

export function relationTable(relations: Record<MatchMode, Pick<RelationModeReport, "scores">>): string {
  const { strict, lenient } = relations;
  const types = [...new Set([...Object.keys(strict.scores.byType), ...Object.keys(lenient.scores.byType)])].sort();
  const cells = (table: ScoreTable, type: string): string[] => {
    const s = table.byType[type];
    return s ? scoreCells(s) : ["0", "0", "0", "—", "—", "—"];
  };
  const rows = types.map((t) => [t, ...cells(strict.scores, t), "|", ...cells(lenient.scores, t)]);
  rows.push(["overall (micro)", ...scoreCells(strict.scores.overall), "|", ...scoreCells(lenient.scores.overall)]);
  return formatTable(
    ["relation type", ...SCORE_HEADER.map((h) => `s.${h}`), "|", ...SCORE_HEADER.map((h) => `l.${h}`)],
    rows,
  );
}

export function matchedDetail(mode: string, r: Omit<RelationModeReport, "misses" | "falsePositives">): string[] {
  const d = r.dates;
  const lines = [
    `  ${mode}: ${r.matched} matched; dates exact ${d.exact}, compatible ${d.compatible} (exact or compatible ` +
      `${percent(d.exact + d.compatible, r.matched)}), conflicting ${d.conflicting}, missing ${d.missing}, ` +
      `unexpected ${d.unexpected}; evidence sentence shared ${r.sharedSentence} (${percent(r.sharedSentence, r.matched)})`,
  ];
  const subs = Object.entries(r.typeSubstitutions);
  if (subs.length > 0)
    lines.push(`    accepted type substitutions (gold→extracted): ${subs.map(([k, n]) => `${k} ×${n}`).join(", ")}`);
  return lines;
}

export const relationLine = (
  r: Pick<RelationMiss | RelationFalsePositive, "type" | "source" | "target" | "date">,
): string => `${r.type}(${r.source} → ${r.target})${r.date ? ` ${r.date}` : ""}`;

function verboseArticle(a: ArticleReport): string[] {
  const lines = [`\n${a.article} — ${a.title}`];
  lines.push(
    `  held out of the knowledge: ${a.heldOut.entities.join(", ") || "no entity"}; ${a.heldOut.relations} relations;`,
  );
  const aliases = Object.entries(a.heldOut.aliases).map(([id, list]) => `${id}: ${list.join(", ")}`);
  lines.push(`    aliases: ${aliases.join("; ") || "none"}`);
  return [...lines, ...verboseFindings(a)];
}

/** Every missed and extra entity and relation of one article (lenient mode), with sentences and triggers. */
export function verboseFindings(a: ArticleReport): string[] {
  const lenient = a.relations.lenient;
  const lines: string[] = [];
  for (const e of a.entities.misses) lines.push(`  missed entity    ${e.type} ${e.id} (${e.name})`);
  for (const e of a.entities.falsePositives)
    lines.push(
      `  extra entity     ${e.type} ${e.id} (${e.name}) mentions: ${e.mentions.map((m) => `"${m}"`).join(", ")}`,
    );
  for (const m of lenient.misses) {
    lines.push(`  missed relation  ${relationLine(m)}`);
    for (const s of m.sentences) lines.push(`      "${s}"`);
  }
  for (const f of lenient.falsePositives) {
    lines.push(`  extra relation   ${relationLine(f)} trigger "${f.trigger}"`);
    lines.push(`      "${f.sentence}"`);
  }
  for (const [k, n] of Object.entries(lenient.typeSubstitutions)) lines.push(`  type substituted ${k} ×${n}`);
  for (const w of a.warnings) lines.push(`  extractor warning: ${w}`);
  return lines;
}

/** The tables every article-based part prints: per-type entity and relation scores, matched relations. */
export function scoreSections(overall: CorpusReport["overall"]): string[] {
  return [
    "",
    "Entities by type",
    entityTable(overall.entities),
    "",
    "Relations by type (s. = strict: same type; l. = lenient: compatible type)",
    relationTable(overall.relations),
    "",
    "Matched relations",
    ...MATCH_MODES.flatMap((mode) => matchedDetail(mode, overall.relations[mode])),
  ];
}

export function formatCorpus(corpus: CorpusReport, verbose: boolean): string {
  const lines = [
    `Curated corpus, leave-one-article-out (${corpus.articles.length} article${corpus.articles.length === 1 ? "" : "s"})`,
    articleTable(corpus.articles),
    ...scoreSections(corpus.overall),
  ];
  if (verbose)
    lines.push(
      ...errorsByRuleAndType(corpus.articles, corpus.overall.relations.lenient.rules),
      ...corpus.articles.flatMap(verboseArticle),
    );
  return lines.join("\n");
}
