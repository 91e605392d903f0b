// A GDELT 1.0 or 2.0 row (named fields) as an EventRow: actor codes and their parts, the exact
// CAMEO code, Goldstein, QuadClass, counts, tone, where it happened and the source URL.

import { cameoCode, type QuadClass } from "../../graph-schema/index.js";
import type { EventActor, EventRow } from "./event-row.js";
import { CameoCodeField, CompactDate, Count, Digits, Fields, Finite } from "./fields.js";
import type { LayoutDef } from "./layouts.js";

function actor(f: Fields, n: 1 | 2): EventActor | null {
  const code = f.text(`Actor${n}Code`);
  if (code === null) return null;
  return {
    code,
    name: f.text(`Actor${n}Name`),
    country: f.text(`Actor${n}CountryCode`),
    knownGroup: f.text(`Actor${n}KnownGroupCode`),
    role: f.text(`Actor${n}Type1Code`),
    sectors: [],
  };
}

/** A URL, or the publisher GDELT writes in its place ("BBC Monitoring"). */
function sourceOf(value: string | null): { url: string | null; publisher: string | null } {
  if (value === null) return { url: null, publisher: null };
  return /^https?:\/\//i.test(value) ? { url: value, publisher: null } : { url: null, publisher: value };
}

export function gdeltRow(def: LayoutDef, line: number, values: ReadonlyMap<string, string>): EventRow {
  const f = new Fields(values, def.columns.get(values.size)!);
  const cameo = f.required("EventCode", CameoCodeField);
  const quad = f.optional("QuadClass", Count);
  const { url, publisher } = sourceOf(values.has("SOURCEURL") ? f.text("SOURCEURL") : null);
  return {
    dataset: "gdelt",
    layout: def.layout,
    line,
    eventId: f.required("GLOBALEVENTID", Digits),
    date: f.required("SQLDATE", CompactDate),
    cameo,
    goldstein: f.optional("GoldsteinScale", Finite),
    quadClass: quad !== null && quad >= 1 && quad <= 4 ? (quad as QuadClass) : cameoCode(cameo)!.quadClass,
    source: actor(f, 1),
    target: actor(f, 2),
    mentions: f.optional("NumMentions", Count),
    sources: f.optional("NumSources", Count),
    articles: f.optional("NumArticles", Count),
    tone: f.optional("AvgTone", Finite),
    place: f.text("ActionGeo_FullName"),
    url,
    publisher,
    storyId: null,
  };
}
