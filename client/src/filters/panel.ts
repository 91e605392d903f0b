// The filters panel: relation types (grouped by family), entity types (mirroring the legend),
// source articles, minimum confidence, disputed-only and the time window; plus a reset.

import {
  ENTITY_TYPES,
  RELATION_FAMILIES,
  RELATION_TYPE_DEFS,
  RELATION_TYPES,
  type RelationType,
  relationTypeWords,
} from "../../../graph-schema/index.js";
import type { AppContext } from "../app-context.js";
import { familyName } from "../appearance/legend.js";
import { entityColour, familyColour } from "../appearance/palette.js";
import { hasAnyFilter, defaultViewState } from "../state/view-state.js";
import { h } from "../ui/dom.js";
import { toggleShown } from "./predicates.js";
import { mountTimeSlider } from "./time-slider.js";

function checkbox(testid: string, text: string, onChange: () => void, title?: string, colour?: string) {
  const input = h("input", { type: "checkbox", testid, id: `cb-${testid}`, onchange: onChange });
  const label = h(
    "label",
    { for: `cb-${testid}`, class: "check", title },
    input,
    colour ? h("span", { class: "swatch edge tiny", style: `background:${colour}` }) : null,
    h("span", {}, text),
    h("span", { class: "count" }),
  );
  return { input, label };
}

export function resetFilters(ctx: AppContext): void {
  const d = defaultViewState();
  ctx.store.set({
    relationTypes: d.relationTypes,
    entityTypes: d.entityTypes,
    sources: d.sources,
    minConfidence: d.minConfidence,
    disputed: d.disputed,
    from: d.from,
    to: d.to,
    includeUndated: d.includeUndated,
  });
}

export function mountFilters(ctx: AppContext, section: HTMLElement): { refresh(): void } {
  const reset = h(
    "button",
    { type: "button", class: "link", testid: "filters-reset", onclick: () => resetFilters(ctx) },
    "Reset filters",
  );
  section.querySelector("h2")!.append(reset);

  const typeBoxes = new Map<RelationType, ReturnType<typeof checkbox>>();
  const typeGroups = RELATION_FAMILIES.map((family) => {
    const defs = RELATION_TYPE_DEFS.filter((d) => d.family === family);
    const boxes = defs.map((d) => {
      const type = d.type as RelationType;
      const box = checkbox(
        `filter-type-${type}`,
        relationTypeWords(type),
        () => ctx.store.set({ relationTypes: toggleShown(ctx.store.get().relationTypes, RELATION_TYPES, type) }),
        `${d.meaning}${d.cameo ? ` (CAMEO ${d.cameo})` : ""}`,
        familyColour(family),
      );
      typeBoxes.set(type, box);
      return box.label;
    });
    return h("fieldset", { class: "type-group" }, h("legend", {}, familyName(family)), ...boxes);
  });

  const entityBoxes = ENTITY_TYPES.map((label) => {
    const box = checkbox(
      `filter-entity-${label}`,
      label,
      () => ctx.store.set({ entityTypes: toggleShown(ctx.store.get().entityTypes, ENTITY_TYPES, label) }),
      undefined,
      entityColour(label),
    );
    return { entityType: label, ...box };
  });

  const sourceList = h("div", { class: "source-list" });
  let sourceBoxes: { id: string; input: HTMLInputElement }[] = [];

  const confidence = h("input", {
    type: "range",
    testid: "filter-confidence",
    id: "filter-confidence",
    min: 0,
    max: 1,
    step: 0.05,
    value: 0,
  });
  const confidenceValue = h("output", { for: "filter-confidence" });
  confidence.addEventListener("input", () => ctx.store.set({ minConfidence: Number(confidence.value) }));
  const disputed = checkbox("filter-disputed", "only disputed relations", () =>
    ctx.store.set({ disputed: !ctx.store.get().disputed }),
  );

  const typeDetails = h(
    "details",
    { class: "sub", open: true },
    h("summary", {}, "Relation types ", h("span", { class: "count", id: "types-count" })),
    ...typeGroups,
  );
  const sliderHost = h("div", { class: "filter-block" }, h("h3", {}, "Time"));
  section.append(
    sliderHost,
    h(
      "div",
      { class: "filter-block" },
      h("label", { for: "filter-confidence", class: "block-label" }, "Minimum confidence ", confidenceValue),
      confidence,
      disputed.label,
    ),
    typeDetails,
    h(
      "div",
      { class: "filter-block" },
      h("h3", {}, "Entity types"),
      h("div", { class: "two-col" }, ...entityBoxes.map((b) => b.label)),
    ),
    h("div", { class: "filter-block" }, h("h3", {}, "Source articles"), sourceList),
  );
  const slider = mountTimeSlider(ctx, sliderHost);

  const renderSources = () => {
    sourceList.replaceChildren();
    sourceBoxes = [...ctx.catalog.articles.values()].map((a) => {
      const box = checkbox(
        `filter-source-${a.id}`,
        a.title,
        () => {
          const all = [...ctx.catalog.articles.keys()];
          ctx.store.set({ sources: toggleShown(ctx.store.get().sources, all, a.id) });
        },
        a.id,
      );
      sourceList.append(box.label);
      return { id: a.id, input: box.input };
    });
  };

  const update = () => {
    const s = ctx.store.get();
    for (const [type, box] of typeBoxes) box.input.checked = !s.relationTypes || s.relationTypes.includes(type);
    const shownTypes = s.relationTypes?.length ?? RELATION_TYPES.length;
    section.querySelector("#types-count")!.textContent = `${shownTypes} of ${RELATION_TYPES.length}`;
    for (const b of entityBoxes) b.input.checked = !s.entityTypes || s.entityTypes.includes(b.entityType);
    for (const b of sourceBoxes) b.input.checked = !s.sources || s.sources.includes(b.id);
    confidence.value = String(s.minConfidence);
    confidenceValue.textContent = s.minConfidence > 0 ? `≥ ${s.minConfidence.toFixed(2)}` : "any";
    disputed.input.checked = s.disputed;
    reset.hidden = !hasAnyFilter(s) && s.includeUndated;
  };

  const refreshCounts = () => {
    const counts = new Map<string, number>();
    ctx.graph.data.forEachEdge((_e, a) => counts.set(a.relationType, (counts.get(a.relationType) ?? 0) + 1));
    // The overview's pair edges are not relations: no per-type counts are drawn there.
    const overview = ctx.graph.drawnView === "overview";
    for (const [type, box] of typeBoxes) {
      const n = counts.get(type) ?? 0;
      box.label.querySelector(".count")!.textContent = n ? String(n) : "";
      box.label.classList.toggle("absent", n === 0 && !overview);
    }
  };

  ctx.store.subscribe(update);
  return {
    refresh() {
      renderSources();
      refreshCounts();
      slider.refreshDomain();
      update();
    },
  };
}
