// The held-out gold set (data/eval/storyline) is well formed: each article has its sidecar, every gold
// sentence occurs verbatim in the text the extractor reads, every end is a declared entity, every type
// exists and accepts its ends' labels; and the loader refuses each kind of broken annotation.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isRelationType, relationTypeDef, type EntityRecord } from "../../../graph-schema/index.js";
import { loadCuratedDataset } from "../../../server/dataset/curated.js";
import { readArticleFile } from "../../../server/ingest/article-files.js";
import { GoldFile, goldProblems, readGoldFolder } from "../../../server/ingest/evaluate/gold-files.js";
import { DEFAULT_GOLD_DIR } from "../../../server/ingest/evaluate/run-evaluation.js";
import { fromRoot } from "../../../server/paths.js";

const DIR = fromRoot(DEFAULT_GOLD_DIR);
const SLUGS = readdirSync(DIR)
  .filter((f) => f.endsWith(".gold.json"))
  .map((f) => f.slice(0, -".gold.json".length))
  .sort();

let known: Map<string, EntityRecord>;
const texts = new Map<string, string>();
beforeAll(async () => {
  known = new Map((await loadCuratedDataset()).entities.map((e) => [e.id, e]));
  for (const slug of SLUGS) {
    const file = readdirSync(DIR).find((f) => f === `${slug}.txt` || f === `${slug}.md`)!;
    texts.set(slug, (await readArticleFile(join(DIR, file))).text);
  }
});

const goldOf = (slug: string): GoldFile =>
  GoldFile.parse(JSON.parse(readFileSync(join(DIR, `${slug}.gold.json`), "utf8")));

test("the set has eight articles, each with text, sidecar and gold; 150-450 words; dated in 2025", async () => {
  expect(SLUGS).toHaveLength(8);
  expect(readdirSync(DIR).some((f) => f.endsWith(".md"))).toBe(true);
  for (const slug of SLUGS) {
    const file = readdirSync(DIR).find((f) => f === `${slug}.txt` || f === `${slug}.md`);
    expect(file).toBeDefined();
    const { meta, text } = await readArticleFile(join(DIR, file!));
    expect(meta.published).toMatch(/^2025-\d\d-\d\d$/);
    expect(meta.outlet).toBeTruthy();
    const words = text.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(150);
    expect(words).toBeLessThanOrEqual(450);
  }
});

describe.each(SLUGS)("%s.gold.json", (slug) => {
  test("sentences are verbatim, ends are declared entities, types exist and accept the ends' labels", () => {
    const gold = goldOf(slug);
    const text = texts.get(slug)!;
    const typeOf = new Map<string, string>();
    for (const e of gold.entities) {
      typeOf.set(e.name, e.type);
      if (e.graphId) {
        expect(known.get(e.graphId)?.type).toBe(e.type);
        typeOf.set(e.graphId, e.type);
      }
    }
    const claims = [
      ...gold.relations.map((r) => ({ ...r, cue: r.sentence })),
      ...gold.disputed.map((d) => ({ ...d.claim, cue: d.cue })),
    ];
    expect(gold.relations.length).toBeGreaterThan(10);
    for (const r of claims) {
      expect(text).toContain(r.cue);
      expect(isRelationType(r.type)).toBe(true);
      const def = relationTypeDef(r.type);
      expect(def.from).toContain(typeOf.get(r.source));
      expect(def.to).toContain(typeOf.get(r.target));
    }
    expect(goldProblems(gold, text, known)).toEqual([]);
  });
});

test("the loader turns the folder into relations whose evidence offsets point at their sentences", async () => {
  const articles = await readGoldFolder(DIR, [...known.values()]);
  expect(articles.map((a) => a.id)).toEqual(SLUGS);
  for (const a of articles)
    for (const r of [...a.relations, ...a.disputed]) {
      const ev = r.evidence[0]!;
      expect(a.text.slice(ev.start, ev.end)).toBe(ev.sentence);
      expect(a.entities.map((e) => e.id)).toEqual(expect.arrayContaining([r.source, r.target]));
    }
  expect(articles.reduce((n, a) => n + a.disputed.length, 0)).toBeGreaterThan(0);
});

test("goldProblems names each kind of broken annotation", () => {
  const slug = SLUGS[0]!;
  const gold = goldOf(slug);
  const first = gold.relations[0]!;
  const broken: GoldFile = {
    ...gold,
    relations: [
      { ...first, sentence: `${first.sentence} (not in the text)` },
      { ...first, source: "Nobody Declared" },
      { type: "LOCATED_IN", source: first.source, target: first.target, sentence: first.sentence },
    ],
    disputed: [{ claim: { type: "MET", source: first.source, target: "Nobody Either" }, cue: "Not a sentence." }],
  };
  const problems = goldProblems(broken, texts.get(slug)!, known);
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^relation 1 .*sentence not in the text/),
      expect.stringMatching(/^relation 2 .*source "Nobody Declared" is not a declared entity/),
      expect.stringMatching(/^relation 3 LOCATED_IN.*cannot start at a (Person|State)/),
      expect.stringMatching(/^disputed claim 1 .*target "Nobody Either" is not a declared entity/),
      expect.stringMatching(/^disputed claim 1 .*sentence not in the text/),
    ]),
  );
  expect(() => GoldFile.parse({ ...gold, relations: [{ ...first, type: "INVENTED" }] })).toThrow();
});
