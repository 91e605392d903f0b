// Writes a Dataset into Neo4j: schema first, optional reset, then nodes and edges in UNWIND
// batches, one write transaction per batch (a failed batch leaves nothing of itself behind);
// idempotent because every write MERGEs on ids and sets the full property map.

import neo4j from "neo4j-driver";
import type { EntityType } from "../../../graph-schema/index.js";
import type { Dataset } from "../../dataset/dataset.js";
import { EngineUnavailableError, QueryTimeoutError } from "../errors.js";
import type { LoadOptions, LoadProgress, LoadReport } from "../graph-store.js";
import { runRows, type Neo4jConnection } from "./connection.js";
import { planLoad, WRITE_PHASES, type LocateEntities, type WriteGroup, type WritePhase } from "./load-plan.js";
import { ensureNeo4jSchema } from "./schema.js";
import { loadReport } from "../store-shared.js";
import {
  COUNT_NODES,
  COUNT_RELATIONSHIPS,
  DELETE_NODES_BATCH,
  DELETE_RELATIONSHIPS_BATCH,
  LOCATE_ENTITIES,
} from "./statements.js";

export const DEFAULT_BATCH_SIZE = 1_000;
/** Deletions carry no payload, so the reset works in larger batches. */
const RESET_BATCH_SIZE = 10_000;

type Progress = (progress: LoadProgress) => void;

export async function loadIntoNeo4j(
  connection: Neo4jConnection,
  dataset: Dataset,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const started = performance.now();
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const progress: Progress = options.onProgress ?? (() => undefined);
  // Entities stored earlier can be relation ends, unless the reset is about to delete them.
  const groups = await planLoad(dataset, options.reset ? null : locator(connection));
  await ensureNeo4jSchema(connection, progress);
  if (options.reset) await resetGraph(connection, progress);
  for (const phase of WRITE_PHASES) {
    await writePhase(
      connection,
      phase,
      groups.filter((g) => g.phase === phase),
      batchSize,
      progress,
    );
  }
  return loadReport(dataset, started);
}

function locator(connection: Neo4jConnection): LocateEntities {
  return async (ids) => {
    const rows = await connection.readRows(LOCATE_ENTITIES, { ids });
    return new Map(rows.map((r) => [String(r.id), r.label as EntityType]));
  };
}

/** Deletes every relationship, then every node, a batch per transaction. */
async function resetGraph(connection: Neo4jConnection, progress: Progress): Promise<void> {
  const count = async (s: typeof COUNT_NODES): Promise<number> =>
    Number((await connection.readRows(s, {}))[0]?.total ?? 0);
  const total = (await count(COUNT_RELATIONSHIPS)) + (await count(COUNT_NODES));
  let done = 0;
  progress({ phase: "reset", done, total });
  for (const statement of [DELETE_RELATIONSHIPS_BATCH, DELETE_NODES_BATCH]) {
    for (;;) {
      const rows = await connection.write((tx) => runRows(tx, statement, { batch: neo4j.int(RESET_BATCH_SIZE) }));
      const deleted = Number(rows[0]?.deleted ?? 0);
      if (deleted === 0) break;
      done += deleted;
      progress({ phase: "reset", done: Math.min(done, total), total: Math.max(done, total) });
    }
  }
}

async function writePhase(
  connection: Neo4jConnection,
  phase: WritePhase,
  groups: WriteGroup[],
  batchSize: number,
  progress: Progress,
): Promise<void> {
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  let done = 0;
  progress({ phase, done, total });
  for (const group of groups) {
    for (let start = 0; start < group.rows.length; start += batchSize) {
      const batch = group.rows.slice(start, start + batchSize);
      await writeBatch(connection, phase, group, batch);
      done += batch.length;
      progress({ phase, done, total });
    }
  }
}

/** One batch, one transaction; fewer rows written than sent (an end not found) fails the batch. */
async function writeBatch(
  connection: Neo4jConnection,
  phase: WritePhase,
  group: WriteGroup,
  batch: unknown[],
): Promise<void> {
  try {
    await connection.write(async (tx) => {
      const rows = await runRows(tx, group.statement, { rows: batch });
      const written = Number(rows[0]?.written ?? 0);
      if (written !== batch.length) {
        throw new Error(
          `${batch.length - written} of ${batch.length} rows found no end to attach to ` +
            "(an article or entity they name is not stored)",
        );
      }
    });
  } catch (error) {
    if (error instanceof EngineUnavailableError || error instanceof QueryTimeoutError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`load: writing ${phase} (${group.statement.name}) failed, that batch was rolled back: ${reason}`, {
      cause: error,
    });
  }
}
