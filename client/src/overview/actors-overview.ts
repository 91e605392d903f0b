// The actors overview of a large graph as the explorer draws it: which view to show, the
// server filters of the view state, the overview's actors and pair edges put into the data
// graph as the server sent them (no recounting here), and the widths and words derived from them.

import {
  OVERVIEW_DETAIL_LIMIT,
  OverviewRequest,
  type OverviewResponse,
  type PairEdgeAttributes,
} from "../../../graph-schema/index.js";
import type { RelationFilterParams } from "../api/client.js";
import type { AbstractGraph } from "graphology-types";
import { DEFAULT_OVERVIEW_LIMIT, type GraphView, type ViewState } from "../state/view-state.js";

/** The most actors the server draws in one overview (its request schema's bound). */
const MAX_OVERVIEW_ACTORS = OverviewRequest.shape.limit.unwrap().maxValue ?? Infinity;

export type DrawnView = "overview" | "detail";

/** The overview is drawn when asked for, or ("auto") when the graph has too many relations to draw one by one. */
export function drawnViewFor(view: GraphView, totalRelations: number): DrawnView {
  if (view === "all") return "detail";
  return view === "overview" || totalRelations > OVERVIEW_DETAIL_LIMIT ? "overview" : "detail";
}

/** The view state's filters as the server's overview parameters. */
export function overviewFilters(s: ViewState): RelationFilterParams {
  return {
    relationTypes: s.relationTypes,
    entityTypes: s.entityTypes,
    sources: s.sources,
    from: s.from,
    to: s.to,
    minConfidence: s.minConfidence > 0 ? s.minConfidence : null,
  };
}

/** A limit set in the view (`?limit=`) caps the overview's actors too; by default the server picks. */
export function overviewLimit(s: ViewState): number | undefined {
  return s.limit === DEFAULT_OVERVIEW_LIMIT ? undefined : Math.min(s.limit, MAX_OVERVIEW_ACTORS);
}

/** A pair edge carries the server's per-type tallies; relation edges (from expansions) do not. */
export function isPairEdge(attributes: object): attributes is PairEdgeAttributes & { pair: true } {
  return (attributes as { pair?: unknown }).pair === true;
}

/**
 * Replaces the graph's contents with the overview: actors (with their relation and report
 * counts) and one undirected edge per pair, marked `pair`. Positions come from `place`.
 */
export function fillWithOverview(
  graph: AbstractGraph,
  overview: OverviewResponse,
  place: (id: string) => { x: number; y: number },
): void {
  graph.clear();
  for (const node of overview.nodes) graph.addNode(node.key, { ...node.attributes, ...place(node.key) });
  for (const edge of overview.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, { ...edge.attributes, pair: true });
  }
}

/** Pair-edge width from its reports: logarithmic, so a pair of thousands does not drown the rest. */
export function pairWidth(events: number, maxEvents: number, range = { min: 1, max: 8 }): number {
  if (maxEvents <= 0) return range.min;
  const share = Math.log1p(Math.max(0, events)) / Math.log1p(maxEvents);
  return range.min + (range.max - range.min) * Math.min(1, share);
}

/** The notice under the graph: how many of the actors the overview draws (null when it draws them all). */
export function overviewNotice(attributes: OverviewResponse["attributes"]): string | null {
  if (attributes.omittedEntities === 0) return null;
  const shownActors = attributes.totalEntities - attributes.omittedEntities;
  const n = (k: number) => k.toLocaleString("en");
  return `Showing the ${n(shownActors)} most connected of ${n(attributes.totalEntities)} actors. Search or expand an actor to bring others in.`;
}
