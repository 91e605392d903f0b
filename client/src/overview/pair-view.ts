// The details of an overview pair edge: the pair's counts per relation type, the balance of
// cooperation and conflict, the first and last date, and the relations behind the edge a page
// at a time, each opening into the relation view. Every number is the server's.

import {
  formatPartialDate,
  isRelationType,
  pairEdgeLabel,
  relationTypeDef,
  type PairEdgeAttributes,
  relationTypeWords,
} from "../../../graph-schema/index.js";
import type { AppContext } from "../app-context.js";
import { entityName } from "../app-context.js";
import { ApiError, api } from "../api/client.js";
import type { RelationView } from "../api/schemas.js";
import { familyColour } from "../appearance/palette.js";
import { relationSelection } from "../state/view-state.js";
import { h } from "../ui/dom.js";
import { isPairEdge } from "./actors-overview.js";
import { mountPager } from "./pager.js";

export const PAIR_PAGE_SIZE = 20;

/** The two actors of a pair edge: its ends when drawn, else the two halves of its key. */
function actorsOf(ctx: AppContext, key: string): [string, string] | null {
  if (ctx.graph.shown.hasEdge(key)) return ctx.graph.shown.extremities(key);
  const parts = key.split("~");
  return parts.length === 2 ? [parts[0]!, parts[1]!] : null;
}

function actorButton(ctx: AppContext, id: string): HTMLElement {
  return h(
    "button",
    { type: "button", class: "link entity-link", onclick: () => ctx.select(id, { fly: true }) },
    entityName(ctx, id),
  );
}

/** The share of cooperation and of conflict reports as a two-coloured bar, with the numbers in words. */
export function balanceBar(a: Pick<PairEdgeAttributes, "cooperation" | "conflict" | "balance">): HTMLElement {
  const total = a.cooperation + a.conflict;
  const share = total === 0 ? 0 : (100 * a.cooperation) / total;
  const words = `${a.cooperation.toLocaleString("en")} cooperation · ${a.conflict.toLocaleString("en")} conflict reports (balance ${a.balance >= 0 ? "+" : ""}${a.balance.toFixed(2)})`;
  return h(
    "div",
    { class: "pair-balance", testid: "pair-balance" },
    h(
      "div",
      { class: "balance-bar", role: "img", "aria-label": words },
      h("span", {
        class: "cooperation",
        style: `width:${share}%;background:${familyColour("material-cooperation")}`,
      }),
      h("span", {
        class: "conflict",
        style: `width:${total === 0 ? 0 : 100 - share}%;background:${familyColour("material-conflict")}`,
      }),
    ),
    h("p", { class: "note" }, words),
  );
}

function typeTable(byType: PairEdgeAttributes["byType"]): HTMLElement {
  const rows = Object.entries(byType).sort((x, y) => y[1].events - x[1].events || x[0].localeCompare(y[0]));
  return h(
    "table",
    { class: "pair-types", testid: "pair-types" },
    h("thead", {}, h("tr", {}, h("th", {}, "Type"), h("th", {}, "Relations"), h("th", {}, "Reports"))),
    h(
      "tbody",
      {},
      ...rows.map(([type, tally]) =>
        h(
          "tr",
          { testid: "pair-type-row" },
          h(
            "td",
            {},
            isRelationType(type)
              ? h("span", { class: "swatch", style: `background:${familyColour(relationTypeDef(type).family)}` })
              : null,
            ` ${relationTypeWords(type)}`,
          ),
          h("td", { class: "num" }, tally.relations.toLocaleString("en")),
          h("td", { class: "num" }, tally.events.toLocaleString("en")),
        ),
      ),
    ),
  );
}

function relationItem(ctx: AppContext, r: RelationView): HTMLElement {
  const arrow = relationTypeDef(r.type).directed ? "→" : "↔";
  const when = r.date ? formatPartialDate(r.date) : "undated";
  return h(
    "li",
    { testid: "pair-relation" },
    h(
      "button",
      { type: "button", class: "link", onclick: () => ctx.select(relationSelection(r.id)) },
      `${entityName(ctx, r.source)} ${arrow} ${relationTypeWords(r.type)} ${arrow} ${entityName(ctx, r.target)}`,
    ),
    h(
      "span",
      { class: "note" },
      ` ${when} · ${r.evidence.length.toLocaleString("en")} report${r.evidence.length === 1 ? "" : "s"}`,
    ),
  );
}

function pairSummary(a: PairEdgeAttributes): HTMLElement[] {
  const date = (d: string | null) => (d ? formatPartialDate(d) : "undated");
  return [
    h("p", { class: "meaning", testid: "pair-counts" }, pairEdgeLabel(a.relations, a.events)),
    balanceBar(a),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "First"),
      h("dd", { testid: "pair-first" }, date(a.firstDate)),
      h("dt", {}, "Last"),
      h("dd", { testid: "pair-last" }, date(a.lastDate)),
    ),
    h("h3", {}, "By type"),
    typeTable(a.byType),
  ];
}

/** Renders the pair edge `key` (graph-schema's pairKey) into the details panel. */
export function showPair(ctx: AppContext, host: HTMLElement, key: string): void {
  const actors = actorsOf(ctx, key);
  if (!actors) {
    host.replaceChildren(h("p", { class: "error", role: "alert" }, `Not an actor pair: ${key}`));
    return;
  }
  const [a, b] = actors;
  const g = ctx.graph.shown;
  const attributes = g.hasEdge(key) ? g.getEdgeAttributes(key) : null;
  const list = h("ol", { class: "pair-relations", testid: "pair-relations" });
  const pager = mountPager({
    testid: "pair",
    pageSize: PAIR_PAGE_SIZE,
    noun: "relations",
    load: (offset) => api.relations({ entity: a, other: b, limit: PAIR_PAGE_SIZE, offset }),
    render: (page) => list.replaceChildren(...page.items.map((r) => relationItem(ctx, r))),
    stillWanted: () => ctx.store.get().sel === `p:${key}`,
    failed: (error) =>
      list.replaceChildren(
        h("li", { class: "error", role: "alert" }, error instanceof ApiError ? error.message : String(error)),
      ),
  });
  host.replaceChildren(
    h(
      "section",
      { testid: "pair-details", class: "pair-details", "aria-label": "Actor pair" },
      h("p", { class: "kicker" }, "Actor pair"),
      h(
        "p",
        { class: "relation-line" },
        actorButton(ctx, a),
        h("span", { class: "rel-type" }, "↔"),
        actorButton(ctx, b),
      ),
      ...(attributes && isPairEdge(attributes) ? pairSummary(attributes) : []),
      h("h3", {}, "Relations behind this edge"),
      list,
      pager.element,
    ),
  );
  void pager.go(0);
}
