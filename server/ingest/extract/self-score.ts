// Leave-one-article-out self-score of the extractor on the curated corpus (run by hand:
// `npx tsx server/ingest/extract/self-score.ts`). For each article the knowledge is the curated
// graph minus what that article introduced: entities only it mentions, aliases only its text
// uses, and its evidence (relations left without evidence are dropped). Its curated relations
// are then compared with what the extractor finds: same endpoints, same type (strict) or same
// relation family (compatible), direction only where the type is directed.

import { loadCuratedDataset } from "../../dataset/curated.js";
import type { Dataset } from "../../dataset/dataset.js";
import { relationTypeDef, type EntityRecord, type RelationType } from "../../../graph-schema/index.js";
import type { GraphKnowledge } from "../extractor.js";
import { createRuleExtractor } from "./index.js";
import { fold } from "./text.js";

function knowledgeWithout(ds: Dataset, article: string): GraphKnowledge {
  const others = ds.articles.filter((a) => a.id !== article).map((a) => fold(a.text));
  const articlesOf = new Map<string, Set<string>>();
  const note = (entity: string, a: string): void =>
    void articlesOf.set(entity, (articlesOf.get(entity) ?? new Set()).add(a));
  for (const m of ds.mentions) note(m.entity, m.article);
  for (const r of ds.relations)
    for (const e of r.evidence) {
      note(r.source, e.article);
      note(r.target, e.article);
    }
  const removed = new Set(
    ds.entities.filter((e) => [...(articlesOf.get(e.id) ?? [])].every((a) => a === article)).map((e) => e.id),
  );
  const entities: EntityRecord[] = ds.entities
    .filter((e) => !removed.has(e.id))
    .map((e) => ({
      ...e,
      aliases: e.aliases.filter((alias) => others.some((t) => new RegExp(`\\b${escape(fold(alias))}\\b`).test(t))),
    }));
  const relations = ds.relations
    .filter((r) => !removed.has(r.source) && !removed.has(r.target))
    .map((r) => ({ ...r, evidence: r.evidence.filter((e) => e.article !== article) }))
    .filter((r) => r.evidence.length > 0);
  return { entities, relations };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function key(type: RelationType | string, source: string, target: string, directed: boolean): string {
  const [a, b] = directed ? [source, target] : [source, target].sort();
  return `${type}|${a}|${b}`;
}

function keysOf(
  rels: readonly { type: RelationType; source: string; target: string }[],
  level: "type" | "family",
): Set<string> {
  return new Set(
    rels.map((r) => {
      const def = relationTypeDef(r.type);
      return key(level === "type" ? r.type : def.family, r.source, r.target, level === "type" ? def.directed : true);
    }),
  );
}

const ds = await loadCuratedDataset();
const extractor = createRuleExtractor();
const totals = {
  type: { gold: 0, found: 0, predicted: 0, correct: 0 },
  family: { gold: 0, found: 0, predicted: 0, correct: 0 },
};
const entityTotals = { gold: 0, found: 0 };
for (const article of ds.articles) {
  const knowledge = knowledgeWithout(ds, article.id);
  const out = extractor.extract(
    { id: article.id, title: article.title, text: article.text, published: article.published },
    knowledge,
  );
  // New entities are matched to curated ones by name or alias (their proposed slugs may differ).
  const byName = new Map<string, string>();
  for (const e of ds.entities) for (const n of [e.name, ...e.aliases]) byName.set(fold(n), e.id);
  const idOf = new Map(
    out.entities.map((e) => [e.id, ds.entities.some((c) => c.id === e.id) ? e.id : (byName.get(fold(e.name)) ?? e.id)]),
  );
  const predicted = out.relations.map((r) => ({
    ...r,
    source: idOf.get(r.source) ?? r.source,
    target: idOf.get(r.target) ?? r.target,
  }));
  const gold = ds.relations.filter((r) => r.evidence.some((e) => e.article === article.id));
  const line: string[] = [article.id];
  for (const level of ["type", "family"] as const) {
    const g = keysOf(gold, level);
    const p = keysOf(predicted, level);
    const found = [...g].filter((k) => p.has(k)).length;
    const t = totals[level];
    t.gold += g.size;
    t.found += found;
    t.predicted += p.size;
    t.correct += [...p].filter((k) => g.has(k)).length;
    line.push(`${level}: recall ${found}/${g.size}, precision ${[...p].filter((k) => g.has(k)).length}/${p.size}`);
    if (level === "type" && process.argv.includes("--missed"))
      for (const k of g) if (!p.has(k)) console.log("  missed", k);
    if (level === "type" && process.argv.includes("--extra"))
      for (const k of p) if (!g.has(k)) console.log("  extra", k);
  }
  const goldEntities = new Set(ds.mentions.filter((m) => m.article === article.id).map((m) => m.entity));
  const foundEntities = new Set(out.entities.map((e) => idOf.get(e.id)));
  entityTotals.gold += goldEntities.size;
  entityTotals.found += [...goldEntities].filter((e) => foundEntities.has(e)).length;
  console.log(line.join("  "));
}
const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
for (const level of ["type", "family"] as const) {
  const t = totals[level];
  console.log(
    `${level}: recall ${pct(t.found, t.gold)} (${t.found}/${t.gold}), precision ${pct(t.correct, t.predicted)} (${t.correct}/${t.predicted})`,
  );
}
console.log(
  `entities mentioned: recall ${pct(entityTotals.found, entityTotals.gold)} (${entityTotals.found}/${entityTotals.gold})`,
);
