// Tables of the embedded engine: created from graph-schema's DDL (CREATE … IF NOT EXISTS, safe
// to repeat), dropped wholesale for a reset (far faster than deleting rows), and row counts.

import type { Connection } from "@ladybugdb/core";
import { embeddedDdl } from "../../../graph-schema/ddl/embedded.js";
import { MENTIONS, NODE_LABELS, RELATION_TYPES } from "../../../graph-schema/index.js";
import { run } from "./connections.js";
import { schemaChanged } from "./run.js";

type Progress = (done: number, total: number) => void;

export async function createTables(connection: Connection, progress: Progress = () => undefined): Promise<void> {
  const ddl = embeddedDdl();
  progress(0, ddl.length);
  for (const [i, statement] of ddl.entries()) {
    await run(connection, statement);
    progress(i + 1, ddl.length);
  }
  schemaChanged();
}

/** Drops every table of the schema (relationship tables first), then creates them again. */
export async function recreateTables(connection: Connection, progress: Progress): Promise<void> {
  const tables = [...RELATION_TYPES, MENTIONS, ...NODE_LABELS];
  progress(0, tables.length);
  for (const [i, table] of tables.entries()) {
    await run(connection, `DROP TABLE IF EXISTS ${table}`);
    progress(i + 1, tables.length);
  }
  schemaChanged();
  await createTables(connection);
}

/** Rows in a node table or relationship table. */
export async function tableCount(connection: Connection, table: string, kind: "node" | "rel"): Promise<number> {
  const pattern = kind === "node" ? `(n:${table})` : `()-[n:${table}]->()`;
  const rows = await run(connection, `MATCH ${pattern} RETURN count(n) AS total`);
  return Number(rows[0]?.total ?? 0);
}
