// Provenance per fact: each extracted relation names the extractor, its version and the rule that
// read it; ingestion carries that onto the stored relation's evidence, which the schema validates.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Evidence } from "../../graph-schema/index.js";
import { loadCuratedDataset } from "../../server/dataset/curated.js";
import { createRuleExtractor, EXTRACTOR_NAME } from "../../server/ingest/extract/index.js";
import { CODE_RULES, RULE_EXTRACTOR } from "../../server/ingest/extract/provenance.js";
import { RELATION_RULES } from "../../server/ingest/extract/triggers.js";
import { ingestArticles } from "../../server/ingest/ingest.js";
import { indexKnowledge } from "../../server/ingest/knowledge-index.js";
import { IngestLedger } from "../../server/ingest/ledger.js";
import { DEFAULT_DATA_DIR } from "../../server/paths.js";
import { openTestStore } from "../support/test-engine.js";

const TEXT =
  "Qatar offered to mediate between Iran and the United States. Russian Foreign Minister Sergei Lavrov met " +
  "Abbas Araghchi in Moscow on Monday, the Kremlin said. Iran supplied drones to Russia, Reuters reported.";
const RULE_EXTRACTOR_PROVENANCE = { extractor: RULE_EXTRACTOR.name, version: RULE_EXTRACTOR.version };
const KNOWN_RULES = new Set([...RELATION_RULES.map((r) => r.id), ...Object.values(CODE_RULES)]);

describe("the Evidence schema", () => {
  const evidence = { article: "a", sentence: "Putin met Erdogan.", start: 0, end: 18 };

  it("accepts evidence with or without provenance", () => {
    expect(Evidence.safeParse(evidence).success).toBe(true);
    const provenance = { extractor: "actorgraph-rules", version: "5", rule: "met.meet" };
    expect(Evidence.parse({ ...evidence, provenance }).provenance).toEqual(provenance);
  });

  it.each([
    [{ extractor: "actorgraph-rules", version: "5" }, "a missing rule"],
    [{ extractor: "actorgraph-rules", version: "5", rule: "Met Meet!" }, "a rule id that is no id"],
    [{ extractor: "Actor Graph", version: "5", rule: "met.meet" }, "an extractor name that is no slug"],
    [{ extractor: "actorgraph-rules", version: "5", rule: "met.meet", by: "x" }, "an unknown key"],
  ])("refuses %j (%s)", (provenance: object, _why: string) => {
    expect(Evidence.safeParse({ ...evidence, provenance }).success).toBe(false);
  });
});

test("every relation the rule extractor reads names the extractor, its version and a known rule", async () => {
  const out = await createRuleExtractor().extract(
    { id: "t", title: "", text: TEXT, published: "2025-06-02" },
    indexKnowledge({ entities: [], relations: [] }),
  );
  expect(out.relations.length).toBeGreaterThan(3);
  for (const r of out.relations) {
    expect(r.provenance).toMatchObject({ extractor: RULE_EXTRACTOR.name, version: RULE_EXTRACTOR.version });
    expect(KNOWN_RULES).toContain(r.provenance.rule);
  }
  const byRule = new Set(out.relations.map((r) => `${r.type} ${r.provenance.rule}`));
  expect(byRule).toContain("OFFERED_MEDIATION offered-mediation.offer");
  expect(byRule).toContain("MET met.meet");
  expect(byRule).toContain(`HOLDS_ROLE ${CODE_RULES.holdsRole}`);
  expect(EXTRACTOR_NAME).toBe(`${RULE_EXTRACTOR.name}/${RULE_EXTRACTOR.version}`);
});

test("ingestion stores the provenance on the relation's evidence", async () => {
  const dir = await mkdtemp(join(tmpdir(), "actorgraph-provenance-"));
  const store = await openTestStore();
  try {
    await store.load(await loadCuratedDataset(), { reset: true });
    const { reports } = await ingestArticles(
      [
        {
          meta: { title: "Drones", outlet: "Test Wire", published: "2025-06-02", url: null, language: "en" },
          text: TEXT,
        },
      ],
      {
        dataDir: DEFAULT_DATA_DIR,
        ledger: new IngestLedger(join(dir, "ingested")),
        extractor: createRuleExtractor(),
        store,
      },
    );
    const supplied = reports[0]!.relations.find((r) => r.type === "SUPPLIES")!;
    expect(supplied.evidence.provenance).toEqual({ ...RULE_EXTRACTOR_PROVENANCE, rule: "supplies.supply" });
    const stored = (await store.relation(supplied.id))!;
    const ours = stored.evidence.find((e) => e.article === reports[0]!.article.id)!;
    expect(Evidence.parse(ours).provenance).toEqual({ ...RULE_EXTRACTOR_PROVENANCE, rule: "supplies.supply" });
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
});
