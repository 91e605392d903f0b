// Engine-neutral errors a GraphStore raises, so the API and the CLI can answer them (status
// code, message) without knowing which engine ran the statement.

/** Where in a statement the engine found the problem: 1-based line and column, 0-based offset. */
export interface QueryPosition {
  line: number;
  column: number;
  /** Character offset into the whole statement, when the engine reports it. */
  offset?: number;
}

/** The statement ran longer than its time budget and was stopped. */
export class QueryTimeoutError extends Error {
  override name = "QueryTimeoutError";
}

/** The statement tried to write (or change the schema) where only reading is allowed; nothing was written. */
export class WriteRefusedError extends Error {
  override name = "WriteRefusedError";
}

/** The engine could not parse or plan the statement; the message is the engine's own. */
export class QuerySyntaxError extends Error {
  override name = "QuerySyntaxError";
  readonly position?: QueryPosition;

  constructor(message: string, position?: QueryPosition, options?: ErrorOptions) {
    super(message, options);
    if (position) this.position = position;
  }
}

/** The engine cannot be reached or refuses us; the message names where and what to check. */
export class EngineUnavailableError extends Error {
  override name = "EngineUnavailableError";
}

/** Which hard limit stopped a statement: its process outgrew its memory, or the engine crashed on it. */
export type QueryLimit = "memory" | "crash";

/** The statement hit a hard limit of the process that ran it and was stopped; nothing else was affected. */
export class QueryLimitError extends Error {
  override name = "QueryLimitError";

  constructor(
    readonly limit: QueryLimit,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
