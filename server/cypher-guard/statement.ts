// Statement-level rules: exactly one statement (one trailing ";" is dropped), not empty, an
// optional leading EXPLAIN, and a first keyword from the read-only list.

import { STATEMENT_STARTS, STATEMENT_STARTS_TEXT } from "./keyword-policy.js";
import { refuseAt, type CypherRefusal } from "./refusal.js";
import type { Token } from "./tokens.js";

export interface SingleStatement {
  ok: true;
  /** The statement's tokens, without the ";" and anything after it. */
  tokens: Token[];
  /** Index of the first token after a leading EXPLAIN (0 without one). */
  bodyStart: number;
  /** The query up to its last token: no trailing ";", whitespace or comment. */
  statement: string;
}

const isWord = (token: Token | undefined, value: string): boolean => token?.kind === "word" && token.value === value;

export function singleStatement(query: string, tokens: readonly Token[]): SingleStatement | CypherRefusal {
  const semicolon = tokens.findIndex((t) => t.kind === "punct" && t.text === ";");
  const extra = semicolon >= 0 ? tokens[semicolon + 1] : undefined;
  if (extra) {
    return refuseAt(query, extra.start, "a second statement is not allowed", "send one statement at a time");
  }
  const own = semicolon >= 0 ? tokens.slice(0, semicolon) : [...tokens];
  const last = own.at(-1);
  if (!last) return { ok: false, reason: "the query is empty: send one read-only Cypher statement" };
  const bodyStart = isWord(own[0], "EXPLAIN") ? 1 : 0;
  if (bodyStart === 1 && own.length === 1) {
    return refuseAt(query, own[0]!.start, "EXPLAIN without a statement", "EXPLAIN needs a statement to explain");
  }
  // Cutting at the last token also drops a trailing // comment, so the caller may append to it.
  return { ok: true, tokens: own, bodyStart, statement: query.slice(0, last.end) };
}

/** The first keyword must start a read: MATCH, OPTIONAL MATCH/CALL, WITH, UNWIND, RETURN or CALL. */
export function checkStatementStart(
  query: string,
  tokens: readonly Token[],
  bodyStart: number,
): CypherRefusal | undefined {
  const first = tokens[bodyStart]!;
  const second = tokens[bodyStart + 1];
  const starts = first.kind === "word" && STATEMENT_STARTS.has(first.value);
  if (starts && (first.value !== "OPTIONAL" || isWord(second, "MATCH") || isWord(second, "CALL"))) return undefined;
  return refuseAt(
    query,
    first.start,
    `a statement starting with ${first.text} is not allowed`,
    `a read-only query starts with ${STATEMENT_STARTS_TEXT} (optionally after EXPLAIN)`,
  );
}
