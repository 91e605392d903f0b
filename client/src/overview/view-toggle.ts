// The "Actors overview / All relations" switch in the header: shows which view is drawn and
// writes the user's choice into the view state (so the URL, Back and Forward keep it).

import type { AppContext } from "../app-context.js";
import { h } from "../ui/dom.js";
import type { DrawnView } from "./actors-overview.js";

const CHOICES: { view: DrawnView; state: "overview" | "all"; label: string; title: string }[] = [
  {
    view: "overview",
    state: "overview",
    label: "Actors overview",
    title: "The most connected actors, one weighted edge per pair",
  },
  { view: "detail", state: "all", label: "All relations", title: "Every relation drawn one by one" },
];

export function mountViewToggle(ctx: AppContext, after: Element): void {
  const buttons = CHOICES.map((c) =>
    h(
      "button",
      {
        type: "button",
        class: "small",
        testid: `view-${c.state}`,
        title: c.title,
        "aria-pressed": "false",
        onclick: () => {
          if (ctx.graph.drawnView !== c.view || ctx.store.get().view !== c.state) ctx.store.set({ view: c.state });
        },
      },
      c.label,
    ),
  );
  const group = h(
    "div",
    { class: "view-toggle", role: "group", "aria-label": "Graph view", testid: "view-toggle" },
    buttons,
  );
  after.after(group);
  const update = () => {
    CHOICES.forEach((c, i) => buttons[i]!.setAttribute("aria-pressed", String(ctx.graph.drawnView === c.view)));
  };
  ctx.graph.onChange(update);
  update();
}
