// Appearance and analysis controls: colour by entity type or Louvain community, size by degree
// or betweenness, and the ranked list of brokers (entities that sit on many shortest paths).

import type { AppContext } from "../app-context.js";
import { entityName } from "../app-context.js";
import { COLOUR_MODES, SIZE_MODES, type ColourMode, type SizeMode } from "../state/view-state.js";
import { h } from "../ui/dom.js";
import { BETWEENNESS_NODE_LIMIT, rankBrokers } from "./metrics.js";

const COLOUR_LABELS: Record<ColourMode, string> = { type: "entity type", community: "community" };
const SIZE_LABELS: Record<SizeMode, string> = { degree: "degree", betweenness: "betweenness" };
const BROKER_COUNT = 8;

function select<T extends string>(testid: string, label: string, values: readonly T[], names: Record<T, string>) {
  const el = h("select", { testid, id: testid }, ...values.map((v) => h("option", { value: v }, names[v])));
  return { el, label: h("label", { for: testid, class: "block-label" }, label) };
}

export function mountAnalysis(ctx: AppContext, section: HTMLElement): void {
  const colour = select("colour-mode", "Colour by", COLOUR_MODES, COLOUR_LABELS);
  const size = select("size-mode", "Size by", SIZE_MODES, SIZE_LABELS);
  colour.el.addEventListener("change", () => ctx.store.set({ colour: colour.el.value as ColourMode }));
  size.el.addEventListener("change", () => ctx.store.set({ size: size.el.value as SizeMode }));
  const brokers = h("ol", { testid: "brokers", class: "brokers", "aria-label": "Brokers ranked by betweenness" });
  const note = h("p", { class: "hint" });
  section.append(
    h("div", { class: "two-col" }, h("div", {}, colour.label, colour.el), h("div", {}, size.label, size.el)),
    h("h3", {}, "Brokers ", h("span", { class: "hint-inline" }, "betweenness of what is shown")),
    brokers,
    note,
  );

  const update = () => {
    const s = ctx.store.get();
    colour.el.value = s.colour;
    size.el.value = s.size;
    const scores = ctx.graph.metrics.betweenness;
    brokers.replaceChildren();
    if (!scores) {
      note.textContent = `Betweenness is off above ${BETWEENNESS_NODE_LIMIT.toLocaleString("en")} shown entities (it would freeze the page): filter or use a seed neighbourhood.`;
      size.el.querySelector<HTMLOptionElement>('option[value="betweenness"]')!.disabled = true;
      return;
    }
    size.el.querySelector<HTMLOptionElement>('option[value="betweenness"]')!.disabled = false;
    const ranked = rankBrokers(scores, BROKER_COUNT);
    note.textContent = ranked.length === 0 ? "No entity lies between others in what is shown." : "";
    const top = ranked[0]?.score ?? 1;
    for (const b of ranked) {
      const name = entityName(ctx, b.id);
      brokers.append(
        h(
          "li",
          { testid: "broker-item", "data-entity": b.id },
          h(
            "button",
            {
              type: "button",
              class: "broker",
              onclick: () => ctx.select(b.id, { fly: true }),
              title: `Select ${name}`,
            },
            h("span", { class: "broker-name" }, name),
            h("span", { class: "bar", "aria-hidden": "true" }, h("span", { style: `width:${(100 * b.score) / top}%` })),
            h("span", { class: "broker-score" }, b.score.toFixed(3)),
          ),
        ),
      );
    }
  };
  ctx.store.subscribe(update);
  ctx.graph.onChange(update);
  update();
}
