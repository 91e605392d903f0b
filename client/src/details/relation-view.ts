// The evidence panel of one relation: what, who, when (and how the date was worked out),
// how sure, which CAMEO event, how many independent sources, the dispute if any, and every
// supporting sentence.

import { relationTypeDef, relationTypeWords, formatPartialDate } from "../../../graph-schema/index.js";
import type { AppContext } from "../app-context.js";
import { entityName } from "../app-context.js";
import { ApiError, api } from "../api/client.js";
import type { RelationView } from "../api/schemas.js";
import { familyColour } from "../appearance/palette.js";
import { h } from "../ui/dom.js";
import { describeSourceCount, sourceCountOf } from "./independent-sources.js";
import type { OpenArticle } from "./evidence.js";
import { EVIDENCE_PAGE_SIZE, evidenceSection } from "./evidence-pages.js";
import type { EvidencePage } from "../../../graph-schema/index.js";
import { disputeSummary } from "./dispute-view.js";

function fact(term: string, ...value: (Node | string | null)[]): HTMLElement[] {
  return [h("dt", {}, term), h("dd", {}, ...value)];
}

export function relationHeading(ctx: AppContext, r: Pick<RelationView, "type" | "source" | "target">): HTMLElement {
  const def = relationTypeDef(r.type);
  return h(
    "p",
    { class: "relation-line" },
    h(
      "button",
      { type: "button", class: "link entity-link", onclick: () => ctx.select(r.source, { fly: true }) },
      entityName(ctx, r.source),
    ),
    h(
      "span",
      { class: "rel-type", style: `border-color:${familyColour(def.family)}` },
      `${def.directed ? "→" : "↔"} ${relationTypeWords(r.type)} ${def.directed ? "→" : "↔"}`,
    ),
    h(
      "button",
      { type: "button", class: "link entity-link", onclick: () => ctx.select(r.target, { fly: true }) },
      entityName(ctx, r.target),
    ),
  );
}

export function renderRelation(
  ctx: AppContext,
  r: RelationView,
  evidence: EvidencePage,
  open: OpenArticle,
): HTMLElement {
  const def = relationTypeDef(r.type);
  const count = sourceCountOf(r, [...ctx.catalog.articles.values()]);
  const dateText = r.date ? formatPartialDate(r.date) : "undated";
  const disputes = r.disputes.map((id) => ctx.catalog.disputes.get(id)).filter((d) => d !== undefined);
  return h(
    "section",
    { testid: "edge-details", class: "edge-details", "aria-label": "Relation evidence" },
    h("p", { class: "kicker" }, "Relation", r.disputed ? h("span", { class: "badge disputed" }, "disputed") : null),
    relationHeading(ctx, r),
    // Each dispute first, on its own line, so the reader sees which question is at stake and opens it.
    disputes.length
      ? h(
          "div",
          { class: "relation-disputes" },
          h("h3", {}, `Sources disagree (${disputes.length})`),
          ...disputes.map((d) => disputeSummary(ctx, d)),
        )
      : null,
    h("p", { class: "meaning" }, def.meaning),
    h(
      "dl",
      { class: "facts" },
      ...fact("Date", `${dateText} (${r.dateBasis})`, r.dateNote ? h("span", { class: "note" }, r.dateNote) : null),
      ...fact(
        "Confidence",
        h("meter", { min: 0, max: 1, value: r.confidence, "aria-label": "confidence" }),
        ` ${r.confidence.toFixed(2)}`,
      ),
      ...fact(
        "CAMEO",
        r.cameo ? `${r.cameo}${r.goldstein !== null ? ` · Goldstein ${r.goldstein}` : ""}` : "— (structural fact)",
      ),
      ...(r.place ? fact("Place", entityName(ctx, r.place)) : []),
      ...(r.topic ? fact("Topic", r.topic) : []),
      ...(r.role ? fact("Role", r.role) : []),
    ),
    h(
      "p",
      { testid: "independent-sources", class: count.independent < 2 ? "sources single" : "sources" },
      describeSourceCount(count, (id) => ctx.catalog.title(id)),
    ),
    evidenceSection(ctx, r.id, evidence, open),
  );
}

/** Loads the relation from the API (the graph's copy is the fallback) and renders it. */
export async function showRelation(ctx: AppContext, host: HTMLElement, id: string, open: OpenArticle): Promise<void> {
  host.replaceChildren(h("p", { class: "loading" }, "Loading the evidence…"));
  try {
    const [relation, evidence] = await Promise.all([api.relation(id), api.evidence(id, EVIDENCE_PAGE_SIZE, 0)]);
    if (ctx.store.get().sel !== `e:${id}`) return;
    host.replaceChildren(renderRelation(ctx, relation, evidence, open));
  } catch (error) {
    host.replaceChildren(
      h(
        "p",
        { class: "error", role: "alert" },
        `Could not load relation ${id}: ${error instanceof ApiError ? error.message : String(error)}`,
      ),
    );
  }
}
