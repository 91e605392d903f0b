// The one rule for independent sources, shared by the server's count and the explorer's explanation.

import { sourceIndependence } from "../../graph-schema/index.js";

const rewrites = (pairs: Record<string, string>) => (id: string) => pairs[id] ?? null;

describe("sourceIndependence", () => {
  it("counts distinct articles when none rewrites another", () => {
    expect(sourceIndependence(["a", "b", "a"], rewrites({}))).toEqual({ total: 2, independent: 2, repetitions: [] });
  });

  it("does not count a rewrite of another source, even through an article that is not a source", () => {
    // c rewrites x, which rewrites a: c repeats a.
    const found = sourceIndependence(["a", "b", "c"], rewrites({ c: "x", x: "a" }));
    expect(found).toEqual({ total: 3, independent: 2, repetitions: [{ article: "c", original: "a" }] });
  });

  it("keeps one source of a corrupt cycle, and ends", () => {
    const found = sourceIndependence(["a", "b"], rewrites({ a: "b", b: "a" }));
    expect(found.independent).toBe(1);
    expect(found.repetitions).toEqual([{ article: "b", original: "a" }]);
  });

  it("follows a chain of sources to the first one", () => {
    const found = sourceIndependence(["a", "b", "c"], rewrites({ c: "b", b: "a" }));
    expect(found.independent).toBe(1);
    expect(found.repetitions).toEqual([
      { article: "b", original: "a" },
      { article: "c", original: "b" },
    ]);
  });
});
