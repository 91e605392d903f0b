// Colours beyond the vocabulary's own (entity types in labels.ts, relation families in
// relation-types.ts): communities and the dimmed state. Every colour the explorer draws lives here.

/**
 * Categorical colours for communities. Deliberately none of the entity-type hues (blue,
 * vermilion, bluish green, reddish purple): in community mode a node's colour must not read as
 * an entity type. Wine, sand, dark slate, olive, pale cyan, brown, pale lime, indigo.
 */
export const COMMUNITY_PALETTE: readonly string[] = [
  "#882255",
  "#DDCC77",
  "#2F4F4F",
  "#999933",
  "#88CCEE",
  "#8C564B",
  "#B8E186",
  "#332288",
];

/** Colour of dimmed (out of focus) items: light enough to recede, still visible. */
export const DIMMED_NODE_COLOUR = "#D9DCE1";
export const DIMMED_EDGE_COLOUR = "#ECEEF1";
