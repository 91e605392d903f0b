// The procedures a user may CALL, per engine: a short allow-list of schema and search procedures;
// everything else (apoc.*, dbms.*, db.create*, LadybugDB's file-reading table functions) is refused.

import type { CypherDialect } from "./refusal.js";

const ALLOWED_PROCEDURES: Readonly<Record<CypherDialect, readonly string[]>> = {
  embedded: ["show_tables", "table_info", "show_connection"],
  neo4j: [
    "db.labels",
    "db.relationshipTypes",
    "db.propertyKeys",
    "db.schema.visualization",
    "db.index.fulltext.queryNodes",
  ],
};

const LOWER_CASE_ALLOWED: Readonly<Record<CypherDialect, ReadonlySet<string>>> = {
  embedded: new Set(ALLOWED_PROCEDURES.embedded.map((p) => p.toLowerCase())),
  neo4j: new Set(ALLOWED_PROCEDURES.neo4j.map((p) => p.toLowerCase())),
};

export function allowedProcedures(dialect: CypherDialect): readonly string[] {
  return ALLOWED_PROCEDURES[dialect];
}

/**
 * Case-insensitive: LadybugDB ignores case in names, and in Neo4j (case-sensitive) another
 * spelling of an allowed name matches no procedure at all, so accepting it lets nothing through.
 */
export function isAllowedProcedure(name: string, dialect: CypherDialect): boolean {
  return LOWER_CASE_ALLOWED[dialect].has(name.toLowerCase());
}

/** Why a procedure is refused, naming it and what may be called instead. */
export function procedureRefusalWhy(name: string, dialect: CypherDialect): string {
  const root = name.split(".")[0]!.toLowerCase();
  const allowed = `allowed here: ${ALLOWED_PROCEDURES[dialect].join(", ")}`;
  if (root === "apoc") return `APOC procedures can read and write files and the database; ${allowed}`;
  if (root === "dbms") return `dbms procedures manage the server; ${allowed}`;
  return allowed;
}
