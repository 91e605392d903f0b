// What the side panel shows with nothing selected: how to start, what the graph holds, and the
// questions the sources disagree on (each leads to the relations involved).

import type { AppContext } from "../app-context.js";
import { entityName } from "../app-context.js";
import { disputeSelection, relationSelection } from "../state/view-state.js";
import { h } from "../ui/dom.js";

export function renderOverview(ctx: AppContext): HTMLElement {
  const g = ctx.graph.data;
  const disputed = new Map<string, string[]>();
  g.forEachEdge((id, a) => {
    // Overview pair edges stand for many relations and carry no disputes of their own.
    for (const d of a.disputes ?? []) disputed.set(d, [...(disputed.get(d) ?? []), id]);
  });
  const disputes = [...ctx.catalog.disputes.values()];
  return h(
    "section",
    { class: "overview" },
    h("h2", {}, "The storyline"),
    h(
      "p",
      {},
      ctx.graph.drawnView === "overview"
        ? `The ${g.order} most connected actors, ${g.size} pairs of them (edge width: reports). `
        : `${g.order} entities, ${g.size} relations from ${ctx.catalog.articles.size} articles. `,
      "Click an entity or a relation (or search with ",
      h("kbd", {}, "/"),
      ") to see who did what, when, and which sentence says so.",
    ),
    disputes.length
      ? h(
          "div",
          { class: "disputes-overview" },
          h("h3", {}, `Where the sources disagree (${disputes.length})`),
          h(
            "ul",
            {},
            ...disputes.map((d) =>
              h(
                "li",
                {},
                h(
                  "button",
                  {
                    type: "button",
                    class: "question link",
                    testid: "dispute-question",
                    onclick: () => ctx.select(disputeSelection(d.id)),
                  },
                  d.question,
                ),
                h(
                  "p",
                  { class: "relation-links" },
                  ...(disputed.get(d.id) ?? []).map((rid) =>
                    h(
                      "button",
                      {
                        type: "button",
                        class: "chip link",
                        onclick: () => ctx.select(relationSelection(rid), { fly: false }),
                      },
                      `${entityName(ctx, g.source(rid))} ${g.getEdgeAttribute(rid, "label")} ${entityName(ctx, g.target(rid))}`,
                    ),
                  ),
                ),
              ),
            ),
          ),
        )
      : null,
  );
}
