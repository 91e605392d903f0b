// Curvature for parallel relations: every relation between the same two entities gets its own
// curve, spread symmetrically around the straight line, so each one stays visible and labelled.

export interface EdgeEnds {
  key: string;
  source: string;
  target: string;
}

/** Distance between neighbouring curves in a bundle, as a share of the edge length. */
const MAX_STEP = 0.3;
const MIN_STEP = 0.08;

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Returns curvature per edge key (0 for an edge alone between its ends). Curvature is
 * relative to the edge's own direction, so an edge drawn the other way round is negated to
 * land on its own side of the bundle.
 */
export function parallelEdgeCurvatures(edges: Iterable<EdgeEnds>): Map<string, number> {
  const groups = new Map<string, EdgeEnds[]>();
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    const key = pairKey(edge.source, edge.target);
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  }
  const curvatures = new Map<string, number>();
  for (const group of groups.values()) {
    if (group.length < 2) {
      for (const e of group) curvatures.set(e.key, 0);
      continue;
    }
    group.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const n = group.length;
    const step = Math.min(MAX_STEP, Math.max(MIN_STEP, 1 / (n - 1)));
    group.forEach((e, i) => {
      const offset = (i - (n - 1) / 2) * step;
      const canonical = e.source < e.target;
      curvatures.set(e.key, canonical ? offset : -offset);
    });
  }
  return curvatures;
}

/** How many edges share each edge's pair of ends (1 = alone), self-loops counting as alone. */
export function bundleSizes(edges: Iterable<EdgeEnds>): Map<string, number> {
  const list = [...edges];
  const perPair = new Map<string, number>();
  for (const e of list) perPair.set(pairKey(e.source, e.target), (perPair.get(pairKey(e.source, e.target)) ?? 0) + 1);
  return new Map(list.map((e) => [e.key, e.source === e.target ? 1 : perPair.get(pairKey(e.source, e.target))!]));
}
