// The Cypher result as a table: graph values as readable chips (an entity chip selects it on
// the graph), scalars as text, lists and maps as compact JSON.

import type { CypherValue } from "../../../graph-schema/index.js";
import { h } from "../ui/dom.js";

export type SelectEntity = (id: string) => void;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function cellView(value: CypherValue | undefined, selectEntity: SelectEntity): Node | string {
  if (value === null || value === undefined) return h("span", { class: "null" }, "null");
  if (Array.isArray(value)) {
    const parts = value.map((v) => cellView(v, selectEntity));
    return h("span", { class: "list" }, ...parts.flatMap((p, i) => (i ? [", ", p] : [p])));
  }
  if (isObject(value) && value.kind === "node") {
    const props = value.properties as Record<string, unknown>;
    const name = String(props.name ?? props.title ?? value.id);
    return h(
      "button",
      {
        type: "button",
        class: "chip link",
        title: `${value.label} ${value.id}`,
        onclick: () => selectEntity(String(value.id)),
      },
      name,
    );
  }
  if (isObject(value) && value.kind === "relationship") {
    return h("span", { class: "chip rel", title: String(value.id) }, String(value.type));
  }
  if (isObject(value) && value.kind === "path") {
    const nodes = (value.nodes as { properties: Record<string, unknown>; id: string }[]).map((n) =>
      String(n.properties.name ?? n.id),
    );
    return h("span", { class: "path-cell" }, nodes.join(" → "));
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function resultsTable(
  columns: string[],
  rows: Record<string, CypherValue>[],
  selectEntity: SelectEntity,
): HTMLElement {
  return h(
    "table",
    { testid: "cypher-table", class: "results" },
    h("thead", {}, h("tr", {}, ...columns.map((c) => h("th", { scope: "col" }, c)))),
    h(
      "tbody",
      {},
      ...rows.map((row) => h("tr", {}, ...columns.map((c) => h("td", {}, cellView(row[c], selectEntity))))),
    ),
  );
}
