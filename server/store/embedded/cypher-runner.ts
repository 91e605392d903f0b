// Runs a user's read-only Cypher on the embedded engine, inside a sandbox process (cypher-sandbox/):
// one statement through prepare() + execute() on the child's read-only connection with the
// caller's timeout and the var-length cap; writes refused before running; at most rowLimit rows
// (one more tells whether it was cut).

import type { Connection, LbugValue, QueryResult } from "@ladybugdb/core";
import type { CypherResult, CypherValue } from "../../../graph-schema/index.js";
import { QuerySyntaxError, QueryTimeoutError, WriteRefusedError, type QueryPosition } from "../errors.js";
import type { CypherOptions } from "../graph-store.js";
import { firstRows, messageOf, runCached, type Row } from "./run.js";
import { collectNodes, toCypherValue } from "./values.js";

const READ_ONLY_REFUSAL = /read-only database/i;

export async function runUserCypher(
  connection: Connection,
  query: string,
  params: Record<string, unknown>,
  options: CypherOptions & { usualTimeoutMs: number },
): Promise<CypherResult> {
  const started = performance.now();
  const prepared = await connection.prepare(query);
  if (!prepared.isSuccess()) {
    const message = prepared.getErrorMessage();
    // The sandbox opens the database read-only: the engine itself refuses writes when preparing them.
    if (READ_ONLY_REFUSAL.test(message)) throw new WriteRefusedError(`the statement would write: ${message}`);
    throw new QuerySyntaxError(message, syntaxPosition(message, query));
  }
  if (!prepared.isReadOnly()) {
    throw new WriteRefusedError("the statement would write or change the schema; only reading is allowed here");
  }
  const result = await executeWithin(
    connection,
    () => connection.execute(prepared, params as Record<string, LbugValue>),
    options.timeoutMs,
    options.usualTimeoutMs,
  );
  const single = (Array.isArray(result) ? result[result.length - 1] : result) as QueryResult;
  const columns = single.getColumnNamesSync();
  const { rows, more } = await firstRows(single, Math.max(0, options.rowLimit));
  const nodeIds = await endNodeIds(connection, rows);
  const converted = rows.map((row) => {
    const out: Record<string, CypherValue> = {};
    for (const c of columns) out[c] = toCypherValue(row[c], nodeIds);
    return out;
  });
  return { columns, rows: converted, truncated: more, elapsedMs: Math.round(performance.now() - started) };
}

/** Runs with the caller's timeout, then restores the connection's own. */
async function executeWithin<T>(
  connection: Connection,
  work: () => Promise<T>,
  timeoutMs: number,
  usual: number,
): Promise<T> {
  connection.setQueryTimeout(Math.max(1, Math.floor(timeoutMs)));
  try {
    return await work();
  } catch (error) {
    const message = messageOf(error);
    if (/^Interrupted\.?$/.test(message.trim())) {
      throw new QueryTimeoutError(`the query ran longer than ${timeoutMs} ms and was stopped`, { cause: error });
    }
    throw error;
  } finally {
    connection.setQueryTimeout(usual);
  }
}

/** LadybugDB ends parser messages with "(line: 1, offset: 9)"; the offset counts from the line's start. */
export function syntaxPosition(message: string, query: string): QueryPosition | undefined {
  const m = /\(line: (\d+), offset: (\d+)\)/.exec(message);
  if (!m) return undefined;
  const [line, column] = [Number(m[1]), Number(m[2]) + 1];
  const before = query.split("\n").slice(0, line - 1);
  return { line, column, offset: before.reduce((n, l) => n + l.length + 1, 0) + column - 1 };
}

/**
 * Our ids of the nodes the rows hold, plus those of relationship ends they do not hold, looked
 * up by internal id ({table, offset}) one node table at a time.
 */
async function endNodeIds(connection: Connection, rows: Row[]): Promise<Map<string, string>> {
  const nodes = new Map<string, string>();
  const ends = new Set<string>();
  for (const row of rows) collectNodes(row, nodes, ends);
  const missing = [...ends].filter((e) => !nodes.has(e));
  if (missing.length === 0) return nodes;
  const tables = new Map(
    (await runCached(connection, "CALL show_tables() RETURN id, name, type"))
      .filter((t) => t.type === "NODE")
      .map((t) => [Number(t.id), String(t.name)]),
  );
  const byTable = new Map<number, number[]>();
  for (const key of missing) {
    const [table, offset] = key.split(":").map(Number) as [number, number];
    byTable.set(table, [...(byTable.get(table) ?? []), offset]);
  }
  for (const [table, offsets] of byTable) {
    const name = tables.get(table);
    if (!name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
    const statement = `MATCH (n:${name}) WHERE offset(id(n)) IN $offsets RETURN offset(id(n)) AS o, n.id AS id`;
    for (const r of await runCached(connection, statement, { offsets })) {
      if (r.id !== null && r.id !== undefined) nodes.set(`${table}:${Number(r.o)}`, String(r.id));
    }
  }
  return nodes;
}
