// Independent sources: distinct articles, with an article that rewrites another source of the
// same relation counted once; works whether or not the API reports derivation yet.

import { countIndependentSources, describeSourceCount } from "../../client/src/details/independent-sources.js";

const titles: Record<string, string> = { a: "Bloomberg report", b: "Financial Post rewrite", c: "Tabloid" };
const titleOf = (id: string) => titles[id] ?? id;

describe("countIndependentSources", () => {
  it("counts distinct articles when no derivation is known (before the API reports it)", () => {
    const count = countIndependentSources(
      ["a", "b", "a"],
      [
        { id: "a", title: "A" },
        { id: "b", title: "B" },
      ],
    );
    expect(count).toMatchObject({ total: 2, independent: 2, derivationKnown: false });
    expect(describeSourceCount(count, titleOf)).toBe("2 sources, 2 independent (no rewrites known)");
  });

  it("counts an article derived from another source of the relation as one", () => {
    const articles = [
      { id: "a", title: "A", derivedFrom: null },
      { id: "b", title: "B", derivedFrom: { article: "a", similarity: 0.8, basis: "same facts" } },
    ];
    const count = countIndependentSources(["a", "b"], articles);
    expect(count).toMatchObject({ total: 2, independent: 1, derivationKnown: true });
    expect(describeSourceCount(count, titleOf)).toBe(
      "2 sources, 1 independent: Financial Post rewrite rewrites Bloomberg report",
    );
  });

  it("ignores a derivation from an article that is not a source of this relation", () => {
    const articles = [
      { id: "b", title: "B", derivedFrom: { article: "z" } },
      { id: "c", title: "C", derivedFrom: null },
    ];
    expect(countIndependentSources(["b", "c"], articles).independent).toBe(2);
  });

  it("follows chains and survives cycles", () => {
    const chain = [
      { id: "a", title: "A", derivedFrom: null },
      { id: "b", title: "B", derivedFrom: { article: "a" } },
      { id: "c", title: "C", derivedFrom: { article: "b" } },
    ];
    expect(countIndependentSources(["a", "b", "c"], chain).independent).toBe(1);
    const cycle = [
      { id: "a", title: "A", derivedFrom: { article: "b" } },
      { id: "b", title: "B", derivedFrom: { article: "a" } },
    ];
    expect(countIndependentSources(["a", "b"], cycle).independent).toBeGreaterThanOrEqual(1);
  });

  it("says when a relation rests on a single article", () => {
    expect(describeSourceCount(countIndependentSources(["a"], []), titleOf)).toBe(
      "1 source, not corroborated by another article",
    );
  });
});

describe("with the API's own count", () => {
  it("uses the server's independentSources and stays consistent in words", () => {
    const count = countIndependentSources(
      ["a", "b"],
      [
        { id: "a", title: "A" },
        { id: "b", title: "B" },
      ],
      1,
    );
    expect(count.independent).toBe(1);
    expect(describeSourceCount(count, titleOf)).toBe("2 sources, 1 independent");
  });
});
