// A dispute: the question the sources disagree on and each side's claim with its evidence.

import type { AppContext } from "../app-context.js";
import type { DisputeView } from "../api/schemas.js";
import { h } from "../ui/dom.js";
import { evidenceItem, type OpenArticle } from "./evidence.js";

export function disputeView(ctx: AppContext, d: DisputeView, open: OpenArticle): HTMLElement {
  return h(
    "section",
    { testid: "dispute", class: "dispute", "aria-label": "Dispute" },
    h("h3", {}, "Sources disagree"),
    h("p", { class: "question" }, d.question),
    h(
      "ol",
      { class: "claims" },
      ...d.claims.map((c, i) =>
        h(
          "li",
          { class: "claim" },
          h("p", { class: "claim-position" }, h("strong", {}, `Claim ${String.fromCharCode(65 + i)}: `), c.position),
          h("ul", { class: "evidence-list compact" }, ...c.evidence.map((e) => evidenceItem(ctx, e, open, "dispute"))),
        ),
      ),
    ),
  );
}
