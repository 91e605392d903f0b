// The community legend shown in community colour mode: one row per coloured community with its
// swatch, its best-connected members by name and its size, and one row for the grey rest.

import { h } from "../ui/dom.js";
import { COMMUNITY_PALETTE, communityColour, OTHER_COMMUNITY_COLOUR } from "./palette.js";

export interface CommunitySummary {
  rank: number;
  size: number;
  /** Ids of the members with the most relations, best first. */
  leaders: string[];
}

/** Communities by rank (0 = largest) with their size and up to `leaders` best-connected members. */
export function summariseCommunities(
  communities: ReadonlyMap<string, number>,
  degree: ReadonlyMap<string, number>,
  leaders = 2,
): CommunitySummary[] {
  const members = new Map<number, string[]>();
  for (const [id, rank] of communities) {
    const list = members.get(rank);
    if (list) list.push(id);
    else members.set(rank, [id]);
  }
  return [...members.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([rank, ids]) => ({
      rank,
      size: ids.length,
      leaders: ids.sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1)).slice(0, leaders),
    }));
}

export function communityLegend(summaries: CommunitySummary[], nameOf: (id: string) => string): HTMLElement {
  const coloured = summaries.slice(0, COMMUNITY_PALETTE.length);
  const rest = summaries.slice(COMMUNITY_PALETTE.length);
  const row = (colour: string, text: string, size: number) =>
    h(
      "li",
      {},
      h("span", { class: "swatch node", style: `background:${colour}` }),
      h("span", { class: "community-name" }, text),
      h("span", { class: "count" }, String(size)),
    );
  const restSize = rest.reduce((n, c) => n + c.size, 0);
  return h(
    "div",
    { class: "community-legend", testid: "community-legend" },
    h(
      "p",
      { class: "hint" },
      `Colour shows ${summaries.length} communit${summaries.length === 1 ? "y" : "ies"} (Louvain), not entity types:`,
    ),
    h(
      "ul",
      { "aria-label": "Communities" },
      ...coloured.map((c) => row(communityColour(c.rank), c.leaders.map(nameOf).join(", "), c.size)),
      rest.length > 0 ? row(OTHER_COMMUNITY_COLOUR, `${rest.length} smaller communities`, restSize) : null,
    ),
  );
}
