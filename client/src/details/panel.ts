// The right-hand panel: a "Selection" tab (entity details, relation evidence, a dispute, a path,
// or the overview) and an "Article" tab with the article text and the evidence sentence marked.

import type { AppContext } from "../app-context.js";
import { parseSelection } from "../state/view-state.js";
import { h } from "../ui/dom.js";
import { createTabs } from "../ui/tabs.js";
import { renderArticle } from "./article-view.js";
import { showEntity } from "./entity-view.js";
import type { OpenArticle } from "./evidence.js";
import { renderOverview } from "./overview.js";
import { showRelation } from "./relation-view.js";
import { showDispute } from "./dispute-view.js";
import { showPair } from "../overview/pair-view.js";

export interface DetailsPanel {
  openArticle: OpenArticle;
  activate(tab: "selection" | "article"): void;
  /** Shown in the Selection tab when nothing is selected (e.g. a path result); null removes it. */
  setFallback(render: (() => HTMLElement) | null): void;
  rerender(): void;
}

export function mountDetails(ctx: AppContext, aside: HTMLElement): DetailsPanel {
  const tabs = createTabs("details", "Details", [
    { key: "selection", title: "Selection" },
    { key: "article", title: "Article" },
  ]);
  aside.append(tabs.element);
  const selectionHost = tabs.panel("selection");
  const articleHost = tabs.panel("article");
  articleHost.append(h("p", { class: "hint" }, "Open an article from an evidence sentence to read it here."));
  let fallback: (() => HTMLElement) | null = null;
  let shown: string | null | undefined;

  const openArticle: OpenArticle = (id, span) => {
    tabs.activate("article");
    void renderArticle(ctx, articleHost, id, span, () => tabs.activate("selection"));
  };

  const render = (force = false) => {
    const sel = ctx.store.get().sel;
    if (!force && sel === shown) return;
    shown = sel;
    const s = parseSelection(sel);
    tabs.activate("selection");
    if (s?.kind === "entity") void showEntity(ctx, selectionHost, s.id);
    else if (s?.kind === "relation") void showRelation(ctx, selectionHost, s.id, openArticle);
    else if (s?.kind === "dispute") showDispute(ctx, selectionHost, s.id, openArticle);
    else if (s?.kind === "pair") showPair(ctx, selectionHost, s.id);
    else selectionHost.replaceChildren(fallback ? fallback() : renderOverview(ctx));
    selectionHost.scrollTop = 0;
  };

  ctx.store.subscribe((state, previous) => {
    if (state.sel !== previous.sel) render();
  });
  return {
    openArticle,
    activate: (tab) => tabs.activate(tab),
    setFallback(r) {
      fallback = r;
      if (!ctx.store.get().sel) render(true);
    },
    rerender: () => render(true),
  };
}
