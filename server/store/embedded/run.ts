// Running statements on a LadybugDB connection: prepare (with a per-connection cache for the
// engine's own reads) and read result rows synchronously in slices. The async row reader costs
// one thread hop per row (~20 µs); the result is already materialised, so sync reads are ~1 µs.

import { setImmediate as yieldToLoop } from "node:timers/promises";
import type { Connection, LbugValue, PreparedStatement, QueryResult } from "@ladybugdb/core";

export type Row = Record<string, unknown>;
export type Params = Record<string, LbugValue>;

/**
 * The message of anything thrown. The native addon's errors, dates and maps come from the main
 * realm: under a test runner's sandbox `instanceof Error` / `Date` / `Map` are false for them.
 */
export function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(error);
}

/** Rows converted between two yields to the event loop. */
const SLICE = 20_000;

export async function prepareOrThrow(connection: Connection, cypher: string): Promise<PreparedStatement> {
  const prepared = await connection.prepare(cypher);
  if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
  return prepared;
}

/** Bumped whenever tables are created or dropped: cached statements may point at old tables. */
let schemaGeneration = 0;
const cache = new WeakMap<Connection, Map<string, { generation: number; prepared: PreparedStatement }>>();

export function schemaChanged(): void {
  schemaGeneration += 1;
}

/** A prepared statement reused across calls on the same connection. */
export async function prepareCached(connection: Connection, cypher: string): Promise<PreparedStatement> {
  let forConnection = cache.get(connection);
  if (!forConnection) cache.set(connection, (forConnection = new Map()));
  const hit = forConnection.get(cypher);
  if (hit && hit.generation === schemaGeneration) return hit.prepared;
  const prepared = await prepareOrThrow(connection, cypher);
  forConnection.set(cypher, { generation: schemaGeneration, prepared });
  return prepared;
}

/** Runs one of the engine's own read statements (cached plan) and returns its rows. */
export async function runCached(connection: Connection, cypher: string, params: Params = {}): Promise<Row[]> {
  const prepared = await prepareCached(connection, cypher);
  return rowsOf(await connection.execute(prepared, params));
}

/** Runs a read statement and hands each row to `visit` as it is converted (no array of all rows). */
export async function eachRow(connection: Connection, cypher: string, visit: (row: Row) => void): Promise<number> {
  const source = single(await connection.execute(await prepareCached(connection, cypher), {}));
  let n = 0;
  try {
    while (source.hasNext()) {
      visit(source.getNextSync() as Row);
      if (++n % SLICE === 0) await yieldToLoop();
    }
    return n;
  } finally {
    source.close();
  }
}

function single(result: QueryResult | QueryResult[]): QueryResult {
  const last = Array.isArray(result) ? result[result.length - 1] : result;
  if (!last) throw new Error("the engine returned no result");
  return last;
}

/** Every row of a result; the result is closed afterwards. */
export async function rowsOf(result: QueryResult | QueryResult[]): Promise<Row[]> {
  return (await firstRows(result, Number.POSITIVE_INFINITY)).rows;
}

/** At most `limit` rows, and whether more were left. */
export async function firstRows(
  result: QueryResult | QueryResult[],
  limit: number,
): Promise<{ rows: Row[]; more: boolean }> {
  const source = single(result);
  const rows: Row[] = [];
  try {
    while (rows.length < limit && source.hasNext()) {
      rows.push(source.getNextSync() as Row);
      if (rows.length % SLICE === 0) await yieldToLoop();
    }
    return { rows, more: source.hasNext() };
  } finally {
    source.close();
  }
}
