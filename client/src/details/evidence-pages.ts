// A relation's evidence a page at a time: the first page comes with the relation, "Show more"
// asks /api/relations/:id/evidence for the next one. Sentences and imported event rows alike.

import type { EvidencePage, Evidence } from "../../../graph-schema/index.js";
import type { AppContext } from "../app-context.js";
import { ApiError, api } from "../api/client.js";
import { h } from "../ui/dom.js";
import { evidenceItem, type OpenArticle } from "./evidence.js";
import { eventEvidenceItem } from "./event-evidence.js";

export const EVIDENCE_PAGE_SIZE = 20;

function item(ctx: AppContext, e: Evidence, open: OpenArticle): HTMLElement {
  return e.event ? eventEvidenceItem(e.event) : evidenceItem(ctx, e, open);
}

export function evidenceSection(
  ctx: AppContext,
  relationId: string,
  first: EvidencePage,
  open: OpenArticle,
): HTMLElement {
  const list = h("ol", { class: "evidence-list" }, ...first.items.map((e) => item(ctx, e, open)));
  let shown = first.items.length;
  const count = h("span", { class: "note", testid: "evidence-shown" });
  const more = h("button", { type: "button", class: "small", testid: "evidence-more" }, "Show more");
  const update = () => {
    count.textContent =
      shown < first.total ? `${shown.toLocaleString("en")} of ${first.total.toLocaleString("en")} shown` : "";
    more.hidden = shown >= first.total;
  };
  more.addEventListener("click", async () => {
    more.disabled = true;
    try {
      const page = await api.evidence(relationId, EVIDENCE_PAGE_SIZE, shown);
      list.append(...page.items.map((e) => item(ctx, e, open)));
      shown += page.items.length;
      // An empty page means the relation lost evidence meanwhile: stop offering more.
      if (page.items.length === 0) shown = first.total;
    } catch (error) {
      count.textContent = `Could not load more: ${error instanceof ApiError ? error.message : String(error)}`;
      more.disabled = false;
      return;
    }
    more.disabled = false;
    update();
  });
  update();
  return h(
    "div",
    { class: "evidence-pages" },
    h("h3", {}, `Evidence (${first.total.toLocaleString("en")})`),
    list,
    h("div", { class: "row" }, more, count),
  );
}
