// A dispute as a view of its own: the question the sources disagree on, each side's claim with
// its evidence side by side, and the relations it bears on; plus the short form a relation
// shows for each of its disputes (the question and a link to open it).

import type { AppContext } from "../app-context.js";
import { entityName } from "../app-context.js";
import type { DisputeView } from "../api/schemas.js";
import { disputeSelection, relationSelection } from "../state/view-state.js";
import { h } from "../ui/dom.js";
import { evidenceItem, type OpenArticle } from "./evidence.js";

/** The shown relations a dispute bears on. */
export function disputedRelations(ctx: AppContext, disputeId: string): string[] {
  const found: string[] = [];
  ctx.graph.data.forEachEdge((id, a) => {
    // Overview pair edges carry no disputes (the relations behind them do).
    if (a.disputes?.includes(disputeId)) found.push(id);
  });
  return found;
}

function relationLink(ctx: AppContext, id: string): HTMLElement {
  const g = ctx.graph.data;
  return h(
    "button",
    { type: "button", class: "chip link", onclick: () => ctx.select(relationSelection(id)) },
    `${entityName(ctx, g.source(id))} ${g.getEdgeAttribute(id, "label")} ${entityName(ctx, g.target(id))}`,
  );
}

export function renderDispute(ctx: AppContext, d: DisputeView, open: OpenArticle): HTMLElement {
  const relations = disputedRelations(ctx, d.id);
  return h(
    "section",
    { testid: "dispute-view", class: "dispute-view", "aria-label": "Dispute" },
    h("p", { class: "kicker" }, "Sources disagree"),
    h("h2", { class: "question" }, d.question),
    h(
      "ol",
      { class: "claims side-by-side" },
      ...d.claims.map((c, i) =>
        h(
          "li",
          { class: "claim", testid: "dispute-claim" },
          h("p", { class: "claim-position" }, h("strong", {}, `Claim ${String.fromCharCode(65 + i)}: `), c.position),
          h("ul", { class: "evidence-list compact" }, ...c.evidence.map((e) => evidenceItem(ctx, e, open, "dispute"))),
        ),
      ),
    ),
    relations.length
      ? h(
          "div",
          { class: "relation-links" },
          h("h3", {}, "Relations it bears on"),
          ...relations.map((id) => relationLink(ctx, id)),
        )
      : null,
  );
}

/** One of a relation's disputes: its question, and a link that opens the dispute on its own. */
export function disputeSummary(ctx: AppContext, d: DisputeView): HTMLElement {
  return h(
    "section",
    { testid: "dispute", class: "dispute" },
    h("p", { class: "question" }, d.question),
    h(
      "button",
      { type: "button", class: "small", testid: "open-dispute", onclick: () => ctx.select(disputeSelection(d.id)) },
      `Open this dispute (${d.claims.length} claims side by side)`,
    ),
  );
}

/** Loads nothing: disputes come with the catalog. An unknown id says so. */
export function showDispute(ctx: AppContext, host: HTMLElement, id: string, open: OpenArticle): void {
  const d = ctx.catalog.disputes.get(id);
  host.replaceChildren(
    d ? renderDispute(ctx, d, open) : h("p", { class: "error", role: "alert" }, `No dispute “${id}” in this graph.`),
  );
}
