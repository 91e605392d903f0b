// Which neighbour lies in an arrow key's direction on screen: near, and close to the arrow's
// line. Pure, for the keyboard walk of the graph.

export interface Point {
  x: number;
  y: number;
}

export const ARROW_DIRECTIONS: Record<string, Point> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/** Neighbours more than this far off the arrow's direction (cosine) are not in that direction. */
const MIN_COSINE = 0.2;

/** The candidate in `direction` from `from` (screen coordinates, y down): near and close to the arrow's line. */
export function neighbourInDirection(
  from: Point,
  candidates: readonly { id: string; at: Point }[],
  direction: Point,
): string | null {
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    const dx = c.at.x - from.x;
    const dy = c.at.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const cosine = (dx * direction.x + dy * direction.y) / distance;
    if (cosine < MIN_COSINE) continue;
    const score = distance * (2 - cosine);
    if (!best || score < best.score) best = { id: c.id, score };
  }
  return best?.id ?? null;
}
