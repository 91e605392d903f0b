// The graphology algorithms behind the analysis: Louvain (seeded, so communities are the same
// on every load) and normalised, unweighted betweenness, both on the simple projection.

import type { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { seededRandom } from "../../../graph-schema/seeded-random.js";
import { rankCommunities } from "./metrics.js";

export function communities(simple: UndirectedGraph): Map<string, number> {
  if (simple.size === 0) return new Map(simple.nodes().map((id) => [id, 0]));
  return rankCommunities(louvain(simple, { getEdgeWeight: "weight", rng: seededRandom(42) }));
}

/** A hop is a hop, however many relations it bundles. */
export function betweenness(simple: UndirectedGraph): Map<string, number> {
  if (simple.order === 0) return new Map();
  return new Map(Object.entries(betweennessCentrality(simple, { normalized: true, getEdgeWeight: null })));
}
