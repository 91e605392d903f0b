// Computes the metrics the view needs for what is shown: degree always; betweenness up to a
// size limit (it is quadratic); Louvain communities only when colouring by community.

import type { ExplorerGraph, Visibility } from "../filters/visibility.js";
import type { ViewState } from "../state/view-state.js";
import { BETWEENNESS_NODE_LIMIT, simpleProjection, visibleDegree } from "./metrics.js";
import { betweenness, communities } from "./algorithms.js";

export interface Metrics {
  degree: Map<string, number>;
  /** null when the shown graph is above BETWEENNESS_NODE_LIMIT. */
  betweenness: Map<string, number> | null;
  communities: Map<string, number> | null;
  communityCount: number;
}

export function computeMetrics(graph: ExplorerGraph, visible: Visibility, state: Pick<ViewState, "colour">): Metrics {
  const degree = visibleDegree(graph, visible);
  const needsProjection = visible.nodes.size <= BETWEENNESS_NODE_LIMIT || state.colour === "community";
  const simple = needsProjection ? simpleProjection(graph, visible) : null;
  const between = simple && visible.nodes.size <= BETWEENNESS_NODE_LIMIT ? betweenness(simple) : null;
  const groups = simple && state.colour === "community" ? communities(simple) : null;
  const communityCount = groups ? new Set(groups.values()).size : 0;
  return { degree, betweenness: between, communities: groups, communityCount };
}
