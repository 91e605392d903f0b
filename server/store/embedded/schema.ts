// Tables of the embedded engine: created from graph-schema's DDL (CREATE … IF NOT EXISTS, safe
// to repeat), dropped wholesale for a reset (far faster than deleting rows), and row counts.

import type { Connection } from "@ladybugdb/core";
import { embeddedDdl } from "../../../graph-schema/ddl/embedded.js";
import {
  MENTIONS,
  MENTION_PROPERTIES,
  NODE_LABELS,
  RELATION_PROPERTIES,
  RELATION_TYPES,
  nodeProperties,
} from "../../../graph-schema/index.js";
import { run } from "./connections.js";
import { schemaChanged } from "./run.js";

type Progress = (done: number, total: number) => void;

export async function createTables(connection: Connection, progress: Progress = () => undefined): Promise<void> {
  // A file written by an older version lacks newer columns. Everything in it is rebuilt from
  // the data folder by the next load, so the tables are replaced rather than the load failing.
  if ((await outdatedTables(connection)).length > 0) return recreateTables(connection, progress);
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

/** Tables that exist but lack a column the schema now defines. */
export async function outdatedTables(connection: Connection): Promise<string[]> {
  const existing = new Set((await run(connection, "CALL show_tables() RETURN name")).map((r) => String(r.name)));
  const expected: [string, readonly { name: string }[]][] = [
    ...NODE_LABELS.map((l): [string, readonly { name: string }[]] => [l, nodeProperties(l)]),
    ...RELATION_TYPES.map((t): [string, readonly { name: string }[]] => [t, RELATION_PROPERTIES]),
    [MENTIONS, MENTION_PROPERTIES],
  ];
  const outdated: string[] = [];
  for (const [table, properties] of expected) {
    if (!existing.has(table)) continue;
    const columns = new Set(
      (await run(connection, `CALL table_info('${table}') RETURN name`)).map((r) => String(r.name)),
    );
    if (properties.some((p) => !columns.has(p.name))) outdated.push(table);
  }
  return outdated;
}
