// CSV: header, one row per element, RFC 4180 quoting; parses back with csv-parse to the same rows.

import { parse } from "csv-parse/sync";
import { neutraliseFormula, writeCsv } from "../../server/export/csv-export.js";
import { fixtureSubgraph, TRICKY_SENTENCE } from "./subgraph-fixture.js";

const subgraph = fixtureSubgraph();

const EDGE_HEADER = [
  "id",
  "source",
  "target",
  "source_name",
  "target_name",
  "type",
  "date",
  "place",
  "topic",
  "confidence",
  "goldstein",
  "cameo",
  "sources",
  "evidence_count",
  "first_evidence",
  "disputed",
  "directed",
  "role",
];

function records(text: string): Record<string, string>[] {
  return parse(text, { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];
}

describe("edges (the default part)", () => {
  const text = writeCsv(subgraph);
  const rows = records(text);

  test("has the header row, then one CRLF-ended row per relation", () => {
    expect(text.split("\r\n")[0]).toBe(EDGE_HEADER.join(","));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(rows).toHaveLength(subgraph.edges.length);
    expect(writeCsv(subgraph, "edges")).toBe(text);
  });

  test("parses back to the same rows", () => {
    expect(rows[0]).toEqual({
      id: "r-offer",
      source: "russia",
      target: "united-states",
      source_name: "Russia",
      target_name: "United States",
      type: "OFFERED_MEDIATION",
      date: "2025-02",
      place: "",
      topic: "talks with Iran",
      confidence: "0.8",
      goldstein: "5",
      cameo: "039",
      sources: "a1; a2",
      evidence_count: "2",
      first_evidence: TRICKY_SENTENCE,
      disputed: "true",
      directed: "true",
      role: "",
    });
    expect(rows.map((r) => `${r.id}:${r.type}:${r.directed}`)).toEqual([
      "r-offer:OFFERED_MEDIATION:true",
      "r-call-1:CALLED:false",
      "r-call-2:CALLED:false",
      "r-talks:SEEKS_TALKS:true",
      "r-role:HOLDS_ROLE:true",
      "r-sanctions:SANCTIONS:true",
    ]);
    expect(rows[3]).toMatchObject({ place: "riyadh", source_name: "Vladimir Putin", target_name: "Donald Trump" });
    expect(rows[4]).toMatchObject({ role: "spokesperson", goldstein: "", cameo: "", date: "", disputed: "false" });
    expect(rows[5]).toMatchObject({ goldstein: "-8", confidence: "0.6" });
  });

  test("quotes the sentence as RFC 4180 says: in double quotes, inner quotes doubled", () => {
    expect(text).toContain(`"${TRICKY_SENTENCE.replaceAll('"', '""')}"`);
  });

  test("quotes a field holding a line break, so the row stays one row", () => {
    const multiline = fixtureSubgraph();
    multiline.edges[0]!.attributes.evidence[0]!.sentence = "first line\nsecond line\r\nthird";
    const parsed = records(writeCsv(multiline));
    expect(parsed).toHaveLength(6);
    expect(parsed[0]!.first_evidence).toBe("first line\nsecond line\r\nthird");
  });

  test("falls back to the id when an endpoint is not among the nodes", () => {
    const partial = { ...fixtureSubgraph(), nodes: [] };
    expect(records(writeCsv(partial))[0]).toMatchObject({ source_name: "russia", target_name: "united-states" });
  });
});

describe("nodes", () => {
  const text = writeCsv(subgraph, "nodes");
  const rows = records(text);

  test("has its own header and one row per entity", () => {
    expect(text.split("\r\n")[0]).toBe("id,name,type,aliases,description,iso3,kind,country");
    expect(rows).toHaveLength(subgraph.nodes.length);
  });

  test("parses back to the same rows", () => {
    expect(rows).toEqual([
      {
        id: "vladimir-putin",
        name: "Vladimir Putin",
        type: "Person",
        aliases: "Putin; Wladimir Putin",
        description: "President of Russia",
        iso3: "",
        kind: "",
        country: "",
      },
      {
        id: "donald-trump",
        name: "Donald Trump",
        type: "Person",
        aliases: "",
        description: "",
        iso3: "",
        kind: "",
        country: "",
      },
      {
        id: "dmitry-peskov",
        name: "Dmitry Peskov",
        type: "Person",
        aliases: "Dmitri Peskow; Дмитрий Песков",
        description: 'Kremlin spokesman; "Putin\'s voice"',
        iso3: "",
        kind: "",
        country: "",
      },
      {
        id: "russia",
        name: "Russia",
        type: "State",
        aliases: "Moscow; the Kremlin",
        description: "",
        iso3: "RUS",
        kind: "",
        country: "",
      },
      {
        id: "united-states",
        name: "United States",
        type: "State",
        aliases: "Washington",
        description: "",
        iso3: "USA",
        kind: "",
        country: "",
      },
      {
        id: "kremlin",
        name: "Kremlin",
        type: "Organization",
        aliases: "",
        description: "Russian presidency",
        iso3: "",
        kind: "government body",
        country: "russia",
      },
      {
        id: "riyadh",
        name: "Riyadh",
        type: "Place",
        aliases: "Er-Riad",
        description: "",
        iso3: "",
        kind: "city",
        country: "",
      },
    ]);
  });
});

describe("spreadsheet formulas", () => {
  test.each(['=HYPERLINK("x")', "+1", "-2 said", "@SUM(A1)", "\tx"])(
    "a text cell starting like a formula gets an apostrophe: %j",
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    },
  );
  test("other text is untouched", () => {
    expect(neutraliseFormula("Putin said = nothing")).toBe("Putin said = nothing");
  });
  test("applies to text columns only: a negative Goldstein stays a number", () => {
    const risky = fixtureSubgraph();
    risky.edges[5]!.attributes.evidence[0]!.sentence = "=cmd|' /C calc'!A0";
    const row = records(writeCsv(risky))[5]!;
    expect(row.first_evidence).toBe("'=cmd|' /C calc'!A0");
    expect(row.goldstein).toBe("-8");
  });
});
