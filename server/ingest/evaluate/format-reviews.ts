// The reviews part of the report as text: what the labels cover, the corpus part's tables, the
// per-rule table, and with --verbose every error by rule and type plus the output no review judged.

import { articleTable, relationLine, scoreSections, verboseFindings } from "./format-corpus.js";
import { errorsByRuleAndType, ruleTable } from "./format-rules.js";
import type { ReviewArticleReport, ReviewReport } from "./review-scoring.js";

const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

function coverageLines(report: ReviewReport): string[] {
  const { labels, unjudged, relations } = report.overall;
  const judged = labels.accepted + labels.rejected + labels.corrected;
  const scored = relations.strict.scores.overall;
  return [
    `  labels: ${plural(judged, "extracted relation")} judged — ${labels.accepted} accepted, ` +
      `${labels.rejected} rejected (${labels.withRejectedEntity} with a rejected entity), ${labels.corrected} corrected ` +
      `(${labels.disputed} more kept as a denial's claim, not judged); ` +
      `${plural(labels.entities, "entity", "entities")} judged, ${labels.rejectedEntities} rejected`,
    `  gold: ${scored.tp + scored.fn} relations (accepted and corrected, collapsed as the graph stores them); ` +
      `reviewed output of ${report.overall.extractedBy.join(", ")}`,
    `  not judged by any review, left out of the scores: ${plural(unjudged.relations, "relation")} and ` +
      `${plural(unjudged.entities, "entity", "entities")} of the current extractor`,
  ];
}

function verboseReviewedArticle(a: ReviewArticleReport): string[] {
  const lines = [`\n${a.article} — ${a.title} (reviewed ${a.reviewedAt}, extracted then by ${a.extractedBy})`];
  lines.push(`  new to the graph then (matched by name): ${a.heldOut.entities.join(", ") || "no entity"}`);
  lines.push(...verboseFindings(a));
  for (const e of a.unjudged.entities) lines.push(`  not judged entity   ${e.type} ${e.id} (${e.name})`);
  for (const r of a.unjudged.relations) {
    lines.push(`  not judged relation ${relationLine(r)} rule ${r.rule}`);
    lines.push(`      "${r.sentence}"`);
  }
  return lines;
}

export function formatReviews(report: ReviewReport, verbose: boolean): string {
  const n = report.articles.length;
  const lines = [
    `Analysts' reviews in ${report.folder}: ${plural(n, "reviewed article")} of ${report.ledgerArticles} ingested, ` +
      "extracted again with the knowledge the graph had when each was ingested",
    ...coverageLines(report),
    articleTable(report.articles),
    ...scoreSections(report.overall),
    "",
    "Relations by rule (strict)",
    ruleTable(report.overall.relations.strict.rules),
  ];
  if (verbose)
    lines.push(
      ...errorsByRuleAndType(report.articles, report.overall.relations.lenient.rules),
      ...report.articles.flatMap(verboseReviewedArticle),
    );
  return lines.join("\n");
}
