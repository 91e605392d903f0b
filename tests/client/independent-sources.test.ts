// The evidence panel's sentence about sources: the server's independent count as sent, with the
// rewrites among the relation's sources (the articles' `derivedFrom`) as its explanation.

import { describeSourceCount, sourceCountOf } from "../../client/src/details/independent-sources.js";

const titles: Record<string, string> = { a: "Bloomberg report", b: "Financial Post rewrite", c: "Tabloid" };
const titleOf = (id: string) => titles[id] ?? id;
const original = (id: string) => ({ id, derivedFrom: null });
const rewrite = (id: string, of: string) => ({
  id,
  derivedFrom: { article: of, similarity: 0.8, basis: "same facts" },
});

describe("sourceCountOf", () => {
  it("shows the server's count as sent, even where the articles record no rewrite", () => {
    const count = sourceCountOf({ sources: ["a", "b"], independentSources: 1 }, [original("a"), original("b")]);
    expect(count).toEqual({ total: 2, independent: 1, derivations: [] });
    expect(describeSourceCount(count, titleOf)).toBe("2 sources, 1 independent");
  });

  it("explains the count with the article that rewrites another source of the relation", () => {
    const count = sourceCountOf({ sources: ["a", "b"], independentSources: 1 }, [original("a"), rewrite("b", "a")]);
    expect(count.derivations).toEqual([{ article: "b", original: "a" }]);
    expect(describeSourceCount(count, titleOf)).toBe(
      "2 sources, 1 independent: Financial Post rewrite rewrites Bloomberg report",
    );
  });

  it("gives no explanation for a rewrite of an article that is not a source of this relation", () => {
    const count = sourceCountOf({ sources: ["b", "c"], independentSources: 2 }, [rewrite("b", "z"), original("c")]);
    expect(count.derivations).toEqual([]);
    expect(describeSourceCount(count, titleOf)).toBe("2 sources, 2 independent");
  });

  it("names each rewrite of a chain", () => {
    const chain = [original("a"), rewrite("b", "a"), rewrite("c", "b")];
    const count = sourceCountOf({ sources: ["a", "b", "c"], independentSources: 1 }, chain);
    expect(describeSourceCount(count, titleOf)).toBe(
      "3 sources, 1 independent: Financial Post rewrite rewrites Bloomberg report; Tabloid rewrites Financial Post rewrite",
    );
  });

  it("says when a relation rests on a single article", () => {
    const count = sourceCountOf({ sources: ["a", "a"], independentSources: 1 }, []);
    expect(describeSourceCount(count, titleOf)).toBe("1 source, not corroborated by another article");
  });
});
