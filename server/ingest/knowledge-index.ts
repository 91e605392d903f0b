// The explicit knowledge index an extractor reads: what the graph knows, looked up by id and by folded
// name or alias, with the office holdings (HOLDS_ROLE, LEADS) that resolve titles. Built once per batch.

import { foldName, OFFICE_RELATION_TYPES, type EntityRecord, type Relation } from "../../graph-schema/index.js";
import type { GraphKnowledge } from "./extractor.js";

export interface KnowledgeIndex {
  readonly entities: readonly EntityRecord[];
  readonly relations: readonly Relation[];
  readonly byId: ReadonlyMap<string, EntityRecord>;
  /** Entities by folded name or alias (`foldName`), in the graph's order. */
  readonly byName: ReadonlyMap<string, readonly EntityRecord[]>;
  /** HOLDS_ROLE and LEADS relations: who holds which office of which polity. */
  readonly offices: readonly Relation[];
  /**
   * What one extractor derives from this index (a rule extractor's name table, say), built on its
   * first use and kept with the index, so it lives exactly as long as the batch's knowledge.
   */
  derived<T>(key: symbol, build: (index: KnowledgeIndex) => T): T;
}

export function indexKnowledge(knowledge: GraphKnowledge): KnowledgeIndex {
  const byName = new Map<string, EntityRecord[]>();
  for (const e of knowledge.entities)
    for (const spelling of new Set([e.name, ...e.aliases].map(foldName))) {
      if (!spelling) continue;
      const list = byName.get(spelling) ?? [];
      list.push(e);
      byName.set(spelling, list);
    }
  const derivations = new Map<symbol, unknown>();
  const index: KnowledgeIndex = {
    entities: knowledge.entities,
    relations: knowledge.relations,
    byId: new Map(knowledge.entities.map((e) => [e.id, e])),
    byName,
    offices: knowledge.relations.filter((r) => OFFICE_RELATION_TYPES.has(r.type)),
    derived<T>(key: symbol, build: (index: KnowledgeIndex) => T): T {
      if (!derivations.has(key)) derivations.set(key, build(index));
      return derivations.get(key) as T;
    },
  };
  return index;
}
