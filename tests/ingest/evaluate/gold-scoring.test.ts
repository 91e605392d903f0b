// The held-out gold scoring mode on a tiny hand-made gold folder with scripted extractors: the gold
// answers score 1, nothing scores recall 0, an asserted disputed claim is counted, and the command's
// --gold / --only gold flags pick the part.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Relation } from "../../../graph-schema/index.js";
import { loadCuratedDataset } from "../../../server/dataset/curated.js";
import type { Extraction, Extractor, KnowledgeIndex } from "../../../server/ingest/extractor.js";
import { evaluateCommand, formatReport } from "../../../server/ingest/evaluate/command.js";
import { readGoldFolder, type GoldArticle } from "../../../server/ingest/evaluate/gold-files.js";
import { runEvaluation } from "../../../server/ingest/evaluate/run-evaluation.js";
import { emptyExtractor, extractedEntity, extractedRelation } from "./gold-extractor.js";

const TEXT =
  "Kremlin spokesman Dmitry Peskov said on Monday that Russia was ready to help Oman. " +
  "Peskov declined to confirm that Vladimir Putin had called Sultan Haitham bin Tariq.";

const GOLD = {
  entities: [
    { name: "Dmitry Peskov", type: "Person", graphId: "dmitry-peskov" },
    { name: "Russia", type: "State", graphId: "russia" },
    { name: "Oman", type: "State" },
    { name: "Vladimir Putin", type: "Person", graphId: "vladimir-putin" },
    { name: "Haitham bin Tariq", type: "Person", aliases: ["Sultan Haitham bin Tariq"] },
  ],
  relations: [
    { type: "HOLDS_ROLE", source: "dmitry-peskov", target: "Russia", date: "2025", sentence: TEXT.split(". ")[0]! },
    { type: "SUPPORTS", source: "Russia", target: "Oman", date: "2025-06-02", sentence: TEXT.split(". ")[0]! },
    {
      type: "DECLINED_COMMENT",
      source: "Dmitry Peskov",
      target: "Haitham bin Tariq",
      sentence: "Peskov declined to confirm that Vladimir Putin had called Sultan Haitham bin Tariq.",
    },
  ],
  disputed: [
    {
      claim: { type: "CALLED", source: "Vladimir Putin", target: "Haitham bin Tariq" },
      cue: "Peskov declined to confirm that Vladimir Putin had called Sultan Haitham bin Tariq.",
    },
  ],
};

let dir: string;
let articles: GoldArticle[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "actorgraph-gold-"));
  writeFileSync(join(dir, "tiny.txt"), TEXT);
  writeFileSync(
    join(dir, "tiny.meta.json"),
    JSON.stringify({ title: "Tiny", outlet: "Test", published: "2025-06-03" }),
  );
  writeFileSync(join(dir, "tiny.gold.json"), JSON.stringify(GOLD));
  articles = await readGoldFolder(dir, (await loadCuratedDataset()).entities);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Returns the gold answer itself: curated entities by id, new ones proposed under another id with their name. */
function scriptedExtractor(extra: (a: GoldArticle) => Relation[] = () => []): Extractor {
  return {
    name: "scripted-gold",
    extract(input, knowledge: KnowledgeIndex): Promise<Extraction> {
      const article = articles.find((a) => a.id === input.id)!;
      expect(knowledge.entities.length).toBeGreaterThan(20); // the whole curated graph
      expect(input.published).toBe("2025-06-03");
      const known = new Set(knowledge.entities.map((e) => e.id));
      const idOf = (id: string): string => (known.has(id) ? id : `proposed-${id}`);
      return Promise.resolve({
        entities: article.entities.map((e) => extractedEntity(e, known.has(e.id))),
        relations: [...article.relations, ...extra(article)].map((r) => extractedRelation(r, idOf)),
        cues: [],
        sentences: [],
        warnings: [],
      });
    },
  };
}

test("the gold answers score 1 on entities and relations, and assert no disputed claim", async () => {
  const { gold } = await runEvaluation({ parts: ["gold"], goldDir: dir, extractor: scriptedExtractor() });
  expect(gold!.articles.map((a) => a.article)).toEqual(["tiny"]);
  expect(gold!.articles[0]!.heldOut.entities).toEqual(["gold-haitham-bin-tariq", "gold-oman"]);
  expect(gold!.overall.entities.overall).toMatchObject({ tp: 5, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  for (const mode of ["strict", "lenient"] as const) {
    expect(gold!.overall.relations[mode].scores.overall).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect(gold!.overall.relations[mode].dates.exact).toBe(3);
    expect(gold!.overall.disputed[mode]).toEqual({ claims: 1, asserted: 0 });
  }
});

test("an extractor that finds nothing has recall 0", async () => {
  const { gold } = await runEvaluation({ parts: ["gold"], goldDir: dir, extractor: emptyExtractor });
  expect(gold!.overall.entities.overall).toMatchObject({ tp: 0, fn: 5, recall: 0 });
  expect(gold!.overall.relations.lenient.scores.overall).toMatchObject({ tp: 0, fn: 3, recall: 0, f1: 0 });
  expect(gold!.overall.disputed.lenient).toEqual({ claims: 1, asserted: 0 });
});

test("asserting a disputed claim is counted (lenient also for a compatible type) and is a false positive", async () => {
  const called = (a: GoldArticle): Relation[] => [{ ...a.disputed[0]!, type: "MET" }];
  const report = await runEvaluation({ parts: ["gold"], goldDir: dir, extractor: scriptedExtractor(called) });
  const gold = report.gold!;
  expect(gold.overall.disputed.strict).toEqual({ claims: 1, asserted: 0 });
  expect(gold.overall.disputed.lenient).toEqual({ claims: 1, asserted: 1 });
  expect(gold.articles[0]!.disputed.lenient.asserted[0]).toMatchObject({
    type: "CALLED",
    source: "vladimir-putin",
    target: "gold-haitham-bin-tariq",
  });
  expect(gold.overall.relations.strict.scores.overall).toMatchObject({ tp: 3, fp: 1 });
  const text = formatReport(report, true);
  expect(text).toContain("Held-out gold articles in");
  expect(text).toMatch(/extracted as asserted relations: strict 0 of 1 \(0\.0%\), lenient 1 of 1 \(100\.0%\)/);
  expect(text).toContain("asserted although disputed CALLED(vladimir-putin → gold-haitham-bin-tariq)");
});

test("--gold picks the gold part; it cannot be combined with another --only or with --article", async () => {
  const run = (args: string[]): Promise<unknown> => evaluateCommand().parseAsync(args, { from: "user" });
  await expect(run(["--gold", dir, "--only", "corpus"])).rejects.toThrow(/--gold goes with --only gold/);
  await expect(run(["--gold", dir, "--article", "000_ae70984ab181cade"])).rejects.toThrow(/give one/);
});
