// Copy detection between articles and independent-source counts: the corpus's rewrite is found,
// unrelated articles are not linked, and repeats do not count as confirmation.

import { loadCuratedDataset } from "../../server/dataset/curated.js";
import { detectDerivations, independentSourceCount } from "../../server/dataset/derivation.js";

test("the corpus's rewrite (001) is found to repeat 000, and 004 repeats neither", async () => {
  const dataset = await loadCuratedDataset();
  const byId = new Map(dataset.articles.map((a) => [a.id.slice(0, 3), a]));
  expect(byId.get("001")!.derivedFrom).toMatchObject({ article: byId.get("000")!.id });
  expect(byId.get("001")!.derivedFrom!.similarity).toBeGreaterThanOrEqual(0.4);
  expect(byId.get("000")!.derivedFrom).toBeNull();
  expect(byId.get("004")!.derivedFrom).toBeNull();
});

test("a relation carried by an article and its rewrite has one independent source", async () => {
  const dataset = await loadCuratedDataset();
  const [a000, a001, a004] = ["000", "001", "004"].map((p) => dataset.articles.find((a) => a.id.startsWith(p))!.id);
  const both = dataset.relations.filter(
    (r) => r.sources.length === 2 && r.sources.includes(a000!) && r.sources.includes(a001!),
  );
  expect(both.length).toBeGreaterThan(0);
  for (const r of both) expect(r.independentSources).toBe(1);
  const withOther = dataset.relations.filter((r) => r.sources.includes(a004!) && r.sources.length === 2);
  for (const r of withOther) expect(r.independentSources).toBe(2);
  for (const r of dataset.relations.filter((x) => x.sources.length === 1)) expect(r.independentSources).toBe(1);
});

test("repeats are followed through chains, and a repeat whose original is not a source still counts", () => {
  const derivations = new Map([
    ["c", { article: "b", similarity: 0.5, basis: "" }],
    ["b", { article: "a", similarity: 0.5, basis: "" }],
  ]);
  expect(independentSourceCount(["a", "b", "c"], derivations)).toBe(1);
  expect(independentSourceCount(["a", "c"], derivations)).toBe(1);
  expect(independentSourceCount(["b", "x"], derivations)).toBe(2);
});

test("articles sharing no facts are never linked, whatever their wording", async () => {
  const dataset = await loadCuratedDataset();
  const copies = dataset.articles.map((a, i) => ({ ...a, id: `copy-${i}`, published: "2030-01-01" }));
  // Same texts, but no relation cites the copies: with no shared facts there is no evidence of copying.
  const found = detectDerivations([...dataset.articles, ...copies], dataset.relations);
  for (const id of found.keys()) expect(id.startsWith("copy-")).toBe(false);
});
