// The messages between the API process and a Cypher sandbox process, and the settings a sandbox
// process opens its database with. Both sides import this module; nothing else crosses.

import type { CypherResult } from "../../../../graph-schema/index.js";
import type { QueryPosition } from "../../errors.js";

/** How the child opens the database: read-only, with its own small memory budget. */
export interface WorkerSettings {
  path: string;
  /** The engine's buffer pool in bytes (most of the engine's memory comes from it). */
  bufferPoolBytes: number;
  /** Largest database the child maps, in bytes (the engine reserves this much address space). */
  maxDbBytes: number;
  compression: boolean;
  /** Cap on variable-length patterns (`CALL var_length_extend_max_depth`). */
  maxVarLength: number;
  /** Engine threads per query. */
  threads: number;
}

export interface QueryRequest {
  query: string;
  params: Record<string, unknown>;
  timeoutMs: number;
  rowLimit: number;
}

/** Parent to child: one statement to run. */
export interface RunMessage extends QueryRequest {
  type: "run";
  id: number;
}

/** How the engine refused or failed a statement, by kind, so the parent rebuilds the store error. */
export type FailureKind = "syntax" | "write" | "timeout" | "memory" | "engine";

export type WorkerMessage =
  | { type: "ready" }
  | { type: "open-failed"; message: string }
  | { type: "result"; id: number; result: CypherResult }
  | { type: "failed"; id: number; kind: FailureKind; message: string; position?: QueryPosition };
