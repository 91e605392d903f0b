// Brings a Neo4j database up to what this engine reads: graph-schema's constraints and indexes
// (each IF NOT EXISTS, so running it again changes nothing), and the day spans of relations
// stored before relations carried them (day-span.ts), written once and then marked as done.

import neo4j from "neo4j-driver";
import type { LoadProgress } from "../graph-store.js";
import { runRows, type Neo4jConnection } from "./connection.js";
import { daySpanOf } from "./day-span.js";
import {
  DATES_WITHOUT_DAY_SPAN,
  DAY_SPANS_MARKED,
  MARK_DAY_SPANS,
  schemaStatements,
  SET_DAY_SPANS_BATCH,
} from "./statements.js";

/** Relations given their day span per write transaction while migrating. */
const DAY_SPAN_BATCH = 20_000;

export async function ensureNeo4jSchema(
  connection: Neo4jConnection,
  onProgress?: (progress: LoadProgress) => void,
): Promise<void> {
  const statements = schemaStatements();
  let done = 0;
  for (const statement of statements) {
    // Schema commands may not share a transaction with data writes, so each runs alone.
    await connection.write((tx) => runRows(tx, statement, {}));
    onProgress?.({ phase: "schema", done: ++done, total: statements.length });
  }
}

/**
 * Stores the day span on every relation that has none (written before spans existed), then marks
 * the database as done; once marked, an open costs one index lookup, not a scan of every relation.
 * Returns how many relations it changed.
 */
export async function migrateDaySpans(connection: Neo4jConnection): Promise<number> {
  const [marked] = await connection.readRows(DAY_SPANS_MARKED, {});
  if (Number(marked?.marked ?? 0) > 0) return 0;
  const changed = await writeDaySpans(connection);
  await connection.write((tx) => runRows(tx, MARK_DAY_SPANS, {}));
  return changed;
}

async function writeDaySpans(connection: Neo4jConnection): Promise<number> {
  const dates = await connection.readRows(DATES_WITHOUT_DAY_SPAN, {});
  if (dates.length === 0) return 0;
  // Keyed by stored date; the statement maps a missing date to "" (undated: []).
  const spans: Record<string, string[]> = {};
  for (const row of dates) {
    const date = typeof row.date === "string" ? row.date : "";
    spans[date] = daySpanOf(date || null);
  }
  let changed = 0;
  for (;;) {
    const rows = await connection.write((tx) =>
      runRows(tx, SET_DAY_SPANS_BATCH, { spans, batch: neo4j.int(DAY_SPAN_BATCH) }),
    );
    const written = Number(rows[0]?.written ?? 0);
    if (written === 0) return changed;
    changed += written;
  }
}
