// Creates the constraints and indexes graph-schema defines for Neo4j (each IF NOT EXISTS, so
// running it again changes nothing), one schema transaction per statement.

import type { LoadProgress } from "../graph-store.js";
import { runRows, type Neo4jConnection } from "./connection.js";
import { schemaStatements } from "./statements.js";

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
