// How long each part of a bulk load takes (file writing, COPY, CREATE, waits, checkpoints),
// published on a diagnostics channel for the load benchmark; nothing is timed while nobody listens.

import { channel } from "node:diagnostics_channel";

/**
 * The loader's parts. `wait`: the writer waiting for the previous COPY before it can go on;
 * `transaction`: BEGIN to COMMIT, around the file, wait, create and upsert parts it holds.
 */
export type LoadPart = "file" | "copy" | "wait" | "create" | "upsert" | "count" | "checkpoint" | "transaction";

export interface LoadPartTiming {
  part: LoadPart;
  /** Table (and label pair) the part wrote, or "" when it spans several. */
  table: string;
  rows: number;
  ms: number;
}

export const LOAD_TRACE_CHANNEL = "actorgraph:embedded-load";
const trace = channel(LOAD_TRACE_CHANNEL);

/** Runs `work`, publishing its duration when someone subscribes to LOAD_TRACE_CHANNEL. */
export async function timed<T>(part: LoadPart, table: string, rows: number, work: () => Promise<T>): Promise<T> {
  if (!trace.hasSubscribers) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    trace.publish({ part, table, rows, ms: performance.now() - started } satisfies LoadPartTiming);
  }
}
