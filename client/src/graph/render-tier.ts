// How much drawing the graph can afford: small storylines get curved, labelled, clickable
// relations; big graphs (software WebGL draws them at under 1 fps otherwise) get straight
// one-pixel lines, no edge picking, smaller nodes and sparser labels, and hide edges and labels
// while the camera moves.

import type { Settings } from "sigma/settings";

export type RenderTier = "detailed" | "fast";

/** Past this many relations (or entities) the graph is drawn the cheap way. */
export const FAST_TIER_EDGES = 2000;
export const FAST_TIER_NODES = 1500;

export function renderTierFor(order: number, size: number): RenderTier {
  return size > FAST_TIER_EDGES || order > FAST_TIER_NODES ? "fast" : "detailed";
}

/** Node size range (px at zoom 1): nodes shrink as the graph grows so edges stay visible between them. */
export function nodeSizeRange(order: number): { min: number; max: number } {
  if (order <= 300) return { min: 5, max: 22 };
  const shrink = Math.sqrt(300 / order);
  return { min: Math.max(1, 4 * shrink), max: Math.max(6, 18 * Math.sqrt(shrink)) };
}

/** The sigma settings that differ between the tiers. */
export function tierSettings(tier: RenderTier): Partial<Settings> {
  if (tier === "detailed") {
    return {
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      zIndex: true,
      hideEdgesOnMove: false,
      hideLabelsOnMove: false,
      labelDensity: 2,
      labelGridCellSize: 70,
      labelRenderedSizeThreshold: 4,
    };
  }
  return {
    // Relation labels only for the selection (the reducers blank the others).
    renderEdgeLabels: true,
    // Edge picking doubles the edge drawing on every frame; relations are reached from the details panel.
    enableEdgeEvents: false,
    zIndex: false,
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
    labelDensity: 0.35,
    labelGridCellSize: 150,
    labelRenderedSizeThreshold: 7,
  };
}
