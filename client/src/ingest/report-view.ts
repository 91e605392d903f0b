// Shows an ingestion report: the article text with entity mentions, evidence sentences and
// trigger words marked, and lists of the entities, relations and disputes found.

import { relationTypeWords, type IngestReport } from "../../../graph-schema/index.js";
import { entityColour } from "../appearance/palette.js";
import { h } from "../ui/dom.js";
import { nestHighlights, type HighlightNode, type HighlightSpan } from "../ui/text-segments.js";

/** Entity names by id from the report; ids it does not name stay as they are. */
export function entityNamer(report: IngestReport): (id: string) => string {
  const names = new Map(report.entities.map((e) => [e.id, e.name]));
  return (id) => names.get(id) ?? id;
}

/** "Marco Rubio holds role United States": a relation in words, ends by name. */
export function relationPhrase(relation: IngestReport["relations"][number], nameOf: (id: string) => string): string {
  return `${nameOf(relation.source)} ${relationTypeWords(relation.type)} ${nameOf(relation.target)}`;
}

export function reportSpans(report: IngestReport): HighlightSpan[] {
  const nameOf = entityNamer(report);
  const spans: HighlightSpan[] = [];
  for (const e of report.entities)
    for (const m of e.mentions)
      spans.push({ start: m.start, end: m.end, kind: "mention", title: `${e.name} (${e.type}, ${e.status})` });
  for (const r of report.relations) {
    spans.push({
      start: r.evidence.start,
      end: r.evidence.end,
      kind: "evidence",
      title: `evidence: ${relationPhrase(r, nameOf)}`,
    });
    spans.push({ start: r.trigger.start, end: r.trigger.end, kind: "trigger", title: `coded as ${r.type}` });
  }
  return spans;
}

function renderHighlight(node: HighlightNode): Node {
  if (!node.span) return document.createTextNode(node.text);
  return h("mark", { class: `hl-${node.span.kind}`, title: node.span.title }, ...node.children.map(renderHighlight));
}

/** The article text with one unbroken mark per evidence sentence, mentions and triggers inside. */
export function highlightedText(text: string, spans: HighlightSpan[]): HTMLElement {
  const host = h("div", { testid: "ingest-highlights", class: "ingest-text" });
  host.append(...nestHighlights(text, spans).map(renderHighlight));
  return host;
}

/** What the three highlight styles mean (drawn as spans, not marks: only the text holds marks). */
export function highlightLegend(): HTMLElement {
  const item = (kind: string, label: string) =>
    h("span", { class: "hl-legend-item" }, h("span", { class: `hl-sample hl-${kind}` }, label));
  return h(
    "p",
    { class: "hl-legend", "aria-label": "Highlight legend" },
    item("mention", "entity mention"),
    item("evidence", "evidence sentence"),
    item("trigger", "trigger word"),
  );
}

function reportLists(report: IngestReport, nameOf: (id: string) => string): HTMLElement {
  return h(
    "div",
    { class: "two-col" },
    h(
      "div",
      {},
      h("h4", {}, `Entities (${report.entities.length})`),
      h(
        "ul",
        { class: "compact" },
        ...report.entities.map((e) =>
          h(
            "li",
            {},
            h("span", { class: "dot", style: `background:${entityColour(e.type)}` }),
            `${e.name} `,
            h("span", { class: `badge ${e.status}` }, e.status),
            h("span", { class: "hint-inline" }, ` ${e.resolution.method}`),
          ),
        ),
      ),
    ),
    h(
      "div",
      {},
      h("h4", {}, `Relations (${report.relations.length})`),
      h(
        "ul",
        { class: "compact" },
        ...report.relations.map((r) =>
          h(
            "li",
            { title: `${r.source} → ${r.target}` },
            `${relationPhrase(r, nameOf)} `,
            h("span", { class: `badge ${r.status}` }, r.status),
            r.corrected ? h("span", { class: "hint-inline" }, ` (corrected from ${r.extracted.type})`) : null,
          ),
        ),
      ),
    ),
  );
}

/** What the analyst's review left out or changed, in one sentence. */
function reviewNote(report: IngestReport): HTMLElement | null {
  const review = report.appliedReview;
  if (!review) return null;
  const parts = [
    `${review.rejectedEntities.length} entities and ${review.rejectedRelations.length} relations left out`,
    `${review.corrected.length} relations corrected`,
    review.dropped.length ? `${review.dropped.length} relations dropped with an entity left out` : "",
  ];
  return h("p", { class: "info", testid: "ingest-review-note" }, `Review: ${parts.filter(Boolean).join("; ")}.`);
}

/** `lists: false` leaves out the entity and relation lists (the preview shows its review controls instead). */
export function reportSummary(report: IngestReport, { lists = true }: { lists?: boolean } = {}): HTMLElement {
  const newEntities = report.entities.filter((e) => e.status === "new").length;
  const newRelations = report.relations.filter((r) => r.status === "new").length;
  const corroborating = report.relations.filter((r) => r.status === "corroborates").length;
  const verb = report.dryRun ? "would add" : "added";
  const nameOf = entityNamer(report);
  return h(
    "div",
    { class: "ingest-summary" },
    h(
      "p",
      { class: report.dryRun ? "info" : "ok" },
      report.unchanged
        ? "This article is already in the graph with the same text: nothing changed."
        : `${report.dryRun ? "Preview" : "Done"}: ${verb} ${newEntities} new entities and ${newRelations} new relations; ${corroborating} relations gain this article as another source. (${report.extractor}, ${report.elapsedMs} ms)`,
    ),
    report.derivedFrom
      ? h(
          "p",
          { class: "warning" },
          `This article rewrites ${report.derivedFrom.article} (similarity ${report.derivedFrom.similarity.toFixed(2)}): ${report.derivedFrom.basis}. It does not count as an independent source.`,
        )
      : null,
    report.warnings.length ? h("ul", { class: "warnings" }, ...report.warnings.map((w) => h("li", {}, w))) : null,
    reviewNote(report),
    lists ? reportLists(report, nameOf) : null,
    report.disputes.length
      ? h(
          "div",
          {},
          h("h4", {}, "Disputes"),
          h("ul", { class: "compact" }, ...report.disputes.map((d) => h("li", {}, `${d.question} (${d.status})`))),
        )
      : null,
  );
}
