// Deterministic starting positions: each entity's spot is derived from its id, so the same
// graph starts (and, after ForceAtlas2, ends) in the same shape on every load.

/** FNV-1a hash of a string, as an unsigned 32-bit integer. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's final mix: spreads every input bit over the output, so similar ids land far apart. */
function mix(hash: number): number {
  let h = hash >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A point in a disc of the given radius, fixed by the id (uniform over the disc's area). Angle
 * and radius come from two independent mixes of the id's hash: ids that differ in one character
 * (e-1, e-2, …) would otherwise line up along a spiral.
 */
export function initialPosition(id: string, radius: number): { x: number; y: number } {
  const first = mix(hashString(id));
  const second = mix(first ^ 0x9e3779b9);
  const angle = (first / 0x100000000) * 2 * Math.PI;
  const r = radius * Math.sqrt((second + 1) / 0x100000000);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Starting positions grouped by community (big graphs): each community gets a disc whose area
 * is its share of the whole, placed along a sunflower spiral largest first, and its members are
 * spread over that disc. ForceAtlas2 then starts from clusters instead of noise.
 */
export function communityPositions(
  ids: readonly string[],
  communityOf: ReadonlyMap<string, number>,
  radius: number,
): Map<string, { x: number; y: number }> {
  const sizes = new Map<number, number>();
  for (const id of ids) {
    const c = communityOf.get(id) ?? -1;
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
  }
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const centres = new Map<number, { x: number; y: number; r: number }>();
  let before = 0;
  order.forEach(([c, size], k) => {
    const middle = (before + size / 2) / ids.length;
    const at = radius * Math.sqrt(middle);
    centres.set(c, {
      x: at * Math.cos(k * GOLDEN_ANGLE),
      y: at * Math.sin(k * GOLDEN_ANGLE),
      r: radius * Math.sqrt(size / ids.length),
    });
    before += size;
  });
  const positions = new Map<string, { x: number; y: number }>();
  for (const id of ids) {
    const centre = centres.get(communityOf.get(id) ?? -1)!;
    const p = initialPosition(id, centre.r);
    positions.set(id, { x: centre.x + p.x, y: centre.y + p.y });
  }
  return positions;
}

/** Radius that keeps the starting density similar whatever the graph's size. */
export function initialRadius(order: number): number {
  return 10 * Math.sqrt(Math.max(order, 1));
}

/** A spot near an anchor (an expanded entity), fixed by the new entity's id. */
export function positionNear(anchor: { x: number; y: number }, id: string, spread: number): { x: number; y: number } {
  const p = initialPosition(id, spread);
  return { x: anchor.x + p.x, y: anchor.y + p.y };
}
