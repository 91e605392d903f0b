// Evidence items: each supporting sentence with the article it comes from (title, outlet,
// date or range), a button that opens the article with that sentence marked, and, for an
// extracted relation, the extractor, version and rule that found it.

import type { Evidence } from "../../../graph-schema/index.js";
import type { AppContext } from "../app-context.js";
import { articleDateText, outletText } from "../state/catalog.js";
import { h } from "../ui/dom.js";

export type OpenArticle = (articleId: string, span: { start: number; end: number }) => void;

/** Evidence shown in a dispute or a path gets prefixed test ids: a relation's own evidence stays countable. */
export function evidenceItem(
  ctx: AppContext,
  e: Evidence,
  open: OpenArticle,
  role: "relation" | "dispute" | "path" = "relation",
): HTMLElement {
  const id = (name: string) => (role === "relation" ? name : `${role}-${name}`);
  const meta = ctx.catalog.articles.get(e.article);
  const articleText = meta ? `${meta.title} · ${outletText(meta)} · ${articleDateText(meta)}` : `article ${e.article}`;
  return h(
    "li",
    { testid: id("evidence-item"), class: "evidence-item" },
    h("blockquote", { testid: id("evidence-sentence") }, e.sentence),
    h(
      "div",
      { class: "evidence-source" },
      h("span", { testid: id("evidence-article"), class: "evidence-article" }, articleText),
      h(
        "button",
        {
          type: "button",
          class: "small",
          testid: id("open-article"),
          onclick: () => open(e.article, { start: e.start, end: e.end }),
          title: "Read the article with this sentence marked",
        },
        "Open article",
      ),
    ),
    ...(e.provenance
      ? [
          h(
            "div",
            {
              testid: id("evidence-provenance"),
              class: "evidence-provenance",
              title: "The extractor, its version and the rule that found this relation in the sentence",
            },
            `extracted by ${e.provenance.extractor} ${e.provenance.version}, rule ${e.provenance.rule}`,
          ),
        ]
      : []),
  );
}
