// The legend: entity-type swatches that double as the entity-type filter (click toggles,
// aria-pressed shows the state) and relation-family swatches that toggle that family's types.

import { ENTITY_TYPES, RELATION_FAMILIES, RELATION_TYPE_DEFS, type RelationType } from "../../../graph-schema/index.js";
import type { AppContext } from "../app-context.js";
import { toggleShown } from "../filters/predicates.js";
import { h } from "../ui/dom.js";
import { entityColour, familyColour } from "./palette.js";
import { communityLegend, summariseCommunities } from "./community-legend.js";

const FAMILY_NAMES: Record<string, string> = {
  "verbal-cooperation": "verbal cooperation",
  "material-cooperation": "material cooperation",
  neutral: "statement / report",
  "verbal-conflict": "verbal conflict",
  "material-conflict": "material conflict",
  structural: "structural (office, membership)",
};

export function familyName(family: string): string {
  return FAMILY_NAMES[family] ?? family;
}

export function mountLegend(ctx: AppContext, section: HTMLElement): void {
  const entityList = h("div", {
    class: "legend-grid",
    role: "group",
    "aria-label": "Entity types (click to show or hide)",
  });
  const familyList = h("div", {
    class: "legend-grid",
    role: "group",
    "aria-label": "Relation families (click to show or hide)",
  });
  const communityNote = h("div", {});
  section.append(h("div", { testid: "legend", class: "legend" }, entityList, communityNote, familyList));

  const entityButtons = ENTITY_TYPES.map((label) => {
    const button = h(
      "button",
      {
        type: "button",
        class: "legend-item",
        testid: `legend-entity-${label}`,
        "aria-pressed": "true",
        title: `Show or hide ${label} entities`,
        onclick: () => {
          const s = ctx.store.get();
          ctx.store.set({ entityTypes: toggleShown(s.entityTypes, ENTITY_TYPES, label) });
        },
      },
      h("span", { class: "swatch node", style: `background:${entityColour(label)}` }),
      h("span", {}, label),
      h("span", { class: "count" }),
    );
    entityList.append(button);
    return { label, button };
  });

  const allTypes = RELATION_TYPE_DEFS.map((d) => d.type) as RelationType[];
  const familyButtons = RELATION_FAMILIES.map((family) => {
    const types = RELATION_TYPE_DEFS.filter((d) => d.family === family).map((d) => d.type as RelationType);
    const button = h(
      "button",
      {
        type: "button",
        class: "legend-item",
        testid: `legend-family-${family}`,
        "aria-pressed": "true",
        title: `Show or hide ${familyName(family)} relations (${types.join(", ")})`,
        onclick: () => {
          const shown = new Set(ctx.store.get().relationTypes ?? allTypes);
          const allOn = types.every((t) => shown.has(t));
          for (const t of types)
            if (allOn) shown.delete(t);
            else shown.add(t);
          ctx.store.set({
            relationTypes: shown.size === allTypes.length ? null : allTypes.filter((t) => shown.has(t)),
          });
        },
      },
      h("span", { class: "swatch edge", style: `background:${familyColour(family)}` }),
      h("span", {}, familyName(family)),
    );
    familyList.append(button);
    return { types, button };
  });

  const update = () => {
    const s = ctx.store.get();
    const counts = new Map<string, number>();
    ctx.graph.data.forEachNode((_id, a) => counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + 1));
    for (const { label, button } of entityButtons) {
      const on = !s.entityTypes || s.entityTypes.includes(label);
      button.setAttribute("aria-pressed", String(on));
      button.querySelector(".count")!.textContent = String(counts.get(label) ?? 0);
      button.querySelector<HTMLElement>(".swatch")!.style.background =
        s.colour === "community" ? "transparent" : entityColour(label);
    }
    for (const { types, button } of familyButtons) {
      const shown = s.relationTypes ?? allTypes;
      const on = types.some((t) => shown.includes(t));
      button.setAttribute("aria-pressed", String(on));
    }
    const communities = ctx.graph.metrics.communities;
    communityNote.replaceChildren();
    if (s.colour === "community" && communities && communities.size > 0) {
      const shown = ctx.graph.shown;
      const nameOf = (id: string) => (shown.hasNode(id) ? shown.getNodeAttribute(id, "label") : id);
      communityNote.append(communityLegend(summariseCommunities(communities, ctx.graph.metrics.degree), nameOf));
    }
  };
  ctx.store.subscribe(update);
  ctx.graph.onChange(update);
  update();
}
