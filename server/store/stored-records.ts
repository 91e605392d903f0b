// Conversion between domain records and the flat property rows both engines store: fixed
// key order (the embedded engine's batches need it), JSON text for nested evidence/claims.

import {
  nodeProperties,
  relationTypeDef,
  RELATION_PROPERTIES,
  type Article,
  type DisputeRecord,
  type EntityType,
  type EntityRecord,
  type Evidence,
  type Relation,
  type RelationType,
} from "../../graph-schema/index.js";
import type { CountedRelation } from "./graph-store.js";

export type Row = Record<string, unknown>;

/** A stored optional text: null, undefined and "" (how the embedded engine stores a missing value) are null. */
export const storedText = (v: unknown): string | null => (v === null || v === undefined || v === "" ? null : String(v));
const str = storedText;

/** The entity's stored properties, every column of its label present (null when unset). */
export function entityRow(entity: EntityRecord): Row {
  const source = entity as unknown as Row;
  const row: Row = {};
  for (const p of nodeProperties(entity.type)) row[p.name] = source[p.name] ?? null;
  return row;
}

export function rowToEntity(label: EntityType, row: Row): EntityRecord {
  const base = {
    id: String(row.id),
    name: String(row.name ?? ""),
    aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
    description: String(row.description ?? ""),
  };
  switch (label) {
    case "Person":
      return { type: "Person", ...base };
    case "State":
      return { type: "State", ...base, iso3: String(row.iso3 ?? "") };
    case "Organization":
    case "Place":
      return { type: label, ...base, kind: String(row.kind ?? ""), country: (row.country as string | null) ?? null };
  }
}

export function articleRow(article: Article): Row {
  const values: Row = {
    ...article,
    publishedRange: article.publishedRange ? JSON.stringify(article.publishedRange) : null,
    derivedFrom: article.derivedFrom ? JSON.stringify(article.derivedFrom) : null,
  };
  const row: Row = {};
  for (const p of nodeProperties("Article")) row[p.name] = values[p.name] ?? null;
  return row;
}

export function rowToArticle(row: Row): Article {
  return {
    id: String(row.id),
    file: String(row.file ?? ""),
    title: String(row.title ?? ""),
    outlet: str(row.outlet),
    published: str(row.published),
    publishedRange: row.publishedRange ? (JSON.parse(String(row.publishedRange)) as Article["publishedRange"]) : null,
    url: str(row.url),
    language: String(row.language ?? ""),
    note: String(row.note ?? ""),
    text: String(row.text ?? ""),
    derivedFrom: row.derivedFrom ? (JSON.parse(String(row.derivedFrom)) as Article["derivedFrom"]) : null,
  };
}

export function disputeRow(dispute: DisputeRecord): Row {
  return { id: dispute.id, question: dispute.question, claims: JSON.stringify(dispute.claims) };
}

export function rowToDispute(row: Row): DisputeRecord {
  return {
    id: String(row.id),
    question: String(row.question),
    claims: JSON.parse(String(row.claims)) as DisputeRecord["claims"],
  };
}

/** Stored relation properties in RELATION_PROPERTIES order (source/target travel beside them). */
export function relationRow(relation: Relation): Row {
  const values: Row = { ...relation, evidence: JSON.stringify(relation.evidence) };
  const row: Row = {};
  for (const p of RELATION_PROPERTIES) row[p.name] = values[p.name] ?? null;
  return row;
}

/** The key every stored evidence item has once; JSON escapes quotes inside strings, so it cannot occur in text. */
export const EVIDENCE_ITEM_KEY = '"sentence":';

/** How many evidence items a stored evidence JSON list holds, without parsing it. */
export function evidenceItemCount(json: string | null): number {
  if (!json) return 0;
  let n = 0;
  for (let at = json.indexOf(EVIDENCE_ITEM_KEY); at >= 0; at = json.indexOf(EVIDENCE_ITEM_KEY, at + 1)) n++;
  return n;
}

type StoredFields = Omit<Relation, "evidence" | "disputed" | "disputes">;

/** The stored relation's fields up to independentSources; evidence (or its count) comes next, then the disputes. */
function storedFields(type: RelationType, source: string, target: string, row: Row): StoredFields {
  const def = relationTypeDef(type);
  const sources = Array.isArray(row.sources) ? row.sources.map(String) : [];
  return {
    id: String(row.id),
    type,
    source,
    target,
    date: str(row.date),
    dateBasis: (str(row.dateBasis) ?? "unknown") as Relation["dateBasis"],
    dateNote: str(row.dateNote),
    place: str(row.place),
    topic: str(row.topic),
    role: str(row.role),
    cameo: def.cameo,
    goldstein: def.goldstein,
    confidence: Number(row.confidence ?? 0),
    sources,
    independentSources: row.independentSources == null ? sources.length : Number(row.independentSources),
  };
}

const disputesOf = (row: Row): string[] => (Array.isArray(row.disputes) ? row.disputes.map(String) : []);

/*
 * Full and counted reads keep one key order (evidence between independentSources and disputed), so
 * they serialise alike; each adds its keys by name, so every record of a kind has one shape.
 */
export function rowToRelation(type: RelationType, source: string, target: string, row: Row): Relation {
  const relation = storedFields(type, source, target, row) as Relation;
  relation.evidence = JSON.parse(String(row.evidence ?? "[]")) as Evidence[];
  relation.disputed = Boolean(row.disputed);
  relation.disputes = disputesOf(row);
  return relation;
}

/** The relation without its evidence: `row.evidenceCount` items (the row carries no evidence text). */
export function rowToCountedRelation(type: RelationType, source: string, target: string, row: Row): CountedRelation {
  const relation = storedFields(type, source, target, row) as CountedRelation;
  relation.evidenceCount = Number(row.evidenceCount ?? 0);
  relation.disputed = Boolean(row.disputed);
  relation.disputes = disputesOf(row);
  return relation;
}
