// Statement-level rules: one statement, not empty, EXPLAIN, first keyword.

import { checkStatementStart, singleStatement } from "../../server/cypher-guard/statement.js";
import { tokenizeCypher, type Token } from "../../server/cypher-guard/tokens.js";

function lex(query: string): Token[] {
  const result = tokenizeCypher(query);
  if (!result.ok) throw new Error(result.problem);
  return result.tokens;
}

describe("singleStatement", () => {
  test("keeps the tokens before one trailing semicolon and cuts the text at the last of them", () => {
    const query = "MATCH (n) RETURN n ; // bye";
    const single = singleStatement(query, lex(query));
    expect(single).toMatchObject({ ok: true, bodyStart: 0, statement: "MATCH (n) RETURN n" });
    if (single.ok) expect(single.tokens.map((t) => t.text)).toEqual(["MATCH", "(", "n", ")", "RETURN", "n"]);
  });

  test("marks a leading EXPLAIN", () => {
    const query = "explain MATCH (n) RETURN n";
    expect(singleStatement(query, lex(query))).toMatchObject({ ok: true, bodyStart: 1, statement: query });
  });

  test("refuses a second statement at its first token", () => {
    const query = "RETURN 1;\n  RETURN 2";
    expect(singleStatement(query, lex(query))).toEqual({
      ok: false,
      reason: "a second statement is not allowed (line 2, column 3): send one statement at a time",
      position: { offset: 12, line: 2, column: 3 },
    });
  });

  test("refuses nothing at all, and EXPLAIN of nothing", () => {
    expect(singleStatement("", [])).toMatchObject({ ok: false, reason: expect.stringMatching(/^the query is empty/) });
    expect(singleStatement(";", lex(";"))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^the query is empty/),
    });
    expect(singleStatement("EXPLAIN;", lex("EXPLAIN;"))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^EXPLAIN without a statement/),
    });
  });
});

describe("checkStatementStart", () => {
  test.each([
    "MATCH (n)",
    "OPTIONAL MATCH (n)",
    "optional call db.labels()",
    "WITH 1 AS x",
    "UNWIND [1] AS x",
    "RETURN 1",
    "CALL db.labels()",
  ])("%s starts a read", (query) => {
    expect(checkStatementStart(query, lex(query), 0)).toBeUndefined();
  });
  test("looks past a leading EXPLAIN", () => {
    const query = "EXPLAIN RETURN 1";
    expect(checkStatementStart(query, lex(query), 1)).toBeUndefined();
  });
  test.each(["OPTIONAL RETURN 1", "OPTIONAL", "CYPHER 25 MATCH (n)", "`MATCH` (n)", "'MATCH'", "$q"])(
    "%s does not",
    (query) => {
      expect(checkStatementStart(query, lex(query), 0)?.reason).toMatch(
        /^a statement starting with .* is not allowed \(line 1, column 1\)/,
      );
    },
  );
});
