// The Add-article preview's highlights: one unbroken mark per evidence sentence with mentions and
// trigger words nested inside, duplicate sentences merged, crossing spans cut; relation ends by name.

import { mergeDuplicateSpans, nestHighlights, type HighlightNode } from "../../client/src/ui/text-segments.js";
import { entityNamer, relationPhrase } from "../../client/src/ingest/report-view.js";
import type { IngestReport } from "../../graph-schema/index.js";

const text = (nodes: HighlightNode[]): string => nodes.map((n) => n.text).join("");
const kinds = (nodes: HighlightNode[]): (string | null)[] => nodes.map((n) => n.span?.kind ?? null);

describe("nestHighlights", () => {
  const sentence = "Lavrov met Rubio in Riyadh.";
  const spans = [
    { start: 0, end: 27, kind: "evidence" },
    { start: 0, end: 6, kind: "mention" },
    { start: 7, end: 10, kind: "trigger" },
    { start: 11, end: 16, kind: "mention" },
    { start: 20, end: 26, kind: "mention" },
  ];

  it("draws a sentence as one mark holding its mentions and trigger", () => {
    const tree = nestHighlights(`${sentence} Next.`, spans);
    expect(kinds(tree)).toEqual(["evidence", null]);
    expect(tree[0]!.text).toBe(sentence);
    expect(kinds(tree[0]!.children)).toEqual(["mention", null, "trigger", null, "mention", null, "mention", null]);
    expect(text(tree[0]!.children)).toBe(sentence);
    expect(tree[0]!.children[2]!.text).toBe("met");
  });

  it("merges the same sentence cited by two relations into one mark with both titles", () => {
    const merged = mergeDuplicateSpans([
      { start: 0, end: 5, kind: "evidence", title: "a" },
      { start: 0, end: 5, kind: "evidence", title: "b" },
      { start: 0, end: 5, kind: "mention", title: "c" },
    ]);
    expect(merged).toHaveLength(2);
    expect(merged[0]!.title).toBe("a\nb");
    const tree = nestHighlights("Hello world", [
      { start: 0, end: 5, kind: "evidence" },
      { start: 0, end: 5, kind: "evidence" },
    ]);
    expect(kinds(tree)).toEqual(["evidence", null]);
  });

  it("cuts a span that crosses another's border and keeps the whole text", () => {
    const tree = nestHighlights("abcdefgh", [
      { start: 0, end: 5, kind: "evidence" },
      { start: 3, end: 7, kind: "mention" },
    ]);
    expect(kinds(tree)).toEqual(["evidence", "mention", null]);
    expect(tree.map((n) => n.text)).toEqual(["abcde", "fg", "h"]);
    expect(kinds(tree[0]!.children)).toEqual([null, "mention"]);
    expect(tree[0]!.children[1]!.text).toBe("de");
  });
});

describe("relation phrases of the ingestion report", () => {
  const report = {
    entities: [
      { id: "marco-rubio", name: "Marco Rubio" },
      { id: "united-states", name: "United States" },
    ],
  } as unknown as IngestReport;

  it("names the ends, falling back to the id for entities the report does not list", () => {
    const nameOf = entityNamer(report);
    const relation = { source: "marco-rubio", target: "united-states", type: "HOLDS_ROLE" };
    expect(relationPhrase(relation as IngestReport["relations"][number], nameOf)).toBe(
      "Marco Rubio holds role United States",
    );
    expect(relationPhrase({ ...relation, target: "x-1" } as IngestReport["relations"][number], nameOf)).toBe(
      "Marco Rubio holds role x-1",
    );
  });
});
