// LadybugDB DDL generated from the schema: one node table per label, one rel table per
// relation type with a FROM/TO pair for every allowed label combination.

import { ENTITY_TYPES, NODE_LABELS, nodeProperties, type PropertyDef } from "../labels.js";
import { MENTIONS, RELATION_TYPE_DEFS } from "../relation-types.js";
import { MENTION_PROPERTIES, RELATION_PROPERTIES } from "../stored-properties.js";

const COLUMN_TYPE: Record<PropertyDef["kind"], string> = {
  string: "STRING",
  "string[]": "STRING[]",
  number: "DOUBLE",
  integer: "INT64",
  boolean: "BOOLEAN",
};

function columns(props: readonly PropertyDef[], primaryKey?: string): string {
  return props.map((p) => `${p.name} ${COLUMN_TYPE[p.kind]}${p.name === primaryKey ? " PRIMARY KEY" : ""}`).join(", ");
}

/** Statements that create every table; safe to run on an existing database. */
export function embeddedDdl(): string[] {
  const nodes = NODE_LABELS.map(
    (label) => `CREATE NODE TABLE IF NOT EXISTS ${label}(${columns(nodeProperties(label), "id")})`,
  );
  const rels = RELATION_TYPE_DEFS.map((def) => {
    const pairs = def.from.flatMap((a) => def.to.map((b) => `FROM ${a} TO ${b}`));
    return `CREATE REL TABLE IF NOT EXISTS ${def.type}(${pairs.join(", ")}, ${columns(RELATION_PROPERTIES)})`;
  });
  const mentionPairs = ENTITY_TYPES.map((l) => `FROM Article TO ${l}`).join(", ");
  const mentions = `CREATE REL TABLE IF NOT EXISTS ${MENTIONS}(${mentionPairs}, ${columns(MENTION_PROPERTIES)})`;
  return [...nodes, ...rels, mentions];
}
