// vetReadOnlyCypher: the allow-list every user query passes before any engine sees it.
// (The engines' own checks are not enough: LadybugDB calls LOAD FROM, COPY TO, CHECKPOINT … read-only.)

import { checkInterpolatedStrings, checkNestingDepth, checkUnicodeEscapes } from "./lexical-checks.js";
import { CypherRefusedError, refuseAt, type CypherDialect, type CypherVerdict } from "./refusal.js";
import { findForbidden } from "./scan.js";
import { checkStatementStart, singleStatement } from "./statement.js";
import { tokenizeCypher } from "./tokens.js";

/**
 * Accepts one read-only statement and returns it without a trailing ";" or comment; refuses
 * anything else with a reason naming the offending word and its line and column. Pure and
 * engine-independent: the dialect selects the allow-listed procedures and, for Neo4j, refuses
 * \uXXXX escapes (which Neo4j decodes before it reads the query).
 */
export function vetReadOnlyCypher(query: string, dialect: CypherDialect): CypherVerdict {
  if (typeof query !== "string") return { ok: false, reason: "the query must be a string" };
  const escape = checkUnicodeEscapes(query, dialect);
  if (escape) return escape;
  const lexed = tokenizeCypher(query);
  if (!lexed.ok) return refuseAt(query, lexed.offset, lexed.problem, lexed.why);
  const single = singleStatement(query, lexed.tokens);
  if (!single.ok) return single;
  const refusal =
    checkInterpolatedStrings(query, single.tokens) ??
    checkNestingDepth(query, single.tokens) ??
    findForbidden(query, single.tokens, dialect, single.bodyStart) ??
    checkStatementStart(query, single.tokens, single.bodyStart);
  return refusal ?? { ok: true, statement: single.statement };
}

/** The same check for callers that prefer an exception: returns the statement to run. */
export function assertReadOnlyCypher(query: string, dialect: CypherDialect): string {
  const verdict = vetReadOnlyCypher(query, dialect);
  if (!verdict.ok) throw new CypherRefusedError(verdict);
  return verdict.statement;
}
