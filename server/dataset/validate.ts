// The `validate` entry point the CLI calls: read a data folder, check each record's schema and
// the integrity of the whole, and summarise what the folder holds. Never throws for bad data.

import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from "../../graph-schema/index.js";
import { readDataFolder, type RawData } from "./files.js";
import { checkIntegrity, type CheckResult } from "./integrity.js";

export { checkIntegrity, type CheckOptions, type CheckResult } from "./integrity.js";

export interface ValidationSummary {
  articles: number;
  entities: Record<EntityType, number>;
  relations: Partial<Record<RelationType, number>>;
  disputes: number;
  /** Evidence entries over all relations (a sentence cited by two relations counts twice). */
  evidence: number;
  /** Distinct sentences cited by relations or disputes. */
  sentences: number;
}

export interface ValidationResult extends CheckResult {
  dir: string;
  summary: ValidationSummary;
}

/** Reads, schema-checks and integrity-checks a data folder; never throws for bad data. */
export async function validateDataFolder(dir?: string): Promise<ValidationResult> {
  const folder = await readDataFolder(dir);
  const checked = checkIntegrity(folder.data, { origins: folder.origins, unreadable: folder.unreadable });
  return {
    dir: folder.dir,
    problems: [...folder.problems, ...checked.problems],
    warnings: [...folder.warnings, ...checked.warnings],
    summary: summarize(folder.data),
  };
}

export function summarize(data: RawData): ValidationSummary {
  const entities = Object.fromEntries(ENTITY_TYPES.map((l) => [l, 0])) as Record<EntityType, number>;
  for (const e of data.entities) entities[e.type]++;
  const relations: Partial<Record<RelationType, number>> = {};
  for (const type of RELATION_TYPES) {
    const n = data.relations.filter((r) => r.type === type).length;
    if (n > 0) relations[type] = n;
  }
  const cited = [
    ...data.relations.flatMap((r) => r.evidence),
    ...data.disputes.flatMap((d) => d.claims.flatMap((c) => c.evidence)),
  ];
  return {
    articles: data.articles.length,
    entities,
    relations,
    disputes: data.disputes.length,
    evidence: data.relations.reduce((n, r) => n + r.evidence.length, 0),
    sentences: new Set(cited.map((e) => `${e.article}\u0000${e.start}\u0000${e.end}`)).size,
  };
}
