// The bars over the time slider in the overview: relations per period of the server's timeline
// (a tooltip adds the reports), and in words what the bars leave out (coarser dates, undated).

import { formatPartialDate, type TimelineResponse } from "../../../graph-schema/index.js";
import { h } from "../ui/dom.js";

/** "+ 12 dated by year only, 3 undated" (empty when every relation has a bar). */
export function outsideBarsText(t: TimelineResponse): string {
  const coarser = new Map<string, number>();
  for (const bin of t.coarser) {
    const unit = bin.period.length === 4 ? "year" : "month";
    coarser.set(unit, (coarser.get(unit) ?? 0) + bin.relations);
  }
  const parts = [...coarser]
    .filter(([, n]) => n > 0)
    .map(([unit, n]) => `${n.toLocaleString("en")} dated by ${unit} only`);
  if (t.undated.relations > 0) parts.push(`${t.undated.relations.toLocaleString("en")} undated`);
  return parts.length ? `+ ${parts.join(", ")}` : "";
}

export function createTimeHistogram(): { element: HTMLElement; show(t: TimelineResponse | null): void } {
  const bars = h("div", { class: "time-histogram", testid: "time-histogram", "aria-hidden": "true" });
  const note = h("p", { class: "note", testid: "time-outside-bars" });
  const element = h("div", { class: "time-histogram-box" }, bars, note);
  element.hidden = true;
  return {
    element,
    show(t) {
      element.hidden = t === null;
      if (!t) return;
      const max = t.bins.reduce((m, b) => Math.max(m, b.relations), 0);
      bars.replaceChildren(
        ...t.bins.map((b) =>
          h("span", {
            testid: "time-bar",
            title: `${formatPartialDate(b.period)}: ${b.relations.toLocaleString("en")} relations, ${b.events.toLocaleString("en")} reports`,
            style: `height:${max === 0 ? 0 : Math.max(2, (100 * b.relations) / max)}%`,
          }),
        ),
      );
      note.textContent = outsideBarsText(t);
    },
  };
}
