// The details of one entity: type, description, aliases, offices held, relations grouped by
// type (each opens its evidence), the articles that mention it, and "expand neighbours".

import { relationTypeDef, relationTypeWords, formatPartialDate } from "../../../graph-schema/index.js";
import type { AppContext } from "../app-context.js";
import { entityName } from "../app-context.js";
import { ApiError, api } from "../api/client.js";
import type { EntityDetail, RelationView } from "../api/schemas.js";
import { entityColour, familyColour } from "../appearance/palette.js";
import { relationSelection } from "../state/view-state.js";
import { h } from "../ui/dom.js";
import { pagedList } from "./paged-list.js";

/** How many neighbours one "expand" may add. */
export const EXPAND_CAP = 25;

/** Names of the entities at the other end, as the server sent them with the entity. */
type Names = ReadonlyMap<string, string>;

function relationItem(ctx: AppContext, entityId: string, names: Names, r: RelationView): HTMLElement {
  const outgoing = r.source === entityId;
  const other = outgoing ? r.target : r.source;
  const directed = relationTypeDef(r.type).directed;
  const arrow = directed ? (outgoing ? "→" : "←") : "↔";
  return h(
    "li",
    {},
    h(
      "button",
      {
        type: "button",
        class: "relation-item",
        onclick: () => ctx.select(relationSelection(r.id)),
        title: "Show the evidence",
      },
      h("span", { class: "arrow", "aria-hidden": "true" }, arrow),
      h("span", { class: "other" }, entityName(ctx, other, names)),
      r.topic ? h("span", { class: "topic" }, r.topic) : null,
      h("span", { class: "date" }, r.date ? formatPartialDate(r.date) : "undated"),
      r.disputed ? h("span", { class: "badge disputed" }, "disputed") : null,
    ),
  );
}

function expandControls(ctx: AppContext, id: string): HTMLElement {
  const more = h("span", { testid: "expand-more", class: "hint-inline", "aria-live": "polite" });
  const button = h(
    "button",
    { type: "button", testid: "expand", class: "small" },
    `Expand neighbours (up to ${EXPAND_CAP})`,
  );
  button.addEventListener("click", async () => {
    button.disabled = true;
    more.textContent = "Loading neighbours…";
    try {
      const result = await ctx.graph.expand(id, EXPAND_CAP);
      const expanded = ctx.store.get().expanded;
      if (!expanded.includes(id)) ctx.store.set({ expanded: [...expanded, id] });
      const added = result.addedNodes.length;
      const addedEdges = result.addedEdges.length;
      const parts = [
        added || addedEdges
          ? `${added} new entities, ${addedEdges} new relations`
          : "nothing new: all neighbours are already shown",
      ];
      if (result.omittedEntities > 0) parts.push(`${result.omittedEntities} more`);
      more.textContent = parts.join(" · ");
    } catch (error) {
      more.textContent = `Expand failed: ${error instanceof ApiError ? error.message : String(error)}`;
    } finally {
      button.disabled = false;
    }
  });
  return h("div", { class: "row" }, button, more);
}

export function renderEntity(ctx: AppContext, d: EntityDetail): HTMLElement {
  const e = d.entity;
  const names: Names = new Map(d.neighbours.map((n) => [n.id, n.name]));
  const groups = Object.entries(d.relationsByType).sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  return h(
    "section",
    { testid: "entity-details", class: "entity-details", "aria-label": `Entity ${e.name}` },
    h(
      "p",
      { class: "kicker" },
      h("span", { class: "dot", style: `background:${entityColour(e.type)}` }),
      e.type,
      ` · ${d.degree} relations`,
    ),
    h("h2", { class: "entity-name" }, e.name),
    e.description ? h("p", { class: "description" }, e.description) : null,
    h(
      "div",
      { testid: "entity-aliases", class: "aliases" },
      h("span", { class: "label" }, "Also called "),
      e.aliases.length
        ? e.aliases.map((a) => h("span", { class: "chip" }, a))
        : h("span", { class: "hint-inline" }, "no aliases"),
    ),
    h(
      "div",
      { testid: "entity-roles", class: "roles" },
      h("span", { class: "label" }, "Roles "),
      d.roles.length
        ? d.roles.map((r) =>
            h(
              "button",
              { type: "button", class: "chip link", onclick: () => ctx.select(relationSelection(r.relation)) },
              `${r.role} · ${entityName(ctx, r.of, names)}`,
            ),
          )
        : h("span", { class: "hint-inline" }, "no offices recorded"),
    ),
    expandControls(ctx, e.id),
    h(
      "div",
      { testid: "entity-relations", class: "relation-groups" },
      ...groups.map(([type, rels]) =>
        h(
          "section",
          { class: "relation-group", "data-type": type },
          h(
            "h3",
            {},
            h("span", {
              class: "swatch edge tiny",
              style: `background:${familyColour(relationTypeDef(type as never).family)}`,
            }),
            `${relationTypeWords(type)} (${rels.length})`,
          ),
          pagedList(rels, (r) => relationItem(ctx, e.id, names, r)),
        ),
      ),
    ),
    d.mentionedIn.length
      ? h(
          "div",
          { class: "mentions" },
          h("h3", {}, "Mentioned in"),
          h("ul", {}, ...d.mentionedIn.map((m) => h("li", {}, `${ctx.catalog.title(m.article)} (${m.count}×)`))),
        )
      : null,
  );
}

export async function showEntity(ctx: AppContext, host: HTMLElement, id: string): Promise<void> {
  host.replaceChildren(h("p", { class: "loading" }, "Loading entity…"));
  try {
    const detail = await api.entity(id);
    if (ctx.store.get().sel !== id) return;
    host.replaceChildren(renderEntity(ctx, detail));
  } catch (error) {
    host.replaceChildren(
      h(
        "p",
        { class: "error", role: "alert" },
        `Could not load entity “${id}”: ${error instanceof ApiError ? error.message : String(error)}`,
      ),
    );
  }
}
