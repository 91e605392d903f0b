// Appearance: community colours never reuse (or sit close to) an entity-type colour; the
// community legend's summary; render tiers and node sizes follow the graph's size.

import { ENTITY_TYPES, NODE_LABEL_DEFS } from "../../graph-schema/index.js";
import { COMMUNITY_PALETTE, communityColour, OTHER_COMMUNITY_COLOUR } from "../../client/src/appearance/palette.js";
import { summariseCommunities } from "../../client/src/appearance/community-legend.js";
import { nodeSizeRange, renderTierFor } from "../../client/src/graph/render-tier.js";

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
/** Largest per-channel difference, the measure the browser tests use for "this colour". */
const distance = (a: string, b: string) => Math.max(...rgb(a).map((v, i) => Math.abs(v - rgb(b)[i]!)));

describe("community palette", () => {
  // Twice the tolerance the browser tests use to say "a pixel of this colour".
  it("is #rrggbb, distinct, and far from every entity-type colour", () => {
    for (const colour of COMMUNITY_PALETTE) expect(colour).toMatch(/^#[0-9A-F]{6}$/i);
    expect(new Set(COMMUNITY_PALETTE).size).toBe(COMMUNITY_PALETTE.length);
    for (const colour of COMMUNITY_PALETTE)
      for (const label of ENTITY_TYPES) expect(distance(colour, NODE_LABEL_DEFS[label].colour)).toBeGreaterThan(48);
  });

  it("gives ranks past the palette the grey 'other' colour", () => {
    expect(communityColour(0)).toBe(COMMUNITY_PALETTE[0]);
    expect(communityColour(COMMUNITY_PALETTE.length)).toBe(OTHER_COMMUNITY_COLOUR);
  });
});

describe("summariseCommunities", () => {
  it("lists communities by rank with their size and best-connected members", () => {
    const communities = new Map([
      ["iran", 0],
      ["russia", 0],
      ["syria", 0],
      ["trump", 1],
    ]);
    const degree = new Map([
      ["iran", 9],
      ["russia", 12],
      ["syria", 1],
      ["trump", 3],
    ]);
    expect(summariseCommunities(communities, degree)).toEqual([
      { rank: 0, size: 3, leaders: ["russia", "iran"] },
      { rank: 1, size: 1, leaders: ["trump"] },
    ]);
  });
});

describe("render tiers", () => {
  it("draws storylines in detail and big graphs the cheap way", () => {
    expect(renderTierFor(29, 76)).toBe("detailed");
    expect(renderTierFor(5000, 20000)).toBe("fast");
    expect(renderTierFor(600, 2500)).toBe("fast");
  });

  it("shrinks nodes as the graph grows, keeping a readable minimum", () => {
    const small = nodeSizeRange(29);
    const big = nodeSizeRange(20000);
    expect(big.max).toBeLessThan(small.max);
    expect(big.min).toBeLessThan(small.min);
    expect(big.min).toBeGreaterThanOrEqual(1);
    expect(big.max).toBeGreaterThan(big.min);
  });
});
