// Every relation rule's own examples (data/extraction/relation-rules.json): each positive sentence is
// read by that rule with its relation type and direction; no negative sentence is read by it.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { foldName } from "../../graph-schema/index.js";
import { createRuleExtractor } from "../../server/ingest/extract/index.js";
import { loadRelationRules, RELATION_RULES_FILE } from "../../server/ingest/extract/rule-records.js";
import { RELATION_RULES } from "../../server/ingest/extract/triggers.js";
import type { Extraction } from "../../server/ingest/extractor.js";
import { indexKnowledge } from "../../server/ingest/knowledge-index.js";
import { fromRoot } from "../../server/paths.js";

const extractor = createRuleExtractor();
// The reference tables only: the examples must hold without anything the curated graph knows.
const knowledge = indexKnowledge({ entities: [], relations: [] });

async function extract(text: string): Promise<Extraction> {
  return extractor.extract({ id: "example", title: "", text, published: "2025-05-01" }, knowledge);
}

/** Relations the rule produced, as "TYPE source>target" over the texts of the ends' mentions. */
function readings(out: Extraction, rule: string): string[][] {
  const spellings = new Map(out.entities.map((e) => [e.id, [e.name, ...e.mentions.map((m) => m.text)].map(foldName)]));
  return out.relations
    .filter((r) => r.provenance.rule === rule)
    .map((r) => [
      r.type,
      ...(spellings.get(r.source) ?? []).map((s) => `source:${s}`),
      ...(spellings.get(r.target) ?? []).map((t) => `target:${t}`),
    ]);
}

const rules = RELATION_RULES.map((r) => [r.id, r] as const);

describe.each(rules)("rule %s", (id, rule) => {
  it.each(rule.examples.positive)("reads $text", async ({ text, source, target }) => {
    const read = readings(await extract(text), id);
    const wanted = [rule.type, `source:${foldName(source)}`, `target:${foldName(target)}`];
    expect(read.some((r) => wanted.every((w) => r.includes(w)))).toBe(true);
  });

  it.each(rule.examples.negative)("does not read $text", async ({ text }) => {
    expect(readings(await extract(text), id)).toEqual([]);
  });
});

test("every rule id is unique and every rule has at least one example of each kind", () => {
  expect(new Set(RELATION_RULES.map((r) => r.id)).size).toBe(RELATION_RULES.length);
  for (const r of RELATION_RULES) {
    expect(r.examples.positive.length).toBeGreaterThan(0);
    expect(r.examples.negative.length).toBeGreaterThan(0);
  }
});

describe("the rule file is validated when loaded", () => {
  const original = JSON.parse(readFileSync(fromRoot(RELATION_RULES_FILE), "utf8")) as { rules: object[] };
  const [first, second] = original.rules as [Record<string, unknown>, Record<string, unknown>];
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "actorgraph-rules-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const load = (rules: object[]): unknown => {
    const file = join(dir, "rules.json");
    writeFileSync(file, JSON.stringify({ about: "test", rules }));
    return loadRelationRules(file);
  };

  it("loads the project's own rules as they are", () => {
    expect(load(original.rules)).toHaveLength(RELATION_RULES.length);
  });

  it.each([
    ["a relation type outside the vocabulary", [{ ...first, type: "HUGGED" }]],
    ["an unknown frame", [{ ...first, frame: "passive" }]],
    ["a confidence above 1", [{ ...first, confidence: 1.5 }]],
    [
      "a rule without negative examples",
      [{ ...first, examples: { positive: [{ text: "x", source: "a", target: "b" }], negative: [] } }],
    ],
    ["an unknown field", [{ ...first, weight: 2 }]],
    ["two rules with one id", [first, { ...second, id: first.id }]],
  ])("refuses %s", (_why, rules) => {
    expect(() => load(rules)).toThrow(RELATION_RULES_FILE);
  });
});
