// Disputes detected while merging: a denial against what the graph asserts (the denied relation
// is not counted as asserted), and contradictory relation types from two articles.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestArticles } from "../../server/ingest/ingest.js";
import { IngestLedger } from "../../server/ingest/ledger.js";
import { DEFAULT_DATA_DIR } from "../../server/paths.js";
import { scriptedExtractor } from "./scripted-extractor.js";

const DENIAL = "Iran on Monday denied supplying drones to Russia for use in Ukraine.";
const meta = { title: "Tehran denies", outlet: null, published: "2025-03-10", url: null, language: "en" };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "actorgraph-disputes-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

test("a denial disputes the graph's claim, and the denied relation is not asserted", async () => {
  const extractor = scriptedExtractor({
    entities: [
      { id: "iran", name: "Iran", type: "State", status: "existing" },
      { id: "russia", name: "Russia", type: "State", status: "existing" },
    ],
    relations: [{ type: "SUPPLIES", source: "iran", target: "russia", sentence: DENIAL, trigger: "supplying" }],
    cues: [
      {
        kind: "denial",
        sentence: DENIAL,
        trigger: "denied",
        about: { type: "SUPPLIES", source: null, target: null },
        position: "Iran denied supplying drones to Russia",
      },
    ],
  });
  const { reports, dataset } = await ingestArticles([{ meta, text: DENIAL }], {
    dataDir: DEFAULT_DATA_DIR,
    ledger: new IngestLedger(dir),
    extractor,
    dryRun: true,
  });
  const report = reports[0]!;
  expect(report.relations).toEqual([]);
  expect(report.disputes).toHaveLength(1);
  const [asserted, denied] = report.disputes[0]!.claims;
  expect(asserted!.evidence.every((e) => e.article !== report.article.id)).toBe(true);
  expect(denied!.evidence[0]!.sentence).toBe(DENIAL);
  const supplies = dataset.relations.find((r) => r.type === "SUPPLIES" && r.source === "iran")!;
  expect(supplies.sources).not.toContain(report.article.id);
  expect(supplies.disputes).toContain(report.disputes[0]!.id);
});

test("contradictory types between the same actors from two articles become a dispute", async () => {
  const text = "Russia opposes the Tehran Dialogue Forum's call for talks.";
  const extractor = scriptedExtractor({
    entities: [
      { id: "russia", name: "Russia", type: "State", status: "existing" },
      { id: "iran", name: "Iran", type: "State", status: "existing" },
    ],
    relations: [{ type: "OPPOSES", source: "russia", target: "iran", sentence: text, trigger: "opposes" }],
  });
  const { reports } = await ingestArticles([{ meta, text }], {
    dataDir: DEFAULT_DATA_DIR,
    ledger: new IngestLedger(dir),
    extractor,
    dryRun: true,
  });
  const id = reports[0]!.article.id;
  // The curated graph has Russia SUPPORTS Iran; an article saying Russia OPPOSES Iran contradicts it.
  const dispute = reports[0]!.disputes.find((d) => d.question.includes("backs Iran"));
  expect(dispute).toBeDefined();
  const [mine, theirs] = dispute!.claims;
  expect(mine!.evidence.map((e) => e.article)).toEqual([id]);
  expect(theirs!.evidence.length).toBeGreaterThan(0);
  expect(theirs!.evidence.every((e) => e.article !== id)).toBe(true);
});
