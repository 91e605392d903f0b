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

/** A point in a disc of the given radius, fixed by the id (uniform over the disc's area). */
export function initialPosition(id: string, radius: number): { x: number; y: number } {
  const h = hashString(id);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const r = radius * Math.sqrt(((h >>> 16) + 1) / 0x10000);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
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
