// One article's text with an evidence sentence marked and scrolled into view, and the
// article's provenance (outlet, date or inferred date range, curator's note).

import type { AppContext } from "../app-context.js";
import { ApiError } from "../api/client.js";
import { articleDateText, outletText } from "../state/catalog.js";
import { h } from "../ui/dom.js";
import { segmentText } from "../ui/text-segments.js";

export async function renderArticle(
  ctx: AppContext,
  host: HTMLElement,
  articleId: string,
  highlight: { start: number; end: number } | null,
  back: () => void,
): Promise<void> {
  host.replaceChildren(h("p", { class: "loading" }, "Loading the article…"));
  try {
    const article = await ctx.catalog.articleText(articleId);
    const body = h("div", { class: "article-text" });
    const spans = highlight ? [{ ...highlight, kind: "evidence" }] : [];
    let mark: HTMLElement | null = null;
    for (const seg of segmentText(article.text, spans)) {
      if (seg.spans.length === 0) body.append(seg.text);
      else {
        mark = h("mark", { testid: "article-highlight" }, seg.text);
        body.append(mark);
      }
    }
    const meta = [outletText(article), articleDateText(article), article.language.toUpperCase()];
    host.replaceChildren(
      h(
        "article",
        { testid: "article-view", class: "article-view", "aria-label": article.title },
        h("button", { type: "button", class: "link back", onclick: back }, "← Back to the evidence"),
        h("h3", {}, article.title),
        h("p", { class: "meta" }, meta.join(" · ")),
        article.publishedRange || article.note
          ? h(
              "details",
              { class: "provenance" },
              h("summary", {}, "Provenance: how the date was inferred, curator's note"),
              article.publishedRange ? h("p", { class: "hint" }, `Date range: ${article.publishedRange.basis}`) : null,
            )
          : null,
        article.derivedFrom
          ? h(
              "p",
              { class: "warning" },
              `Rewrites ${ctx.catalog.title(article.derivedFrom.article)}: not an independent source.`,
            )
          : null,
        article.url
          ? h("p", {}, h("a", { href: article.url, target: "_blank", rel: "noopener noreferrer" }, "Original"))
          : null,
        body,
      ),
    );
    mark?.scrollIntoView({ block: "center" });
  } catch (error) {
    host.replaceChildren(
      h(
        "p",
        { class: "error", role: "alert" },
        `Could not load the article: ${error instanceof ApiError ? error.message : String(error)}`,
      ),
    );
  }
}
