// The "Add article" dialog: text and metadata, the API key (kept for this tab only, in
// sessionStorage), a dry-run preview with highlights where the analyst unticks or corrects what
// was extracted, then Add with that review; 401/503/400 explained plainly.

import { IngestRequest, type IngestReport } from "../../../graph-schema/index.js";
import type { AppContext } from "../app-context.js";
import { ApiError, api } from "../api/client.js";
import { h } from "../ui/dom.js";
import { highlightedText, highlightLegend, reportSpans, reportSummary } from "./report-view.js";
import { reviewControls, type ReviewControls } from "./review-controls.js";

const KEY_STORAGE = "actorgraph.apiKey";

function field(testid: string, label: string, input: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
  input.dataset.testid = testid;
  input.id = testid;
  return h("div", { class: "field" }, h("label", { for: testid }, label), input);
}

function problemText(error: unknown): string {
  if (!(error instanceof ApiError)) return String(error);
  if (error.status === 401)
    return `The API key was refused (401). Check the key the server was started with. ${error.message}`;
  if (error.status === 503) return `Ingestion over HTTP is disabled on this server (503): ${error.message}`;
  if (error.status === 400) return `The server rejected the article (400): ${error.message}`;
  if (error.status === 404) return "This server has no ingestion endpoint (404): it may be an older version.";
  return `${error.status} ${error.title}: ${error.message}`;
}

function sessionKey(): string {
  try {
    return window.sessionStorage.getItem(KEY_STORAGE) ?? "";
  } catch {
    return "";
  }
}

export function mountIngest(ctx: AppContext, opener: HTMLButtonElement): void {
  const title = h("input", { type: "text", required: true, autocomplete: "off" });
  const outlet = h("input", { type: "text", autocomplete: "off" });
  const published = h("input", { type: "text", placeholder: "2025-02-18, 2025-02 or 2025", autocomplete: "off" });
  const url = h("input", { type: "url", placeholder: "https://…", autocomplete: "off" });
  const text = h("textarea", { rows: 10, required: true, spellcheck: "false" });
  const apiKey = h("input", { type: "password", autocomplete: "off", value: sessionKey() });
  const preview = h("button", { type: "button", testid: "ingest-preview" }, "Preview (dry run)");
  const submit = h("button", { type: "button", testid: "ingest-submit", class: "primary" }, "Add to the graph");
  const close = h("button", { type: "button", class: "icon", "aria-label": "Close" }, "×");
  const result = h("div", { testid: "ingest-result", class: "ingest-result", "aria-live": "polite" });
  const highlights = h("div", { class: "ingest-highlights-host" });
  const dialog = h(
    "dialog",
    { class: "ingest-dialog", "aria-labelledby": "ingest-heading", testid: "ingest-dialog" },
    h("div", { class: "dialog-head" }, h("h2", { id: "ingest-heading" }, "Add an article"), close),
    h(
      "div",
      { class: "dialog-body" },
      h(
        "form",
        { class: "ingest-form", onsubmit: (e: Event) => e.preventDefault() },
        field("ingest-title", "Title", title),
        h(
          "div",
          { class: "two-col" },
          field("ingest-outlet", "Outlet", outlet),
          field("ingest-published", "Published (partial ISO date)", published),
        ),
        field("ingest-url", "URL", url),
        field("ingest-text", "Text", text),
        field("ingest-api-key", "API key (kept for this tab only)", apiKey),
        h("div", { class: "row" }, preview, submit),
      ),
      h("div", { class: "ingest-output" }, result, highlights),
    ),
  );
  document.body.append(dialog);

  opener.addEventListener("click", () => {
    dialog.showModal();
    title.focus();
  });
  close.addEventListener("click", () => dialog.close());
  apiKey.addEventListener("change", () => {
    try {
      window.sessionStorage.setItem(KEY_STORAGE, apiKey.value);
    } catch {
      // sessionStorage unavailable: the key is used for this request only.
    }
  });

  // The preview's controls, for the text they were made from: Add sends their review.
  let reviewing: { text: string; controls: ReviewControls } | null = null;

  const send = async (dryRun: boolean) => {
    if (!dryRun && reviewing && reviewing.text !== text.value) {
      // Unticked items must never be merged silently: the review belongs to the previewed text.
      const message = "The text changed since the preview: preview it again to review what is extracted.";
      result.prepend(h("p", { class: "error", role: "alert" }, message));
      return;
    }
    const review = !dryRun && reviewing ? reviewing.controls.review() : undefined;
    const body = IngestRequest.safeParse({
      title: title.value,
      outlet: outlet.value.trim() || null,
      published: published.value.trim() || null,
      url: url.value.trim() || null,
      text: text.value,
      dryRun,
      review,
    });
    if (!body.success) {
      result.replaceChildren(
        h(
          "p",
          { class: "error", role: "alert" },
          body.error.issues.map((i) => `${i.path.join(".") || "article"}: ${i.message}`).join("; "),
        ),
      );
      return;
    }
    if (!apiKey.value) {
      result.replaceChildren(
        h(
          "p",
          { class: "error", role: "alert" },
          "Enter the API key the server was started with (ACTORGRAPH_API_KEY).",
        ),
      );
      return;
    }
    preview.disabled = submit.disabled = true;
    result.replaceChildren(
      h("p", { class: "loading" }, dryRun ? "Extracting (nothing is written)…" : "Adding the article…"),
    );
    try {
      const report: IngestReport = await api.ingest(body.data, apiKey.value);
      reviewing = dryRun && !report.unchanged ? { text: body.data.text, controls: reviewControls(report) } : null;
      if (reviewing) result.replaceChildren(reportSummary(report, { lists: false }), reviewing.controls.element);
      else result.replaceChildren(reportSummary(report));
      highlights.replaceChildren(highlightLegend(), highlightedText(body.data.text, reportSpans(report)));
      if (!dryRun && !report.unchanged) {
        await ctx.reload();
        const edges = report.relations.map((r) => r.id).filter((id) => ctx.graph.data.hasEdge(id));
        const nodes = report.relations.flatMap((r) => [r.source, r.target]).filter((id) => ctx.graph.data.hasNode(id));
        ctx.select(null);
        ctx.graph.setHighlight({ nodes, edges, primary: [] });
        result.append(
          h("p", { class: "ok" }, `${edges.length} relations of this article are highlighted on the graph.`),
        );
      }
    } catch (error) {
      result.replaceChildren(h("p", { class: "error", role: "alert" }, problemText(error)));
    } finally {
      preview.disabled = submit.disabled = false;
    }
  };
  preview.addEventListener("click", () => void send(true));
  submit.addEventListener("click", () => void send(false));
}
