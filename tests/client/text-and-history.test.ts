// Text segmentation for highlights (overlapping mentions inside evidence sentences) and the
// Cypher console's history and parameter parsing.

import { segmentText } from "../../client/src/ui/text-segments.js";
import { addToHistory, loadHistory, parseParams, saveHistory } from "../../client/src/cypher/history.js";

describe("segmentText", () => {
  it("cuts at span borders and nests overlapping spans, outermost first", () => {
    const text = "Russia offered to mediate.";
    const segs = segmentText(text, [
      { start: 0, end: 26, kind: "evidence" },
      { start: 0, end: 6, kind: "mention" },
    ]);
    expect(segs.map((s) => s.text)).toEqual(["Russia", " offered to mediate."]);
    expect(segs[0]!.spans.map((s) => s.kind)).toEqual(["evidence", "mention"]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
  });

  it("ignores spans outside the text", () => {
    expect(segmentText("abc", [{ start: 2, end: 9, kind: "x" }])).toEqual([{ text: "abc", start: 0, spans: [] }]);
  });
});

describe("Cypher history", () => {
  it("keeps the newest first, without duplicates, bounded", () => {
    let h: string[] = [];
    for (const q of ["a", "b", "a", "c"]) h = addToHistory(h, q, 2);
    expect(h).toEqual(["c", "a"]);
    expect(addToHistory(h, "   ")).toEqual(h);
  });

  it("round-trips through a storage and tolerates garbage", () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    saveHistory(storage, ["MATCH (n) RETURN n"]);
    expect(loadHistory(storage)).toEqual(["MATCH (n) RETURN n"]);
    store.set("actorgraph.cypher.history", "{not json");
    expect(loadHistory(storage)).toEqual([]);
    expect(loadHistory(null)).toEqual([]);
  });

  it("parses the parameters box", () => {
    expect(parseParams("")).toEqual({ ok: true, params: {} });
    expect(parseParams('{"id": "russia"}')).toEqual({ ok: true, params: { id: "russia" } });
    expect(parseParams("[1]").ok).toBe(false);
    expect(parseParams("{oops").ok).toBe(false);
  });
});
