// Shows an ingestion report: the article text with entity mentions, evidence sentences and
// trigger words marked, and lists of the entities, relations and disputes found.

import type { IngestReport } from "../../../graph-schema/index.js";
import { entityColour } from "../appearance/palette.js";
import { h } from "../ui/dom.js";
import { segmentText, type HighlightSpan } from "../ui/text-segments.js";

export function reportSpans(report: IngestReport): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const e of report.entities)
    for (const m of e.mentions)
      spans.push({ start: m.start, end: m.end, kind: "mention", title: `${e.name} (${e.type}, ${e.status})` });
  for (const r of report.relations) {
    spans.push({
      start: r.evidence.start,
      end: r.evidence.end,
      kind: "evidence",
      title: `${r.type}: ${r.source} → ${r.target}`,
    });
    spans.push({ start: r.trigger.start, end: r.trigger.end, kind: "trigger", title: `coded as ${r.type}` });
  }
  return spans;
}

export function highlightedText(text: string, spans: HighlightSpan[]): HTMLElement {
  const host = h("div", { testid: "ingest-highlights", class: "ingest-text" });
  for (const seg of segmentText(text, spans)) {
    let node: Node = document.createTextNode(seg.text);
    for (const span of [...seg.spans].reverse())
      node = h("mark", { class: `hl-${span.kind}`, title: span.title }, node);
    host.append(node);
  }
  return host;
}

export function reportSummary(report: IngestReport): HTMLElement {
  const newEntities = report.entities.filter((e) => e.status === "new").length;
  const newRelations = report.relations.filter((r) => r.status === "new").length;
  const corroborating = report.relations.filter((r) => r.status === "corroborates").length;
  const verb = report.dryRun ? "would add" : "added";
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
    h(
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
              {},
              `${r.source} ${r.type.toLowerCase().replace(/_/g, " ")} ${r.target} `,
              h("span", { class: `badge ${r.status}` }, r.status),
            ),
          ),
        ),
      ),
    ),
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
