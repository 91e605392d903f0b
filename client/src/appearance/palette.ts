// Colours of the explorer, all from graph-schema: entity types, relation families, the
// community palette (which avoids the entity-type hues) and the dimmed state.

import {
  COMMUNITY_PALETTE,
  FAMILY_COLOURS,
  NODE_LABEL_DEFS,
  type EntityType,
  type RelationFamily,
} from "../../../graph-schema/index.js";

export { COMMUNITY_PALETTE, DIMMED_EDGE_COLOUR, DIMMED_NODE_COLOUR } from "../../../graph-schema/index.js";

export function entityColour(type: EntityType): string {
  return NODE_LABEL_DEFS[type].colour;
}

export function familyColour(family: RelationFamily): string {
  return FAMILY_COLOURS[family];
}

/** Colour for communities past the palette (grey, as "other"). */
export const OTHER_COMMUNITY_COLOUR = NODE_LABEL_DEFS.Article.colour;

/** Colour of the community ranked `rank` by size (0 = largest). */
export function communityColour(rank: number): string {
  return COMMUNITY_PALETTE[rank] ?? OTHER_COMMUNITY_COLOUR;
}
