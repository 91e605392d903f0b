// Entry point of a Cypher sandbox process: opens the database READ-ONLY with a small memory
// budget, then runs one user statement at a time for its parent over IPC. The parent watches
// this process and kills it when it outgrows its limits; a crash here costs one query only.

import { Worker } from "node:worker_threads";
import { Connection, Database } from "@ladybugdb/core";
import { QuerySyntaxError, QueryTimeoutError, WriteRefusedError } from "../../errors.js";
import { runUserCypher } from "../cypher-runner.js";
import { messageOf } from "../run.js";
import type { FailureKind, RunMessage, WorkerMessage, WorkerSettings } from "./protocol.js";

/** The engine's timeout between statements; each statement sets its own. */
const IDLE_TIMEOUT_MS = 60_000;

function send(message: WorkerMessage): void {
  process.send?.(message);
}

function failureKind(error: unknown): FailureKind {
  if (error instanceof QuerySyntaxError) return "syntax";
  if (error instanceof WriteRefusedError) return "write";
  if (error instanceof QueryTimeoutError) return "timeout";
  // The engine ran out of its buffer pool, the process's memory budget.
  if (/^Buffer manager exception/.test(messageOf(error))) return "memory";
  return "engine";
}

async function open(settings: WorkerSettings): Promise<Connection> {
  const database = new Database(
    settings.path,
    settings.bufferPoolBytes,
    settings.compression,
    true, // read-only: the engine refuses writes, and this process never checkpoints
    settings.maxDbBytes,
  );
  await database.init();
  const connection = new Connection(database, settings.threads);
  await connection.init();
  connection.setQueryTimeout(IDLE_TIMEOUT_MS);
  await connection.query(`CALL var_length_extend_max_depth=${Math.floor(settings.maxVarLength)}`);
  return connection;
}

async function serve(connection: Connection, message: RunMessage): Promise<void> {
  const { id, query, params, timeoutMs, rowLimit } = message;
  try {
    const result = await runUserCypher(connection, query, params, {
      timeoutMs,
      rowLimit,
      usualTimeoutMs: IDLE_TIMEOUT_MS,
    });
    send({ type: "result", id, result });
  } catch (error) {
    const position = error instanceof QuerySyntaxError ? error.position : undefined;
    send({
      type: "failed",
      id,
      kind: failureKind(error),
      message: messageOf(error),
      ...(position ? { position } : {}),
    });
  }
}

/**
 * Ends this process when its parent is gone, even while the engine holds the main thread (planning
 * a statement can): a thread of its own polls the parent's id, which changes when it dies.
 */
const ORPHAN_WATCH = `
  const { workerData } = require("node:worker_threads");
  setInterval(() => { if (process.ppid !== workerData) process.kill(process.pid, "SIGKILL"); }, 250);
`;

async function main(): Promise<void> {
  const settings = JSON.parse(process.argv[2] ?? "{}") as WorkerSettings;
  // Without a parent there is nobody to answer: leave at once.
  process.on("disconnect", () => process.exit(0));
  new Worker(ORPHAN_WATCH, { eval: true, workerData: process.ppid }).unref();
  let connection: Connection;
  try {
    connection = await open(settings);
  } catch (error) {
    send({ type: "open-failed", message: messageOf(error) });
    process.exit(1);
  }
  process.on("message", (message: RunMessage) => void serve(connection, message));
  send({ type: "ready" });
}

void main();
