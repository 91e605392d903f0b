// The analyst's say in the Add-article preview: a checkbox per extracted entity and relation
// (ticked: keep), and for a relation a type (among those its ends allow) and its two ends (among
// the extracted entities). review() turns the controls into the request's review.

import {
  RELATION_TYPE_DEFS,
  type EntityType,
  type IngestReport,
  type IngestReview,
  type RelationCorrection,
  type RelationType,
} from "../../../graph-schema/index.js";
import { entityColour } from "../appearance/palette.js";
import { h } from "../ui/dom.js";

type ReportRelation = IngestReport["relations"][number];

export interface ReviewControls {
  element: HTMLElement;
  review(): IngestReview;
}

interface EntityRow {
  id: string;
  keep: HTMLInputElement;
}

interface RelationRow {
  relation: ReportRelation;
  keep: HTMLInputElement;
  type: HTMLSelectElement;
  source: HTMLSelectElement;
  target: HTMLSelectElement;
  note: HTMLElement;
}

/** Relation types of the vocabulary that may go from the one label to the other. */
export function typesBetween(from: EntityType, to: EntityType): RelationType[] {
  return RELATION_TYPE_DEFS.filter((d) => d.from.includes(from) && d.to.includes(to)).map((d) => d.type);
}

// Inline (through the CSSOM, which the page's Content-Security-Policy allows): one row per
// relation, its three selects side by side, without touching the shared stylesheet.
const ROW_STYLE = "display:grid;grid-template-columns:auto repeat(3,minmax(0,1fr));gap:4px;align-items:center";
const SELECT_STYLE = "width:100%;min-width:0";

function select(label: string, testid: string, options: [string, string][], value: string): HTMLSelectElement {
  const el = h("select", { "aria-label": label, testid, style: SELECT_STYLE });
  el.append(...options.map(([v, text]) => h("option", { value: v }, text)));
  el.value = value;
  return el;
}

function entityRows(report: IngestReport): EntityRow[] {
  return report.entities.map((e) => ({
    id: e.extractedId,
    keep: h("input", { type: "checkbox", checked: true, testid: `review-entity-${e.extractedId}` }),
  }));
}

function relationRows(report: IngestReport): RelationRow[] {
  const options: [string, string][] = report.entities.map((e) => [e.extractedId, `${e.name} (${e.type})`]);
  const name = (id: string) => report.entities.find((e) => e.extractedId === id)?.name ?? id;
  return report.relations.map((relation, i) => {
    const { type, source, target } = relation.extracted;
    const what = `${name(source)} ${type} ${name(target)}`;
    return {
      relation,
      keep: h("input", {
        type: "checkbox",
        checked: true,
        testid: `review-relation-${i}`,
        "aria-label": `Keep ${what}`,
      }),
      type: select(`Type of ${what}`, `review-relation-${i}-type`, [], type),
      source: select(`Source of ${what}`, `review-relation-${i}-source`, options, source),
      target: select(`Target of ${what}`, `review-relation-${i}-target`, options, target),
      note: h("span", { class: "hint-inline", "aria-live": "polite" }),
    };
  });
}

const rejectedIds = (entities: readonly EntityRow[]): string[] =>
  entities.filter((e) => !e.keep.checked).map((e) => e.id);

/** The type list follows the chosen ends; an entity left out drops the relations that need it. */
function refresh(row: RelationRow, labelOf: ReadonlyMap<string, EntityType>, rejected: readonly string[]): void {
  const [from, to] = [labelOf.get(row.source.value), labelOf.get(row.target.value)];
  const allowed = from && to ? typesBetween(from, to) : [];
  const chosen = row.type.value || row.relation.extracted.type;
  row.type.replaceChildren(...allowed.map((t) => h("option", { value: t }, t)));
  row.type.value = allowed.includes(chosen as RelationType) ? chosen : (allowed[0] ?? "");
  const needsRejected = [row.source.value, row.target.value].some((id) => rejected.includes(id));
  const blocked = allowed.length === 0 || row.source.value === row.target.value;
  for (const control of [row.type, row.source, row.target]) control.disabled = !row.keep.checked;
  row.note.textContent = !row.keep.checked
    ? "left out"
    : needsRejected
      ? "dropped: an end is left out"
      : blocked
        ? "these ends allow no relation"
        : "";
}

/** The controls as a review: unticked items rejected, changed types and ends as corrections. */
function reviewOf(entities: readonly EntityRow[], relations: readonly RelationRow[]): IngestReview {
  const rejectedEntities = rejectedIds(entities);
  const rejectedRelations: string[] = [];
  const corrections: RelationCorrection[] = [];
  for (const row of relations) {
    const { key, type, source, target } = row.relation.extracted;
    const needsRejected = [row.source.value, row.target.value].some((id) => rejectedEntities.includes(id));
    if (!row.keep.checked) rejectedRelations.push(key);
    if (!row.keep.checked || needsRejected) continue;
    const correction: RelationCorrection = { relation: key };
    if (row.type.value !== type) correction.type = row.type.value as RelationType;
    if (row.source.value !== source) correction.source = row.source.value;
    if (row.target.value !== target) correction.target = row.target.value;
    if (Object.keys(correction).length > 1) corrections.push(correction);
  }
  return { rejectedEntities, rejectedRelations, corrections };
}

function entityList(report: IngestReport, rows: readonly EntityRow[]): HTMLElement {
  return h(
    "ul",
    { class: "compact", testid: "review-entities" },
    ...report.entities.map((e, i) =>
      h(
        "li",
        {},
        h(
          "label",
          {},
          rows[i]!.keep,
          h("span", { class: "dot", style: `background:${entityColour(e.type)}` }),
          ` ${e.name} `,
          h("span", { class: `badge ${e.status}` }, e.status),
        ),
      ),
    ),
  );
}

function relationList(rows: readonly RelationRow[]): HTMLElement {
  return h(
    "ul",
    { class: "compact", testid: "review-relations" },
    ...rows.map((row) =>
      h(
        "li",
        { "data-key": row.relation.extracted.key },
        h("div", { style: ROW_STYLE }, row.keep, row.source, row.type, row.target),
        h("span", { class: `badge ${row.relation.status}` }, row.relation.status),
        " ",
        row.note,
      ),
    ),
  );
}

export function reviewControls(report: IngestReport): ReviewControls {
  const labelOf = new Map(report.entities.map((e) => [e.extractedId, e.type]));
  const entities = entityRows(report);
  const relations = relationRows(report);
  const refreshAll = () => relations.forEach((row) => refresh(row, labelOf, rejectedIds(entities)));
  refreshAll();
  for (const row of relations)
    for (const control of [row.keep, row.source, row.target]) control.addEventListener("change", refreshAll);
  for (const e of entities) e.keep.addEventListener("change", refreshAll);

  const element = h(
    "form",
    { class: "ingest-review", testid: "ingest-review", onsubmit: (e: Event) => e.preventDefault() },
    h(
      "p",
      { class: "hint" },
      "Untick what is wrong; correct a relation's ends or type. Add merges only what is ticked, as corrected.",
    ),
    h("fieldset", {}, h("legend", {}, `Entities (${report.entities.length})`), entityList(report, entities)),
    h(
      "fieldset",
      {},
      h("legend", {}, `Relations (${report.relations.length}): keep, source, type, target`),
      relationList(relations),
    ),
  );
  return { element, review: () => reviewOf(entities, relations) };
}
