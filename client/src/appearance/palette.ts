// Colours of the explorer, all taken from graph-schema: entity types, relation families, and a
// categorical palette for communities made of the same Okabe-Ito colours (never re-declared).

import { FAMILY_COLOURS, NODE_LABEL_DEFS, type EntityLabel, type RelationFamily } from "../../../graph-schema/index.js";

const GREYS = new Set(["#999999", "#9E9E9E", "#5F5F5F"]);

export function entityColour(type: EntityLabel): string {
  return NODE_LABEL_DEFS[type].colour;
}

export function familyColour(family: RelationFamily): string {
  return FAMILY_COLOURS[family];
}

/** The distinct chromatic Okabe-Ito colours graph-schema uses, in a stable order. */
export const COMMUNITY_PALETTE: readonly string[] = [
  ...new Set(
    [...Object.values(NODE_LABEL_DEFS).map((d) => d.colour), ...Object.values(FAMILY_COLOURS)].map((c) =>
      c.toUpperCase(),
    ),
  ),
].filter((c) => !GREYS.has(c));

/** Colour for communities too small or too many to get their own (grey, as "other"). */
export const OTHER_COMMUNITY_COLOUR = NODE_LABEL_DEFS.Article.colour;

/** Colour of the community ranked `rank` by size (0 = largest). */
export function communityColour(rank: number): string {
  return COMMUNITY_PALETTE[rank] ?? OTHER_COMMUNITY_COLOUR;
}

/** Colour of dimmed (out of focus) items: light enough to recede, still visible. */
export const DIMMED_NODE_COLOUR = "#D9DCE1";
export const DIMMED_EDGE_COLOUR = "#ECEEF1";
