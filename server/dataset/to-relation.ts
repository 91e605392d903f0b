// Completes a relation record into the stored Relation: its stable id, the article ids among
// its evidence, and the CAMEO code and Goldstein value its type stands for.

import { relationTypeDef, type Relation, type RelationRecord } from "../../graph-schema/index.js";
import { relationId } from "./relation-id.js";

export function toRelation(record: RelationRecord): Relation {
  const def = relationTypeDef(record.type);
  const sources = [...new Set(record.evidence.map((e) => e.article))];
  return {
    ...record,
    id: relationId(record),
    cameo: def.cameo,
    goldstein: def.goldstein,
    sources,
    // Until derivations between articles are known (see ../ingest/derivation.ts), each source counts.
    independentSources: sources.length,
    disputed: record.disputes.length > 0,
  };
}
