// Shortest paths between two entities: two autocompletes, the path(s) highlighted on the graph,
// and each hop's relation with its evidence in the side panel.

import { formatPartialDate } from "../../../graph-schema/index.js";
import type { AppContext } from "../app-context.js";
import { entityName } from "../app-context.js";
import { ApiError, api } from "../api/client.js";
import type { PathsResult } from "../api/schemas.js";
import type { DetailsPanel } from "../details/panel.js";
import { evidenceItem } from "../details/evidence.js";
import { relationHeading } from "../details/relation-view.js";
import { createEntityCombobox } from "../search/combobox.js";
import { formatSearchOption } from "../search/options.js";
import { overviewFilters } from "../overview/actors-overview.js";
import { FILTER_KEYS, relationSelection } from "../state/view-state.js";
import { h } from "../ui/dom.js";

function hopView(
  ctx: AppContext,
  details: DetailsPanel,
  result: PathsResult,
  relationId: string,
  index: number,
): HTMLElement {
  const edge = result.graph.edges.find((e) => e.key === relationId);
  if (!edge) return h("li", { testid: "path-hop" }, `relation ${relationId}`);
  const a = edge.attributes;
  return h(
    "li",
    { testid: "path-hop", class: "path-hop", "data-relation": relationId },
    h("p", { class: "hop-number" }, `Hop ${index + 1}`),
    relationHeading(ctx, { type: a.relationType, source: edge.source, target: edge.target }),
    h(
      "p",
      { class: "meta" },
      `${a.date ? formatPartialDate(a.date) : "undated"} · confidence ${a.confidence.toFixed(2)} `,
      h(
        "button",
        { type: "button", class: "link", onclick: () => ctx.select(relationSelection(relationId)) },
        "full evidence",
      ),
    ),
    h(
      "ul",
      { class: "evidence-list compact" },
      ...a.evidence.map((e) => evidenceItem(ctx, e, details.openArticle, "path")),
    ),
  );
}

function resultView(ctx: AppContext, details: DetailsPanel, result: PathsResult, clear: () => void): HTMLElement {
  const from = entityName(ctx, result.from);
  const to = entityName(ctx, result.to);
  if (result.paths.length === 0) {
    return h(
      "section",
      { testid: "path-result", class: "path-result" },
      h("h2", {}, `${from} → ${to}`),
      h("p", { class: "empty" }, "No path of up to 4 hops links these two entities."),
      h("button", { type: "button", class: "small", onclick: clear }, "Clear path"),
    );
  }
  return h(
    "section",
    { testid: "path-result", class: "path-result" },
    h("p", { class: "kicker" }, `Shortest path${result.paths.length > 1 ? "s" : ""}`),
    h("h2", {}, `${from} → ${to}`),
    h(
      "p",
      {},
      `${result.paths.length} path${result.paths.length > 1 ? "s" : ""} of ${result.length} hop${result.length === 1 ? "" : "s"}. `,
      h("button", { type: "button", class: "link", onclick: clear }, "Clear path"),
    ),
    ...result.paths.map((p, i) =>
      h(
        "section",
        { class: "path" },
        h("h3", {}, `Path ${i + 1}: ${p.entities.map((id) => entityName(ctx, id)).join(" → ")}`),
        h("ol", { class: "hops" }, ...p.relations.map((rid, j) => hopView(ctx, details, result, rid, j))),
      ),
    ),
  );
}

/** The API applies every filter but "disputed only" and "undated shown": say when those hide a hop. */
function hiddenNote(ctx: AppContext, edges: readonly string[]): string {
  const hidden = edges.filter((id) => !ctx.graph.visibility.edges.has(id)).length;
  return hidden ? ` — ${hidden} hop(s) hidden by the disputed or undated filters` : "";
}

export interface PathsPanel {
  /** Shows the paths between two entities (as if chosen in the panel), or clears them. */
  show(path: [string, string] | null): void;
}

export function mountPaths(ctx: AppContext, section: HTMLElement, details: DetailsPanel): PathsPanel {
  const fromBox = createEntityCombobox({
    testid: "path-from",
    label: "Path from",
    placeholder: "From entity…",
    onChoose: () => undefined,
  });
  const toBox = createEntityCombobox({
    testid: "path-to",
    label: "Path to",
    placeholder: "To entity…",
    onChoose: () => undefined,
  });
  const find = h("button", { type: "button", testid: "path-find", class: "small" }, "Find paths");
  const message = h("p", { class: "hint", "aria-live": "polite" });
  section.append(fromBox.element, toBox.element, h("div", { class: "row" }, find, message));

  const clear = () => {
    ctx.store.set({ path: null });
    ctx.graph.setHighlight(null);
    details.setFallback(null);
    message.textContent = "";
  };

  const run = async (from: string, to: string) => {
    // Paths go only through what the filters show; the API reads an empty list as "all", the
    // explorer as "none shown".
    const filters = overviewFilters(ctx.store.get());
    const unticked = ([filters.relationTypes, filters.entityTypes, filters.sources] as const).some(
      (list) => list?.length === 0,
    );
    if (unticked) {
      ctx.graph.setHighlight(null);
      message.textContent = "A filter shows nothing (no type or source ticked): there is no path to show.";
      return;
    }
    const filtered = Object.values(filters).some((v) => v != null);
    message.textContent = "Searching…";
    try {
      const result = await api.paths(from, to, filters);
      ctx.graph.merge(result.graph, from);
      const nodes = new Set(result.paths.flatMap((p) => p.entities));
      const edges = result.paths.flatMap((p) => p.relations);
      ctx.graph.setHighlight(edges.length ? { nodes: [...nodes], edges, primary: [from, to] } : null);
      message.textContent = result.paths.length
        ? `${result.paths.length} path(s), ${result.length} hop(s)${hiddenNote(ctx, edges)}`
        : filtered
          ? "No path through what the filters show"
          : "No path found";
      if (ctx.store.get().sel) ctx.select(null);
      details.setFallback(() => resultView(ctx, details, result, clear));
    } catch (error) {
      message.textContent = `Path search failed: ${error instanceof ApiError ? error.message : String(error)}`;
    }
  };

  find.addEventListener("click", () => {
    const from = fromBox.chosen()?.id;
    const to = toBox.chosen()?.id;
    if (!from || !to) {
      message.textContent = "Pick both entities from the suggestions first.";
      return;
    }
    ctx.store.set({ path: [from, to] });
    void run(from, to);
  });

  // A path shown follows the filters: changing one asks again.
  ctx.store.subscribe((state, previous) => {
    if (state.path && FILTER_KEYS.some((k) => state[k] !== previous[k])) void run(state.path[0], state.path[1]);
  });

  return {
    show(path) {
      if (!path) {
        if (ctx.store.get().path) clear();
        return;
      }
      ctx.store.set({ path });
      const [from, to] = path;
      for (const [box, id] of [
        [fromBox, from],
        [toBox, to],
      ] as const) {
        const g = ctx.graph.data;
        const attrs = g.hasNode(id) ? g.getNodeAttributes(id) : null;
        box.setChosen(
          formatSearchOption({ id, name: attrs?.label ?? id, type: attrs?.entityType ?? "Person", aliases: [] }, ""),
        );
      }
      void run(from, to);
    },
  };
}
