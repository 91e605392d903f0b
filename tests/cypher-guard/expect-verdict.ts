// Assertions shared by the guard's tests: a query is accepted, or refused naming a word at a
// given line and column.

import { vetReadOnlyCypher, type CypherDialect, type CypherVerdict } from "../../server/cypher-guard/index.js";

export const DIALECTS: readonly CypherDialect[] = ["embedded", "neo4j"];

export function expectAccepted(query: string, dialect: CypherDialect): string {
  const verdict = vetReadOnlyCypher(query, dialect);
  if (!verdict.ok)
    throw new Error(`expected ${JSON.stringify(query)} (${dialect}) to be accepted, got: ${verdict.reason}`);
  return verdict.statement;
}

export function expectRefused(query: string, dialect: CypherDialect): Extract<CypherVerdict, { ok: false }> {
  const verdict = vetReadOnlyCypher(query, dialect);
  if (verdict.ok) throw new Error(`expected ${JSON.stringify(query)} (${dialect}) to be refused, it was accepted`);
  return verdict;
}

/** Refused, the reason names `word`, and the position points at `word`'s first occurrence at or after `from`. */
export function expectRefusedAt(query: string, dialect: CypherDialect, word: string, from = 0): void {
  const verdict = expectRefused(query, dialect);
  const offset = query.toUpperCase().indexOf(word.toUpperCase(), from);
  expect(offset).toBeGreaterThanOrEqual(0);
  const before = query.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = offset - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  expect(verdict.reason).toContain(word.toUpperCase());
  expect(verdict.reason).toContain(`(line ${line}, column ${column})`);
  expect(verdict.position).toEqual({ offset, line, column });
}
