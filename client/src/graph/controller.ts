// Owns the graph view: the data graph from the API, what sigma draws (the data, or a Cypher
// result graph), the scene derived from the view state, layout runs and the metrics of what is shown.

import type Sigma from "sigma";
import type { OverviewResponse, SerializedSubgraph } from "../../../graph-schema/index.js";
import { api } from "../api/client.js";
import {
  drawnViewFor,
  fillWithOverview,
  isPairEdge,
  overviewFilters,
  overviewLimit,
  pairWidth,
  type DrawnView,
} from "../overview/actors-overview.js";
import { asExplorerGraph, emptyGraph, mergeSubgraph, type DataGraph, type MergeResult } from "./model.js";
import { createRenderer } from "./renderer.js";
import type { DrawnLabel } from "./label-placement.js";
import {
  EDGE_LABEL_ZOOM,
  entityFocus,
  nodeColourer,
  nodeSizer,
  relationFocus,
  disputeFocus,
  type Focus,
  type Scene,
} from "./scene.js";
import { nodeSizeRange, renderTierFor, tierSettings, type RenderTier } from "./render-tier.js";
import { ViewCaches } from "./view-caches.js";
import type { Visibility } from "../filters/visibility.js";
import { parseSelection, type ViewState } from "../state/view-state.js";
import type { Store } from "../state/store.js";
import { initialPosition, initialRadius, positionNear } from "../layout/initial-positions.js";
import { communityStart } from "../layout/community-start.js";
import { runForceLayout, type LayoutRun } from "../layout/force-layout.js";
import { computeMetrics, type Metrics } from "../analysis/compute.js";

export interface Highlight {
  nodes: string[];
  edges: string[];
  primary: string[];
}

export interface ExpandResult extends MergeResult {
  omittedEntities: number;
}

export class GraphController {
  readonly data: DataGraph = emptyGraph();
  private queryGraph: DataGraph | null = null;
  private readonly sigma: Sigma;
  /** The entity labels the last frame drew (test hooks). */
  readonly drawnLabels: () => DrawnLabel[];
  private tier: RenderTier = "detailed";
  private scene: Scene;
  metrics: Metrics;
  private highlight: Highlight | null = null;
  private layout: LayoutRun | null = null;
  private layoutDone: Promise<{ ms: number }> = Promise.resolve({ ms: 0 });
  private readonly listeners = new Set<() => void>();
  overviewInfo = { truncated: false, omittedEntities: 0, omittedRelations: 0 };
  /** Whether the data graph holds the actors overview (pair edges) or relations one by one. */
  drawnView: DrawnView = "detail";
  /** The counts of the actors overview last drawn (null in the detailed view). */
  actorsOverview: OverviewResponse["attributes"] | null = null;
  /** Reports of the heaviest pair edge drawn, the reference of pair-edge widths. */
  private maxPairEvents = 0;
  private zoomedIn = false;
  private readonly caches = new ViewCaches();

  constructor(
    private readonly container: HTMLElement,
    private readonly store: Store<ViewState>,
  ) {
    this.metrics = computeMetrics(asExplorerGraph(this.data), { nodes: new Set(), edges: new Set() }, store.get());
    this.scene = this.buildScene();
    const { sigma, drawnLabels } = createRenderer(this.data, container, () => this.scene, this.tier);
    this.sigma = sigma;
    this.drawnLabels = drawnLabels;
    this.watchCamera();
    this.watchHover();
    // sigma follows the window's size; the container also changes with the panels around it
    // (the Cypher dock hidden or shown), and the next frame must fill it.
    new ResizeObserver(() => this.sigma.scheduleRefresh()).observe(container);
  }

  /** The sigma instance drawing the graph. */
  get renderer(): Sigma {
    return this.sigma;
  }

  /** Relation labels appear once the camera is close enough to read them (small graphs). */
  private watchCamera(): void {
    this.sigma.getCamera().on("updated", ({ ratio }) => {
      const zoomedIn = ratio < EDGE_LABEL_ZOOM;
      if (zoomedIn === this.zoomedIn) return;
      this.zoomedIn = zoomedIn;
      this.scene = { ...this.scene, zoomedIn };
      if (this.tier === "detailed") this.sigma.refresh();
    });
  }

  /** The hovered entity's relations get their labels: only those relations are re-reduced. */
  private watchHover(): void {
    const hover = (edges: ReadonlySet<string>) => {
      const changed = [...this.scene.hoveredEdges, ...edges];
      this.scene = { ...this.scene, hoveredEdges: edges };
      if (changed.length > 0) this.sigma.refresh({ partialGraph: { edges: changed }, skipIndexation: true });
    };
    this.sigma.on("enterNode", ({ node }) => {
      const g = this.sigma.getGraph();
      if (g.hasNode(node)) hover(new Set(g.edges(node)));
    });
    this.sigma.on("leaveNode", () => hover(new Set()));
  }

  /** Draws big graphs the cheap way and small ones in detail: a live change of sigma's settings. */
  private useTier(wanted: RenderTier): void {
    // The overview's pair edges are few (one per pair) and must stay clickable: always detailed.
    const tier = this.drawnView === "overview" && !this.queryGraph ? "detailed" : wanted;
    if (tier === this.tier) return;
    this.tier = tier;
    this.scene = { ...this.scene, tier, hoveredEdges: new Set() };
    this.sigma.setSettings(tierSettings(tier));
  }

  /** The graph sigma draws right now. */
  get shown(): DataGraph {
    return this.queryGraph ?? this.data;
  }

  get showingQuery(): boolean {
    return this.queryGraph !== null;
  }

  get visibility(): Visibility {
    return this.scene.visibility;
  }

  /** The current scene (visibility, colours, sizes) for exports of what is shown. */
  sceneForExport(): Scene {
    return this.scene;
  }

  get focus(): Focus | null {
    return this.scene.focus;
  }

  /** Called after every scene rebuild (panels that show metrics listen). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Draws what the view state asks for: the actors overview, or every relation (the detailed view). */
  async load(state: ViewState): Promise<void> {
    if (state.view === "all") return this.loadOverview(state.limit);
    const overview = await api.overview(overviewFilters(state), overviewLimit(state));
    if (drawnViewFor(state.view, overview.attributes.totalRelations) === "overview") this.drawActors(overview);
    else await this.loadOverview(state.limit);
  }

  /** Asks the server for the actors overview under the current filters and redraws it (overview view only). */
  async reloadActors(): Promise<void> {
    if (this.drawnView !== "overview") return;
    const state = this.store.get();
    const overview = await api.overview(overviewFilters(state), overviewLimit(state));
    if (this.drawnView === "overview") this.drawActors(overview);
  }

  /** True for an overview pair edge of the graph drawn. */
  isPairEdge(id: string): boolean {
    const g = this.shown;
    return g.hasEdge(id) && isPairEdge(g.getEdgeAttributes(id));
  }

  private drawActors(overview: OverviewResponse): void {
    this.drawnView = "overview";
    this.actorsOverview = overview.attributes;
    this.overviewInfo = { truncated: false, omittedEntities: 0, omittedRelations: 0 };
    this.maxPairEvents = overview.edges.reduce((m, e) => Math.max(m, e.attributes.events), 0);
    if (!this.queryGraph) this.useTier("detailed");
    const radius = initialRadius(overview.nodes.length);
    this.replaceData((kept) =>
      fillWithOverview(this.data, overview, (id) => kept.get(id) ?? initialPosition(id, radius)),
    );
  }

  async loadOverview(limit: number): Promise<void> {
    const sub = await api.subgraph({ limit });
    this.drawnView = "detail";
    this.actorsOverview = null;
    if (!this.queryGraph) this.useTier(renderTierFor(sub.nodes.length, sub.edges.length));
    this.overviewInfo = {
      truncated: sub.attributes.truncated,
      omittedEntities: sub.attributes.omittedEntities,
      omittedRelations: sub.attributes.omittedRelations,
    };
    const radius = initialRadius(sub.nodes.length);
    this.replaceData((kept) => {
      // Big graphs start grouped by community, so the layout has less to untangle.
      const start =
        kept.size === 0 && renderTierFor(sub.nodes.length, sub.edges.length) === "fast"
          ? communityStart(sub, radius)
          : null;
      mergeSubgraph(this.data, sub, (id) => kept.get(id) ?? start?.get(id) ?? initialPosition(id, radius));
    });
  }

  /** Refills the data graph; entities already drawn keep their place, so a reload does not jump. */
  private replaceData(fill: (kept: ReadonlyMap<string, { x: number; y: number }>) => void): void {
    const kept = new Map<string, { x: number; y: number }>();
    this.data.forEachNode((id, a) => kept.set(id, { x: a.x, y: a.y }));
    // sigma handles every added node and edge one by one while it listens: detach it meanwhile.
    const drawing = this.sigma.getGraph() === this.data;
    if (drawing) this.sigma.setGraph(emptyGraph());
    this.data.clear();
    fill(kept);
    this.caches.graphChanged();
    this.rebuild();
    if (drawing) this.sigma.setGraph(this.data);
    this.notify();
  }

  /** Fetches an entity's neighbourhood and merges what is new, placing it around the entity. */
  async expand(id: string, cap: number): Promise<ExpandResult> {
    const sub = await api.subgraph({ seeds: [id], depth: 1, limit: cap });
    return { ...this.merge(sub, id), omittedEntities: sub.attributes.omittedEntities };
  }

  /** Adds what a subgraph has that the data graph lacks; new entities start near `anchorId`. */
  merge(sub: SerializedSubgraph, anchorId: string | null): MergeResult {
    const anchor =
      anchorId && this.data.hasNode(anchorId)
        ? { x: this.data.getNodeAttribute(anchorId, "x"), y: this.data.getNodeAttribute(anchorId, "y") }
        : { x: 0, y: 0 };
    const merged = mergeSubgraph(this.data, sub, (nodeId) => positionNear(anchor, nodeId, 4));
    if (merged.addedNodes.length > 0 || merged.addedEdges.length > 0) {
      this.caches.graphChanged();
      this.refresh();
      if (merged.addedNodes.length > 0 && !this.showingQuery)
        void this.startLayout(Math.min(3000, 1000 + this.data.order * 2));
    }
    return merged;
  }

  startLayout(budgetMs?: number): Promise<{ ms: number }> {
    this.layout?.stop();
    const run = runForceLayout(this.shown, budgetMs);
    this.layout = run;
    // Done means drawn: sigma redraws the last positions now, so viewport positions read after
    // this (tests clicking a node or an edge) match what the canvas shows.
    this.layoutDone = run.done.then((result) => {
      if (this.layout === run) this.renderer.refresh();
      return result;
    });
    return this.layoutDone;
  }

  whenLayoutDone(): Promise<{ ms: number }> {
    return this.layoutDone;
  }

  showQueryGraph(graph: DataGraph): void {
    this.layout?.stop();
    this.queryGraph = graph;
    this.caches.graphChanged();
    this.useTier(renderTierFor(graph.order, graph.size));
    this.renderer.setGraph(graph);
    this.refresh();
    void this.startLayout(1500);
  }

  clearQueryGraph(): void {
    if (!this.queryGraph) return;
    this.layout?.stop();
    this.queryGraph = null;
    this.caches.graphChanged();
    this.useTier(renderTierFor(this.data.order, this.data.size));
    this.renderer.setGraph(this.data);
    this.refresh();
  }

  setHighlight(highlight: Highlight | null): void {
    this.highlight = highlight;
    this.refresh();
  }

  /** Rebuilds the scene from the view state and redraws. */
  refresh(): void {
    this.rebuild();
    this.renderer.refresh();
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Visibility, metrics and scene for the current view state (cached where nothing changed). */
  private rebuild(): void {
    const state = this.store.get();
    const graph = asExplorerGraph(this.shown);
    // The overview was filtered by the server: everything it holds is shown.
    const showAll = this.showingQuery || this.drawnView === "overview";
    const visibility = this.caches.visibility(graph, state, showAll);
    this.metrics = this.caches.metrics(graph, visibility, state);
    this.scene = this.buildScene(visibility);
  }

  private buildScene(visibility: Visibility = { nodes: new Set(), edges: new Set() }): Scene {
    const state = this.store.get();
    const graph = asExplorerGraph(this.shown);
    const sizeMetric =
      this.drawnView === "overview" && !this.queryGraph
        ? this.actorRelations()
        : state.size === "betweenness" && this.metrics.betweenness
          ? this.metrics.betweenness
          : this.metrics.degree;
    return {
      visibility,
      curvature: this.caches.curvature(graph, visibility, this.tier),
      zoomedIn: this.zoomedIn,
      colourOf: nodeColourer(graph, visibility.nodes, state.colour, this.metrics.communities),
      sizeOf: nodeSizer(sizeMetric, nodeSizeRange(graph.order)),
      focus: this.focusFor(state, visibility),
      tier: this.tier,
      hoveredEdges: this.scene?.hoveredEdges ?? new Set(),
      pairWidth: (events) => pairWidth(events, this.maxPairEvents),
    };
  }

  /** Overview actors are sized by the relations the server counted (expanded entities by their degree). */
  private actorRelations(): Map<string, number> {
    const sizes = new Map<string, number>();
    this.data.forEachNode((id, a) => {
      const relations = (a as { relations?: unknown }).relations;
      sizes.set(id, typeof relations === "number" ? relations : (this.metrics.degree.get(id) ?? 0));
    });
    return sizes;
  }

  private focusFor(state: ViewState, visibility: Visibility): Focus | null {
    const graph = asExplorerGraph(this.shown);
    const sel = parseSelection(state.sel);
    if (sel?.kind === "entity" && graph.hasNode(sel.id)) return entityFocus(graph, sel.id, visibility);
    if ((sel?.kind === "relation" || sel?.kind === "pair") && graph.hasEdge(sel.id))
      return relationFocus(graph, sel.id);
    if (sel?.kind === "dispute") return disputeFocus(graph, sel.id, visibility);
    if (this.highlight) {
      return {
        nodes: new Set(this.highlight.nodes),
        edges: new Set(this.highlight.edges),
        primary: new Set(this.highlight.primary),
      };
    }
    return null;
  }
}
