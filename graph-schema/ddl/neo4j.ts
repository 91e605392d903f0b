// Neo4j 5 constraints and indexes generated from the schema: unique ids per label, lookup
// indexes on indexed properties, relation-id indexes per type, and a full-text index on
// entity names and aliases.

import { ENTITY_TYPES, NODE_LABELS, nodeProperties } from "../labels.js";
import { RELATION_TYPE_DEFS } from "../relation-types.js";

const snake = (s: string): string => s.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();

export const NEO4J_FULLTEXT_INDEX = "entity_names";

/** Statements that create every constraint and index; each is idempotent (IF NOT EXISTS). */
export function neo4jSchemaStatements(): string[] {
  const unique = NODE_LABELS.map(
    (l) => `CREATE CONSTRAINT ${snake(l)}_id_unique IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`,
  );
  const lookups = NODE_LABELS.flatMap((l) =>
    nodeProperties(l)
      .filter((p) => p.indexed)
      .map((p) => `CREATE INDEX ${snake(l)}_${snake(p.name)} IF NOT EXISTS FOR (n:${l}) ON (n.${p.name})`),
  );
  const relIds = RELATION_TYPE_DEFS.map(
    (d) => `CREATE INDEX ${d.type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${d.type}]-() ON (r.id)`,
  );
  const fulltext =
    `CREATE FULLTEXT INDEX ${NEO4J_FULLTEXT_INDEX} IF NOT EXISTS ` +
    `FOR (n:${ENTITY_TYPES.join("|")}) ON EACH [n.name, n.aliases]`;
  return [...unique, ...lookups, ...relIds, fulltext];
}
