// Maps what the Neo4j driver and server report to the engine-neutral errors of ../errors.ts,
// with messages that name the server (never the credentials) and what to check.

import {
  EngineUnavailableError,
  QueryLimitError,
  QuerySyntaxError,
  QueryTimeoutError,
  WriteRefusedError,
  type QueryPosition,
} from "../errors.js";

/** Where the engine points, for messages: the URI without credentials, and the database. */
export interface ErrorContext {
  location: string;
  database?: string | undefined;
}

const UNREACHABLE = new Set(["ServiceUnavailable", "SessionExpired"]);
const BAD_CREDENTIALS = new Set([
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
  "Neo.ClientError.Security.CredentialsExpired",
]);
const NO_DATABASE = new Set([
  "Neo.ClientError.Database.DatabaseNotFound",
  "Neo.TransientError.General.DatabaseUnavailable",
]);
const TIMED_OUT = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);
/** Terminated transactions carry these codes; their message says whether a timeout did it. */
const TERMINATED = new Set(["Neo.ClientError.Transaction.Terminated", "Neo.TransientError.Transaction.Terminated"]);
const WRITE_IN_READ = new Set([
  "Neo.ClientError.Statement.AccessMode",
  "Neo.ClientError.Fabric.AccessMode",
  "Neo.ClientError.Cluster.NotALeader",
]);
const SYNTAX = new Set(["Neo.ClientError.Statement.SyntaxError"]);
/** The server's transaction memory limit (db.memory.transaction.max) stopped the statement. */
const OUT_OF_MEMORY = new Set([
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.TransientError.General.TransactionMemoryLimit",
]);

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Connection, credential, database and timeout failures; anything else is returned as it is. */
export function mapEngineError(error: unknown, ctx: ErrorContext): unknown {
  if (error instanceof EngineUnavailableError || error instanceof QueryTimeoutError) return error;
  const code = errorCode(error);
  if (code === undefined) return error;
  const cause = { cause: error };
  if (UNREACHABLE.has(code)) {
    return new EngineUnavailableError(
      `Neo4j at ${ctx.location} is unreachable: check that the server runs and NEO4J_URI is right`,
      cause,
    );
  }
  if (BAD_CREDENTIALS.has(code)) {
    return new EngineUnavailableError(
      `Neo4j at ${ctx.location} refused the credentials: check NEO4J_USER / NEO4J_PASSWORD`,
      cause,
    );
  }
  if (NO_DATABASE.has(code)) {
    const db = ctx.database ? `database "${ctx.database}"` : "the default database";
    return new EngineUnavailableError(
      `Neo4j at ${ctx.location} cannot serve ${db}: check NEO4J_DATABASE (SHOW DATABASES lists them)`,
      cause,
    );
  }
  if (TIMED_OUT.has(code) || (TERMINATED.has(code) && /time(d)? ?out/i.test(messageOf(error)))) {
    return new QueryTimeoutError(`the query ran out of time and was stopped: ${messageOf(error)}`, cause);
  }
  return error;
}

/** For user Cypher: also syntax errors (with the position) and writes refused in a read transaction. */
export function mapQueryError(error: unknown, ctx: ErrorContext): unknown {
  const code = errorCode(error);
  if (code !== undefined && SYNTAX.has(code)) {
    const message = messageOf(error);
    return new QuerySyntaxError(message, syntaxPosition(message), { cause: error });
  }
  if (code !== undefined && OUT_OF_MEMORY.has(code)) {
    return new QueryLimitError("memory", `Neo4j stopped it at its transaction memory limit (${messageOf(error)})`, {
      cause: error,
    });
  }
  if (code !== undefined && WRITE_IN_READ.has(code)) {
    return new WriteRefusedError(`the statement tries to write; only reading is allowed here (${messageOf(error)})`, {
      cause: error,
    });
  }
  return mapEngineError(error, ctx);
}

/** Neo4j ends syntax messages with "(line 1, column 9 (offset: 8))". */
export function syntaxPosition(message: string): QueryPosition | undefined {
  const m = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  if (!m) return undefined;
  return { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) };
}
