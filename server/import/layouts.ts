// The event-file layouts the importer reads: their columns in file order, how values are
// separated and what marks an empty value, and how a layout is recognised from a file's first line.

export const LAYOUTS = ["gdelt1-header", "gdelt1-raw", "gdelt2-raw", "icews-events", "icews-quadruples"] as const;
export type Layout = (typeof LAYOUTS)[number];
export type EventDataset = "gdelt" | "icews";

const ACTOR = (n: 1 | 2): string[] =>
  ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code"]
    .concat(["Type1Code", "Type2Code", "Type3Code"])
    .map((c) => `Actor${n}${c}`);
const GEO = (prefix: string, adm2: boolean): string[] =>
  ["Type", "FullName", "CountryCode", "ADM1Code", ...(adm2 ? ["ADM2Code"] : []), "Lat", "Long", "FeatureID"].map(
    (c) => `${prefix}_${c}`,
  );
const gdeltColumns = (adm2: boolean, url: boolean): readonly string[] => [
  ...["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"],
  ...ACTOR(1),
  ...ACTOR(2),
  ...["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale"],
  ...["NumMentions", "NumSources", "NumArticles", "AvgTone"],
  ...GEO("Actor1Geo", adm2),
  ...GEO("Actor2Geo", adm2),
  ...GEO("ActionGeo", adm2),
  "DATEADDED",
  ...(url ? ["SOURCEURL"] : []),
];

/** GDELT 1.0 daily files (58 columns); the historical backfile lacks SOURCEURL (57). */
export const GDELT1_COLUMNS = gdeltColumns(false, true);
export const GDELT1_BACKFILE_COLUMNS = gdeltColumns(false, false);
/** GDELT 2.0: an ADM2 code after each ADM1 code (61 columns). */
export const GDELT2_COLUMNS = gdeltColumns(true, true);

export const ICEWS_EVENT_COLUMNS: readonly string[] = [
  ...["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code"],
  ...["Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher"],
  ...["City", "District", "Province", "Country", "Latitude", "Longitude"],
];
export const ICEWS_QUADRUPLE_COLUMNS: readonly string[] = ["subject", "relation", "object", "date"];

export interface LayoutDef {
  layout: Layout;
  dataset: EventDataset;
  delimiter: "," | "\t";
  /** RFC 4180 quoting (the R-written GDELT file); raw exports never quote. */
  quoted: boolean;
  header: boolean;
  /** Column lists a row may have, by field count (GDELT 1.0 raw mixes 57 and 58). */
  columns: ReadonlyMap<number, readonly string[]>;
  /** Values meaning "empty" besides the empty string. */
  naMarkers: ReadonlySet<string>;
}

const byCount = (...lists: (readonly string[])[]): ReadonlyMap<number, readonly string[]> =>
  new Map(lists.map((l) => [l.length, l]));
const NA = new Set(["NA"]);
const NONE = new Set<string>();

export const LAYOUT_DEFS: Readonly<Record<Layout, LayoutDef>> = {
  "gdelt1-header": {
    layout: "gdelt1-header",
    dataset: "gdelt",
    delimiter: ",",
    quoted: true,
    header: true,
    columns: byCount(GDELT1_COLUMNS),
    naMarkers: NA,
  },
  "gdelt1-raw": {
    layout: "gdelt1-raw",
    dataset: "gdelt",
    delimiter: "\t",
    quoted: false,
    header: false,
    columns: byCount(GDELT1_COLUMNS, GDELT1_BACKFILE_COLUMNS),
    naMarkers: NONE,
  },
  "gdelt2-raw": {
    layout: "gdelt2-raw",
    dataset: "gdelt",
    delimiter: "\t",
    quoted: false,
    header: false,
    columns: byCount(GDELT2_COLUMNS),
    naMarkers: NONE,
  },
  "icews-events": {
    layout: "icews-events",
    dataset: "icews",
    delimiter: "\t",
    quoted: false,
    header: true,
    columns: byCount(ICEWS_EVENT_COLUMNS),
    naMarkers: NA,
  },
  "icews-quadruples": {
    layout: "icews-quadruples",
    dataset: "icews",
    delimiter: "\t",
    quoted: false,
    header: false,
    columns: byCount(ICEWS_QUADRUPLE_COLUMNS),
    naMarkers: NONE,
  },
};

/** The layout a file's first line shows, or null when it is none of them. */
export function detectLayout(firstLine: string): Layout | null {
  const line = firstLine.replace(/^\uFEFF/, "").replace(/\r$/, "");
  if (/^"?GLOBALEVENTID"?,/.test(line)) return "gdelt1-header";
  if (line.startsWith("Event ID\tEvent Date\t")) return "icews-events";
  const fields = line.split("\t");
  if (fields.length === 61 && /^\d+$/.test(fields[0]!)) return "gdelt2-raw";
  if ((fields.length === 57 || fields.length === 58) && /^\d+$/.test(fields[0]!)) return "gdelt1-raw";
  if (fields.length === 4 && /^\d{4}-\d{2}-\d{2}$/.test(fields[3]!)) return "icews-quadruples";
  return null;
}
