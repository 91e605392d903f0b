// The leave-one-article-out knowledge really lacks what the held-out article alone introduced
// (entities, aliases, relations, evidence), and keeps what other articles also support.

import type { Dataset } from "../../../server/dataset/dataset.js";
import { loadCuratedDataset } from "../../../server/dataset/curated.js";
import { goldFor, leaveOneOut, supportingArticles } from "../../../server/ingest/evaluate/leave-one-out.js";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadCuratedDataset();
});

const ARTICLE = "000_ae70984ab181cade";
const textOf = (id: string): string => dataset.articles.find((a) => a.id === id)!.text;
const otherTexts = (id: string): string[] => dataset.articles.filter((a) => a.id !== id).map((a) => a.text);

test("an entity only the held-out article names is absent; one named elsewhere too is kept", () => {
  // Araghchi is named in article 000 only; Peskov in 000 and 001.
  expect(textOf(ARTICLE)).toContain("Araghchi");
  expect(otherTexts(ARTICLE).some((t) => t.includes("Araghchi"))).toBe(false);
  const held = leaveOneOut(dataset, ARTICLE);
  const ids = new Set(held.knowledge.entities.map((e) => e.id));
  expect(held.removedEntities.has("abbas-araghchi")).toBe(true);
  expect(ids.has("abbas-araghchi")).toBe(false);
  expect(ids.has("dmitry-peskov")).toBe(true);
});

test("an alias only the held-out article spells is dropped from the kept entity", () => {
  expect(otherTexts(ARTICLE).some((t) => t.includes("Peskow"))).toBe(false);
  const peskov = leaveOneOut(dataset, ARTICLE).knowledge.entities.find((e) => e.id === "dmitry-peskov")!;
  expect(peskov.aliases).not.toContain("Dmitri Peskow");
  expect(peskov.aliases).not.toContain("Peskow");
  expect(peskov.aliases).toContain("Peskov");
});

test.each(["000_ae70984ab181cade", "001_b54041ff09dc4f03", "004_3082130f9483ea17"])(
  "for %s: nothing left in the knowledge rests on the article alone",
  (id) => {
    const held = leaveOneOut(dataset, id);
    const support = supportingArticles(dataset);
    for (const e of held.knowledge.entities) expect([...support.get(e.id)!].some((a) => a !== id)).toBe(true);
    for (const removed of held.removedEntities) expect([...support.get(removed)!]).toEqual([id]);
    for (const e of held.knowledge.entities)
      for (const alias of e.aliases) {
        const inOthers = otherTexts(id).some((t) => t.toLowerCase().includes(alias.toLowerCase()));
        const inThis = textOf(id).toLowerCase().includes(alias.toLowerCase());
        expect(inOthers || !inThis).toBe(true);
      }
    const kept = new Set(held.knowledge.entities.map((e) => e.id));
    for (const r of held.knowledge.relations) {
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(r.evidence.every((e) => e.article !== id)).toBe(true);
      expect(kept.has(r.source) && kept.has(r.target)).toBe(true);
    }
    const onlyHere = dataset.relations.filter((r) => r.sources.length === 1 && r.sources[0] === id);
    expect(onlyHere.length).toBeGreaterThan(0);
    for (const r of onlyHere) expect(held.removedRelations.has(r.id)).toBe(true);
    expect(held.knowledge.relations.length + held.removedRelations.size).toBe(dataset.relations.length);
  },
);

test("the gold for an article is every relation with evidence in it, cut down to its sentences", () => {
  const gold = goldFor(dataset, ARTICLE);
  const expected = dataset.relations.filter((r) => r.evidence.some((e) => e.article === ARTICLE));
  expect(gold.relations.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
  for (const r of gold.relations) expect(r.evidence.every((e) => e.article === ARTICLE)).toBe(true);
  const ids = new Set(gold.entities.map((e) => e.id));
  for (const r of gold.relations) expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
});
