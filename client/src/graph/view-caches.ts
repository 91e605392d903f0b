// What a scene is derived from, kept until the shown graph or the filters change: the visible
// entities and relations, the curves of parallel relations and the metrics of what is shown.
// Rebuilding a scene on every selection or hover would otherwise recompute all three.

import { computeMetrics, type Metrics } from "../analysis/compute.js";
import { computeVisibility, type ExplorerGraph, type Visibility } from "../filters/visibility.js";
import { FILTER_KEYS, hasRelationFilter, type ViewState } from "../state/view-state.js";
import type { RenderTier } from "./render-tier.js";
import { curvaturesOf } from "./parallel-curves.js";

export class ViewCaches {
  /** Bumped whenever the shown graph's nodes or edges change. */
  private version = 0;
  private visibilityCache: { key: string; visibility: Visibility } | null = null;
  private metricsCache: { visibility: Visibility; colour: string; metrics: Metrics } | null = null;
  private curvatureCache: { visibility: Visibility; curvature: Map<string, number> } | null = null;

  graphChanged(): void {
    this.version++;
  }

  /** A Cypher result graph shows everything it holds; the data graph goes through the filters. */
  visibility(graph: ExplorerGraph, state: ViewState, showingQuery: boolean): Visibility {
    const key = JSON.stringify([this.version, showingQuery, FILTER_KEYS.map((k) => state[k])]);
    if (this.visibilityCache?.key === key) return this.visibilityCache.visibility;
    const visibility = showingQuery
      ? { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) }
      : computeVisibility(graph, state, hasRelationFilter(state));
    this.visibilityCache = { key, visibility };
    return visibility;
  }

  metrics(graph: ExplorerGraph, visibility: Visibility, state: ViewState): Metrics {
    const cached = this.metricsCache;
    if (cached?.visibility === visibility && cached.colour === state.colour) return cached.metrics;
    const metrics = computeMetrics(graph, visibility, state);
    this.metricsCache = { visibility, colour: state.colour, metrics };
    return metrics;
  }

  /** Big graphs are drawn with straight lines, so they need no curves. */
  curvature(graph: ExplorerGraph, visibility: Visibility, tier: RenderTier): Map<string, number> {
    if (tier === "fast") return new Map();
    if (this.curvatureCache?.visibility !== visibility)
      this.curvatureCache = { visibility, curvature: curvaturesOf(graph, visibility.edges) };
    return this.curvatureCache.curvature;
  }
}
