// The guard's verdict types, the error thrown on refusal, and how a refusal names its place
// in the query (line and column, so a Cypher console can point at it).

export type CypherDialect = "embedded" | "neo4j";

export interface QueryPosition {
  /** JS string offset into the query. */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in JS string units (what editors such as CodeMirror count). */
  column: number;
}

export interface CypherRefusal {
  ok: false;
  reason: string;
  position?: QueryPosition;
}

export type CypherVerdict = { ok: true; statement: string } | CypherRefusal;

/** Thrown by assertReadOnlyCypher; the API maps it to a 4xx with `reason` as the message. */
export class CypherRefusedError extends Error {
  override readonly name = "CypherRefusedError";
  readonly reason: string;
  readonly position?: QueryPosition;

  constructor(refusal: CypherRefusal) {
    super(refusal.reason);
    this.reason = refusal.reason;
    if (refusal.position) this.position = refusal.position;
  }
}

export function positionAt(query: string, offset: number): QueryPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < query.length; i++) {
    const ch = query[i];
    // \r\n counts once: the \r ends the line only when no \n follows it.
    if (ch === "\n" || (ch === "\r" && query[i + 1] !== "\n")) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

/** "<what> (line L, column C): <why>" with the position attached. */
export function refuseAt(query: string, offset: number, what: string, why?: string): CypherRefusal {
  const position = positionAt(query, offset);
  const where = `(line ${position.line}, column ${position.column})`;
  return { ok: false, reason: why ? `${what} ${where}: ${why}` : `${what} ${where}`, position };
}
