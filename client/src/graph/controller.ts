// Owns the graph view: the data graph from the API, what sigma draws (the data, or a Cypher
// result graph), the scene derived from the view state, layout runs and the metrics of what is shown.

import type Sigma from "sigma";
import type { SerializedSubgraph } from "../../../graph-schema/index.js";
import { api } from "../api/client.js";
import { asExplorerGraph, emptyGraph, mergeSubgraph, type DataGraph, type MergeResult } from "./model.js";
import { createRenderer } from "./renderer.js";
import {
  curvaturesOf,
  EDGE_LABEL_ZOOM,
  entityFocus,
  nodeColourer,
  nodeSizer,
  relationFocus,
  type Focus,
  type Scene,
} from "./scene.js";
import { computeVisibility, type Visibility } from "../filters/visibility.js";
import { hasRelationFilter, parseSelection, type ViewState } from "../state/view-state.js";
import type { Store } from "../state/store.js";
import { initialPosition, initialRadius, positionNear } from "../layout/initial-positions.js";
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
  readonly renderer: Sigma;
  private scene: Scene;
  metrics: Metrics;
  private highlight: Highlight | null = null;
  private layout: LayoutRun | null = null;
  private layoutDone: Promise<{ ms: number }> = Promise.resolve({ ms: 0 });
  private readonly listeners = new Set<() => void>();
  overviewInfo = { truncated: false, omittedEntities: 0, omittedRelations: 0 };
  private zoomedIn = false;

  constructor(
    container: HTMLElement,
    private readonly store: Store<ViewState>,
  ) {
    this.metrics = computeMetrics(asExplorerGraph(this.data), { nodes: new Set(), edges: new Set() }, store.get());
    this.scene = this.buildScene();
    this.renderer = createRenderer(this.data, container, () => this.scene);
    // Bundled relation labels appear once the camera is close enough to read them.
    this.renderer.getCamera().on("updated", ({ ratio }) => {
      const zoomedIn = ratio < EDGE_LABEL_ZOOM;
      if (zoomedIn === this.zoomedIn) return;
      this.zoomedIn = zoomedIn;
      this.scene = { ...this.scene, zoomedIn };
      this.renderer.refresh();
    });
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

  async loadOverview(limit: number): Promise<void> {
    const sub = await api.subgraph({ limit });
    // A reload keeps where entities already were, so the picture does not jump.
    const kept = new Map<string, { x: number; y: number }>();
    this.data.forEachNode((id, a) => kept.set(id, { x: a.x, y: a.y }));
    this.data.clear();
    const radius = initialRadius(sub.nodes.length);
    mergeSubgraph(this.data, sub, (id) => kept.get(id) ?? initialPosition(id, radius));
    this.overviewInfo = {
      truncated: sub.attributes.truncated,
      omittedEntities: sub.attributes.omittedEntities,
      omittedRelations: sub.attributes.omittedRelations,
    };
    this.refresh();
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
    this.layoutDone = run.done;
    return run.done;
  }

  whenLayoutDone(): Promise<{ ms: number }> {
    return this.layoutDone;
  }

  showQueryGraph(graph: DataGraph): void {
    this.layout?.stop();
    this.queryGraph = graph;
    this.renderer.setGraph(graph);
    this.refresh();
    void this.startLayout(1500);
  }

  clearQueryGraph(): void {
    if (!this.queryGraph) return;
    this.layout?.stop();
    this.queryGraph = null;
    this.renderer.setGraph(this.data);
    this.refresh();
  }

  setHighlight(highlight: Highlight | null): void {
    this.highlight = highlight;
    this.refresh();
  }

  /** Rebuilds the scene from the view state and redraws. */
  refresh(): void {
    const state = this.store.get();
    const graph = asExplorerGraph(this.shown);
    const visibility = this.showingQuery
      ? { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) }
      : computeVisibility(graph, state, hasRelationFilter(state));
    this.metrics = computeMetrics(graph, visibility, state);
    this.scene = this.buildScene(visibility);
    this.renderer.refresh();
    for (const listener of this.listeners) listener();
  }

  private buildScene(visibility: Visibility = { nodes: new Set(), edges: new Set() }): Scene {
    const state = this.store.get();
    const graph = asExplorerGraph(this.shown);
    const sizeMetric =
      state.size === "betweenness" && this.metrics.betweenness ? this.metrics.betweenness : this.metrics.degree;
    return {
      visibility,
      ...curvaturesOf(graph, visibility.edges),
      zoomedIn: this.zoomedIn,
      colourOf: nodeColourer(graph, state.colour, this.metrics.communities),
      sizeOf: nodeSizer(sizeMetric),
      focus: this.focusFor(state, visibility),
    };
  }

  private focusFor(state: ViewState, visibility: Visibility): Focus | null {
    const graph = asExplorerGraph(this.shown);
    const sel = parseSelection(state.sel);
    if (sel?.kind === "entity" && graph.hasNode(sel.id)) return entityFocus(graph, sel.id, visibility);
    if (sel?.kind === "relation" && graph.hasEdge(sel.id)) return relationFocus(graph, sel.id);
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
