// The PLOVER part of the report as text: coverage of the gold categories by our vocabulary,
// category scores, actor accuracy, what was emitted outside the vocabulary, and with --verbose the errors.

import { formatTable, percent, SCORE_HEADER, scoreCells } from "./table.js";
import type { PloverEventResult, PloverReport } from "./plover-scoring.js";

function coverageTable(report: PloverReport): string {
  const rows = Object.entries(report.coverage.byCategory)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, c]) => {
      const recorded = c.recordedAs.filter((r) => r !== category);
      const s = report.categories.byType[category];
      return [
        category + (recorded.length > 0 ? ` (recorded as ${recorded.join(", ")})` : ""),
        String(c.events),
        c.inVocabulary ? "yes" : "no",
        ...(s ? scoreCells(s) : ["", "", "", "", "", ""]),
      ];
    });
  const extra = Object.entries(report.categories.byType).filter(([c]) => !(c in report.coverage.byCategory));
  for (const [category, s] of extra) rows.push([`${category} (no gold event)`, "0", "yes", ...scoreCells(s)]);
  rows.push([
    "overall (micro, in vocabulary)",
    String(report.coverage.inVocabulary),
    "",
    ...scoreCells(report.categories.overall),
  ]);
  return formatTable(["PLOVER category", "events", "ours", ...SCORE_HEADER], rows);
}

function mappingLine(report: PloverReport): string {
  const entries = Object.entries(report.typeCategories).map(
    ([type, m]) => `${type}→${m.category}${m.basis === "supplement" ? "*" : ""}`,
  );
  return `  our types → PLOVER: ${entries.join(", ")}\n  (* CAMEO 02 appeals, absent from the table, taken as REQUEST; types not listed have no PLOVER event)`;
}

function verboseError(e: PloverEventResult): string[] {
  const got = e.relations.map((r) => `${r.type}${r.category ? `/${r.category}` : ""}(${r.source} → ${r.target})`);
  const actors =
    e.sourceCorrect === null
      ? ""
      : ` source ${e.sourceCorrect ? "ok" : "wrong"}, target ${e.targetCorrect === null ? "—" : e.targetCorrect ? "ok" : "wrong"}`;
  return [
    `\n${e.id} gold ${e.category}(${e.sources.join(" + ") || "?"} → ${e.targets.join(" + ") || "?"})${actors}`,
    `    "${e.text}"`,
    `    extracted: ${got.join(", ") || "nothing"}`,
  ];
}

export function formatPlover(report: PloverReport, verbose: boolean): string {
  const { coverage, actors, outOfVocabulary: oov } = report;
  const emitted = Object.entries(oov.emittedCategories).map(([c, n]) => `${c} ×${n}`);
  const lines = [
    `PLOVER gold sentences: ${report.events} events; ${coverage.inVocabulary} (${percent(coverage.inVocabulary, report.events)}) ` +
      `in categories our types map to, ${coverage.outOfVocabulary} outside (not counted as misses)`,
    coverageTable(report),
    "",
    `Actors, over the ${actors.found} events whose category was found:`,
    `  source ${actors.sourceCorrect}/${actors.found} (${percent(actors.sourceCorrect, actors.found)}), ` +
      `target ${actors.targetCorrect}/${actors.withTarget} (${percent(actors.targetCorrect, actors.withTarget)}), ` +
      `all actors ${actors.allCorrect}/${actors.found} (${percent(actors.allCorrect, actors.found)}); ` +
      `category and all actors right: ${actors.allCorrect}/${coverage.inVocabulary} (${percent(actors.allCorrect, coverage.inVocabulary)}) of in-vocabulary events`,
    `Outside our vocabulary: ${oov.events} events; relations emitted on ${oov.withRelations}` +
      (emitted.length > 0 ? ` (${emitted.join(", ")})` : ""),
    mappingLine(report),
  ];
  if (verbose) lines.push(...report.errors.flatMap(verboseError));
  return lines.join("\n");
}
