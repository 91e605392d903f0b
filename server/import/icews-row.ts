// ICEWS rows as EventRows: the raw Dataverse layout (named actors with sectors and country, CAMEO
// code, intensity, publisher and story) and the (subject, event name, object, date) quadruples.

import { cameoByIcewsName, cameoCode } from "../../graph-schema/index.js";
import type { EventActor, EventRow } from "./event-row.js";
import { CameoCodeField, Count, Digits, FieldError, Fields, Finite, IsoDate } from "./fields.js";
import type { LayoutDef } from "./layouts.js";

function namedActor(name: string | null, sectors: string | null, country: string | null): EventActor | null {
  if (name === null) return null;
  const list = (sectors ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return { code: null, name, country, knownGroup: null, role: null, sectors: list };
}

function placeOf(f: Fields): string | null {
  const parts = ["City", "District", "Province", "Country"].map((c) => f.text(c)).filter((p) => p !== null);
  return parts.length > 0 ? [...new Set(parts)].join(", ") : null;
}

export function icewsEventRow(def: LayoutDef, line: number, values: ReadonlyMap<string, string>): EventRow {
  const f = new Fields(values, def.columns.get(values.size)!);
  const cameo = f.required("CAMEO Code", CameoCodeField);
  f.optional("Sentence Number", Count);
  return {
    dataset: "icews",
    layout: def.layout,
    line,
    eventId: f.required("Event ID", Digits),
    date: f.required("Event Date", IsoDate),
    cameo,
    goldstein: f.optional("Intensity", Finite),
    quadClass: cameoCode(cameo)!.quadClass,
    source: namedActor(f.text("Source Name"), f.text("Source Sectors"), f.text("Source Country")),
    target: namedActor(f.text("Target Name"), f.text("Target Sectors"), f.text("Target Country")),
    mentions: null,
    sources: null,
    articles: null,
    tone: null,
    place: placeOf(f),
    url: null,
    publisher: f.text("Publisher"),
    storyId: f.optional("Story ID", Digits),
  };
}

export function icewsQuadrupleRow(def: LayoutDef, line: number, values: ReadonlyMap<string, string>): EventRow {
  const f = new Fields(values, def.columns.get(values.size)!);
  const name = f.text("relation");
  const code = name === null ? undefined : cameoByIcewsName(name);
  if (!code) throw new FieldError("relation (2)", `${JSON.stringify(name ?? "")}: not an ICEWS event name`);
  return {
    dataset: "icews",
    layout: def.layout,
    line,
    eventId: `line-${line}`,
    date: f.required("date", IsoDate),
    cameo: code.code,
    // The quadruples carry no intensity: the codebook's ICEWS value stands in.
    goldstein: code.icewsGoldstein,
    quadClass: code.quadClass,
    source: namedActor(f.text("subject"), null, null),
    target: namedActor(f.text("object"), null, null),
    mentions: null,
    sources: null,
    articles: null,
    tone: null,
    place: null,
    url: null,
    publisher: null,
    storyId: null,
  };
}
