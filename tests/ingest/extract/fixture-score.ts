// Held-out storyline fixtures (tests/ingest/extract/fixtures/*.json): articles written for this
// check with their expected relations, scored strictly (same type and ends; undirected types in
// either order) against the extractor run with the curated graph as knowledge. Printed by
// `npx tsx tests/ingest/extract/print-fixture-scores.ts [--verbose]`.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { relationTypeDef, RELATION_TYPES, type RelationType } from "../../../graph-schema/index.js";
import { loadCuratedDataset } from "../../../server/dataset/curated.js";
import { normaliseName } from "../../../server/ingest/evaluate/normalise.js";
import { createRuleExtractor } from "../../../server/ingest/extract/index.js";
import type { ExtractedEntity, Extractor } from "../../../server/ingest/extractor.js";
import { indexKnowledge, type KnowledgeIndex } from "../../../server/ingest/knowledge-index.js";
import { PROJECT_ROOT } from "../../../server/paths.js";

const Fact = z
  .object({
    type: z.enum(RELATION_TYPES as [RelationType, ...RelationType[]]),
    /** Names of the end, alternatives separated by "|". */
    source: z.string().min(1),
    target: z.string().min(1),
  })
  .strict();
const Fixture = z
  .object({
    id: z.string(),
    title: z.string(),
    published: z.string().nullable(),
    text: z.string(),
    expected: z.array(Fact),
  })
  .strict();
export type Fixture = z.infer<typeof Fixture>;

export const FIXTURE_DIR = join(PROJECT_ROOT, "tests", "ingest", "extract", "fixtures");

export function loadFixtures(dir = FIXTURE_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => Fixture.parse(JSON.parse(readFileSync(join(dir, f), "utf8"))));
}

export interface FixtureScore {
  id: string;
  expected: number;
  found: number;
  predicted: number;
  correct: number;
  missed: string[];
  extra: string[];
}

function namesOf(e: ExtractedEntity): Set<string> {
  return new Set(
    [e.name, e.id.replace(/-/g, " "), ...e.newAliases, ...e.mentions.map((m) => m.text)].map(normaliseName),
  );
}

function endMatches(names: Set<string> | undefined, wanted: string): boolean {
  return !!names && wanted.split("|").some((w) => names.has(normaliseName(w)));
}

export async function scoreFixture(
  fixture: Fixture,
  extractor: Extractor,
  knowledge: KnowledgeIndex,
): Promise<FixtureScore> {
  const out = await extractor.extract(
    { id: fixture.id, title: fixture.title, text: fixture.text, published: fixture.published },
    knowledge,
  );
  const names = new Map(out.entities.map((e) => [e.id, namesOf(e)]));
  const nameOf = new Map(out.entities.map((e) => [e.id, e.name]));
  const unique = new Map(out.relations.map((r) => [`${r.type}|${r.source}|${r.target}`, r]));
  const matches = (f: z.infer<typeof Fact>, r: { type: RelationType; source: string; target: string }): boolean => {
    if (f.type !== r.type) return false;
    const direct = endMatches(names.get(r.source), f.source) && endMatches(names.get(r.target), f.target);
    const swapped = endMatches(names.get(r.target), f.source) && endMatches(names.get(r.source), f.target);
    return direct || (!relationTypeDef(f.type).directed && swapped);
  };
  const relations = [...unique.values()];
  const describe = (t: string, s: string, g: string): string => `${t}(${s} → ${g})`;
  const missed = fixture.expected.filter((f) => !relations.some((r) => matches(f, r)));
  const extra = relations.filter((r) => !fixture.expected.some((f) => matches(f, r)));
  return {
    id: fixture.id,
    expected: fixture.expected.length,
    found: fixture.expected.length - missed.length,
    predicted: relations.length,
    correct: relations.length - extra.length,
    missed: missed.map((f) => describe(f.type, f.source, f.target)),
    extra: extra.map((r) => describe(r.type, nameOf.get(r.source) ?? r.source, nameOf.get(r.target) ?? r.target)),
  };
}

export function prf(s: Pick<FixtureScore, "expected" | "found" | "predicted" | "correct">): {
  p: number;
  r: number;
  f1: number;
} {
  const p = s.predicted === 0 ? 0 : s.correct / s.predicted;
  const r = s.expected === 0 ? 0 : s.found / s.expected;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export async function scoreAllFixtures(extractor: Extractor = createRuleExtractor()): Promise<FixtureScore[]> {
  const ds = await loadCuratedDataset();
  const knowledge = indexKnowledge({ entities: ds.entities, relations: ds.relations });
  const scores: FixtureScore[] = [];
  for (const f of loadFixtures()) scores.push(await scoreFixture(f, extractor, knowledge));
  return scores;
}

export function totalOf(
  scores: readonly FixtureScore[],
): Pick<FixtureScore, "expected" | "found" | "predicted" | "correct"> {
  const sum = (k: "expected" | "found" | "predicted" | "correct"): number => scores.reduce((n, s) => n + s[k], 0);
  return { expected: sum("expected"), found: sum("found"), predicted: sum("predicted"), correct: sum("correct") };
}
