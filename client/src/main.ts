// Entry point of the explorer: restores the view from the URL, loads the graph and reference
// data, mounts every panel, wires sigma's events to the view state, and exposes the test hooks.

import { createStore } from "./state/store.js";
import { decodeViewState } from "./state/url-state.js";
import { FILTER_KEYS, hasAnyFilter, pairSelection, parseSelection, type ViewState } from "./state/view-state.js";
import { Catalog } from "./state/catalog.js";
import { GraphController } from "./graph/controller.js";
import { allInView, fitNodes, flyToNode, resetCamera, zoom } from "./graph/camera.js";
import { installHooks, type Timings } from "./hooks.js";
import { byTestId, debounce } from "./ui/dom.js";
import { createStatusLine } from "./ui/status.js";
import { installKeyboard } from "./ui/keyboard.js";
import type { AppContext } from "./app-context.js";
import { createEntityCombobox } from "./search/combobox.js";
import { mountAnalysis } from "./analysis/panel.js";
import { mountLegend } from "./appearance/legend.js";
import { mountFilters, resetFilters } from "./filters/panel.js";
import { mountDetails } from "./details/panel.js";
import { mountPaths } from "./paths/panel.js";
import { mountCypherConsole } from "./cypher/console.js";
import { mountIngest } from "./ingest/panel.js";
import { mountShareAndExport } from "./share/export.js";
import { syncUrl } from "./share/url-sync.js";
import { applyViewState } from "./share/history-navigation.js";
import { ApiError } from "./api/client.js";
import { EXPAND_CAP } from "./details/entity-view.js";
import { mountHelp } from "./ui/help.js";
import { installGraphWalk } from "./graph/keyboard-walk.js";
import { mountViewToggle } from "./overview/view-toggle.js";
import { overviewNotice } from "./overview/actors-overview.js";
import { OVERVIEW_FILTER_FIELDS } from "../../graph-schema/index.js";

const timings: Timings = {};
const store = createStore<ViewState>(decodeViewState(window.location.search));
let markReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => (markReady = resolve));
const attachHooks = installHooks(store, ready, timings);

const status = createStatusLine(byTestId(document, "status"));
status.show("Loading the graph…", "loading");
const graph = new GraphController(byTestId(document, "graph"), store);
attachHooks(graph);
const catalog = new Catalog();
const url = syncUrl(store, (state) =>
  applyViewState(
    ctx,
    {
      showPath: (path) => paths.show(path),
      showQueryGraph: () => {
        store.set({ qgraph: true });
        void cypher.restore();
      },
      clearQueryGraph: () => cypher.clearGraph(),
    },
    state,
  ),
);

const ctx: AppContext = {
  store,
  graph,
  catalog,
  status,
  select(sel, opts = {}) {
    store.set({ sel });
    const s = parseSelection(sel);
    if (s?.kind === "entity") {
      if (graph.shown.hasNode(s.id)) {
        if (opts.fly) flyToNode(graph.renderer, s.id);
      } else if (!graph.showingQuery) {
        // Not in the overview (a limited one): fetch its neighbourhood first.
        void graph.expand(s.id, EXPAND_CAP).then(() => {
          if (store.get().sel === s.id) flyToNode(graph.renderer, s.id);
        });
      }
    } else if ((s?.kind === "relation" || s?.kind === "pair") && graph.shown.hasEdge(s.id)) {
      // Both ends in view: the other end is the point of looking at a relation.
      const ends = graph.shown.extremities(s.id);
      if (opts.fly || !allInView(graph.renderer, ends)) fitNodes(graph.renderer, ends);
    }
  },
  async reload() {
    await Promise.all([catalog.load(), graph.load(store.get())]);
    filters.refresh();
    // What the side panel says (the storyline's counts, a selection's relations) is redrawn from the new data.
    details.rerender();
    void graph.startLayout();
  },
  showDetails: (tab) => details.activate(tab),
};

// Panels.
const search = createEntityCombobox({
  testid: "search-input",
  label: "Search entities by name or alias",
  placeholder: "Search names and aliases…  ( / )",
  onChoose: (option) => ctx.select(option.id, { fly: true }),
});
document.getElementById("search-section")!.append(search.element);
mountAnalysis(ctx, document.getElementById("appearance-section")!);
mountLegend(ctx, document.getElementById("legend-section")!);
const filtersSection = document.getElementById("filters-section")!;
const filters = mountFilters(ctx, filtersSection);
const details = mountDetails(ctx, byTestId(document, "details"));
const paths = mountPaths(ctx, document.getElementById("paths-section")!, details);
const queryBanner = document.getElementById("query-banner")!;
const cypher = mountCypherConsole(ctx, document.getElementById("cypher-dock")!, queryBanner);
mountIngest(ctx, byTestId<HTMLButtonElement>(document, "add-article"));
mountShareAndExport(ctx, url.flush, document);
mountViewToggle(ctx, document.getElementById("graph-summary")!);
const showHelp = mountHelp(document.getElementById("help-button") as HTMLButtonElement);
installGraphWalk(ctx, document.getElementById("graph-region")!, document.getElementById("graph-announcer")!);

// Graph interaction.
const container = byTestId(document, "graph");
const saveCamera = debounce(() => {
  const camera = graph.renderer.getCamera();
  // Mid-animation states are not views anyone chose; the animation's last frame saves its end.
  if (camera.isAnimated()) return;
  const { x, y, ratio } = camera.getState();
  store.set({ cam: { x, y, ratio } });
}, 300);
const renderer = graph.renderer;
renderer.on("clickNode", ({ node }) => ctx.select(node));
renderer.on("clickEdge", ({ edge }) => ctx.select(graph.isPairEdge(edge) ? pairSelection(edge) : `e:${edge}`));
renderer.on("clickStage", () => {
  if (store.get().sel) ctx.select(null);
});
for (const event of ["enterNode", "enterEdge"] as const) renderer.on(event, () => container.classList.add("pointer"));
for (const event of ["leaveNode", "leaveEdge"] as const)
  renderer.on(event, () => container.classList.remove("pointer"));
renderer.getCamera().on("updated", saveCamera);
document.getElementById("zoom-in")!.addEventListener("click", () => zoom(graph.renderer, "in"));
document.getElementById("zoom-out")!.addEventListener("click", () => zoom(graph.renderer, "out"));
document.getElementById("zoom-reset")!.addEventListener("click", () => resetCamera(graph.renderer));

const VIEW_KEYS: (keyof ViewState)[] = ["sel", ...FILTER_KEYS, "colour", "size"];
store.subscribe((state, previous) => {
  if (VIEW_KEYS.some((k) => !Object.is(state[k], previous[k]))) graph.refresh();
});

// The overview is filtered by the server: a change to one of its filters asks it again (once the user pauses).
const reloadActors = debounce(() => {
  graph
    .reloadActors()
    .then(() => {
      filters.refresh();
      // The storyline's counts and a selected pair's tallies change with the filters.
      details.rerender();
    })
    .catch((error: unknown) => status.show(`Could not load the overview: ${String(error)}`, "error"));
}, 300);
store.subscribe((state, previous) => {
  if (document.body.dataset.state !== "ready") return;
  if (state.view !== previous.view) void ctx.reload();
  else if (graph.drawnView === "overview" && OVERVIEW_FILTER_FIELDS.some((k) => !Object.is(state[k], previous[k])))
    reloadActors();
});

/** Header summary and status line: what is shown, and what to do when nothing is. */
function describeView(): void {
  const summary = document.getElementById("graph-summary")!;
  const g = graph.shown;
  const v = graph.visibility;
  const s = store.get();
  const actors = graph.showingQuery ? null : graph.actorsOverview;
  summary.textContent = graph.showingQuery
    ? `Query result: ${g.order} nodes · ${g.size} relationships`
    : actors
      ? `Actors overview: ${(actors.totalEntities - actors.omittedEntities).toLocaleString("en")} of ${actors.totalEntities.toLocaleString("en")} actors · ${actors.shownRelations.toLocaleString("en")} of ${actors.totalRelations.toLocaleString("en")} relations`
      : v.nodes.size === g.order && v.edges.size === g.size
        ? `${g.order} entities · ${g.size} relations · ${catalog.articles.size} articles · ${catalog.disputes.size} disputes`
        : `Showing ${v.nodes.size} of ${g.order} entities · ${v.edges.size} of ${g.size} relations`;
  if (document.body.dataset.state !== "ready") return;
  if (!graph.showingQuery && g.order === 0)
    status.show("The graph is empty: load data on the server (actorgraph load).", "empty");
  else if (!graph.showingQuery && v.edges.size === 0 && hasAnyFilter(s))
    status.show("No relations match these filters —", "empty", {
      label: "reset filters",
      run: () => resetFilters(ctx),
    });
  else if (actors) {
    const notice = overviewNotice(actors);
    if (notice) status.show(notice, "info");
    else status.clear();
  }
  // The notice counts what the overview left out: once expansions add entities, it is out of date.
  else if (!graph.showingQuery && graph.overviewInfo.truncated && g.order <= s.limit)
    status.show(
      `Overview limited to ${s.limit.toLocaleString("en")} entities: ${graph.overviewInfo.omittedEntities.toLocaleString("en")} more not shown. Search or expand to bring them in.`,
      "info",
    );
  else status.clear();
}
graph.onChange(describeView);

installKeyboard({
  focusSearch: () => search.focus(),
  escape: () => {
    if (details && store.get().sel) ctx.select(null);
    else if (graph.showingQuery) cypher.clearGraph();
    else if (store.get().path) {
      store.set({ path: null });
      graph.setHighlight(null);
      details.setFallback(null);
    } else graph.setHighlight(null);
    details.activate("selection");
  },
  zoomIn: () => zoom(graph.renderer, "in"),
  zoomOut: () => zoom(graph.renderer, "out"),
  resetCamera: () => resetCamera(graph.renderer),
  toggleFilters: () => {
    filtersSection.hidden = !filtersSection.hidden;
    if (!filtersSection.hidden) filtersSection.scrollIntoView({ block: "nearest" });
  },
  showHelp,
});

async function boot(): Promise<void> {
  const initial = store.get();
  await Promise.all([catalog.load(), graph.load(initial)]);
  // performance.now() counts from navigation start, so these marks include fetching the bundle.
  timings.loadMs = Math.round(performance.now());
  for (const id of initial.expanded) await graph.expand(id, EXPAND_CAP).catch(() => undefined);
  filters.refresh();
  if (initial.cam) graph.renderer.getCamera().setState(initial.cam);
  graph.renderer.refresh();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  timings.firstRenderMs = Math.round(performance.now());
  document.body.dataset.state = "ready";
  details.rerender();
  describeView();
  void graph.startLayout().then(({ ms }) => (timings.layoutMs = ms));
  const sel = parseSelection(initial.sel);
  if (sel?.kind === "entity" && !graph.data.hasNode(sel.id)) ctx.select(sel.id);
  paths.show(initial.path);
  markReady();
  void cypher.restore();
}

boot().catch((error: unknown) => {
  document.body.dataset.state = "error";
  const message =
    error instanceof ApiError ? `${error.message}${error.status ? ` (HTTP ${error.status})` : ""}` : String(error);
  status.show(`Could not load the graph: ${message}.`, "error", {
    label: "Retry",
    run: () => window.location.reload(),
  });
  markReady();
});
