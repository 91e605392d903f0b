// Runs a user's read-only Cypher on Neo4j: a read transaction with the caller's timeout, at
// most rowLimit rows pulled (one more tells whether it was cut), values in graph-schema's shapes.

import type { Record as Neo4jRecord } from "neo4j-driver";
import type { CypherResult, CypherValue } from "../../../graph-schema/index.js";
import type { CypherOptions } from "../graph-store.js";
import { runRows, type Neo4jConnection, type QueryRunner } from "./connection.js";
import { mapQueryError } from "./neo4j-errors.js";
import { NODE_IDS_BY_ELEMENT_ID } from "./statements.js";
import { collectNodes, mapValues, toCypherValue, toNeo4jParams } from "./values.js";

export async function runUserCypher(
  connection: Neo4jConnection,
  query: string,
  params: Record<string, unknown>,
  options: CypherOptions,
): Promise<CypherResult> {
  const started = performance.now();
  try {
    const result = await connection.readOnce(
      (tx) => pullRows(tx, query, toNeo4jParams(params), options.rowLimit),
      options.timeoutMs,
    );
    return { ...result, elapsedMs: Math.round(performance.now() - started) };
  } catch (error) {
    throw mapQueryError(error, connection.context);
  }
}

async function pullRows(
  tx: QueryRunner,
  query: string,
  params: Record<string, unknown>,
  rowLimit: number,
): Promise<Omit<CypherResult, "elapsedMs">> {
  const result = tx.run(query, params);
  const columns = (await result.keys()).map(String);
  const records: Neo4jRecord[] = [];
  let truncated = false;
  for await (const record of result) {
    if (records.length >= rowLimit) {
      // Leaving the loop discards the rest of the stream on the server.
      truncated = true;
      break;
    }
    records.push(record);
  }
  const raw = records.map((r) => Object.fromEntries(columns.map((c) => [c, r.get(c)])));
  const nodeIds = await endNodeIds(tx, raw);
  const rows = raw.map((row) => mapValues(row, (v): CypherValue => toCypherValue(v, nodeIds)));
  return { columns, rows, truncated };
}

/**
 * Our ids of the nodes the result holds, plus those of relationship ends it does not hold
 * (looked up by element id in the same transaction), so relationships name their ends by id.
 */
async function endNodeIds(tx: QueryRunner, rows: Record<string, unknown>[]): Promise<Map<string, string>> {
  const nodes = new Map<string, string>();
  const ends = new Set<string>();
  for (const row of rows) collectNodes(row, nodes, ends);
  const missing = [...ends].filter((e) => !nodes.has(e));
  if (missing.length > 0) {
    for (const row of await runRows(tx, NODE_IDS_BY_ELEMENT_ID, { elementIds: missing })) {
      if (typeof row.id === "string") nodes.set(String(row.elementId), row.id);
    }
  }
  return nodes;
}
