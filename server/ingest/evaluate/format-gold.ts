// The held-out gold part of the report as text: the corpus part's tables, plus the disputed claims the
// extractor asserted, and with --verbose every miss, extra and wrongly asserted claim per article.

import { MATCH_MODES } from "./compatibility.js";
import { articleTable, relationLine, scoreSections, verboseFindings } from "./format-corpus.js";
import { errorsByRuleAndType } from "./format-rules.js";
import type { GoldArticleReport, GoldReport } from "./gold-scoring.js";
import { percent } from "./table.js";

function disputedLine(report: GoldReport): string {
  const parts = MATCH_MODES.map((mode) => {
    const { claims, asserted } = report.overall.disputed[mode];
    return `${mode} ${asserted} of ${claims} (${percent(asserted, claims)})`;
  });
  return `  disputed claims (denied or unconfirmed in the text) extracted as asserted relations: ${parts.join(", ")}`;
}

function verboseGoldArticle(a: GoldArticleReport): string[] {
  const lines = [`\n${a.article} — ${a.title}`];
  lines.push(`  new to the graph (matched by name): ${a.heldOut.entities.join(", ") || "no entity"}`);
  lines.push(...verboseFindings(a));
  for (const c of a.disputed.lenient.asserted) {
    lines.push(`  asserted although disputed ${relationLine(c)}`);
    for (const s of c.sentences) lines.push(`      "${s}"`);
  }
  return lines;
}

export function formatGold(report: GoldReport, verbose: boolean): string {
  const n = report.articles.length;
  const lines = [
    `Held-out gold articles in ${report.folder}, extracted with the whole curated graph as knowledge ` +
      `(${n} article${n === 1 ? "" : "s"})`,
    articleTable(report.articles),
    ...scoreSections(report.overall),
    disputedLine(report),
  ];
  if (verbose)
    lines.push(
      ...errorsByRuleAndType(report.articles, report.overall.relations.lenient.rules),
      ...report.articles.flatMap(verboseGoldArticle),
    );
  return lines.join("\n");
}
