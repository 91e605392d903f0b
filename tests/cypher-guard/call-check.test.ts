// What may follow CALL, and the function-call check, token by token.

import { checkCall, checkFunctionCall } from "../../server/cypher-guard/call-check.js";
import { vetReadOnlyCypher } from "../../server/cypher-guard/vet.js";
import type { CypherDialect } from "../../server/cypher-guard/refusal.js";
import { tokenizeCypher, type Token } from "../../server/cypher-guard/tokens.js";

function lex(query: string): Token[] {
  const result = tokenizeCypher(query);
  if (!result.ok) throw new Error(result.problem);
  return result.tokens;
}

/** Runs checkCall on the first CALL of the query. */
function callVerdict(query: string, dialect: CypherDialect): string | undefined {
  const tokens = lex(query);
  const i = tokens.findIndex((t) => t.kind === "word" && t.value === "CALL");
  return checkCall(query, tokens, i, dialect)?.reason;
}

/** Runs checkFunctionCall on the first "(" that follows a name. */
function functionVerdict(query: string): string | undefined {
  const tokens = lex(query);
  const i = tokens.findIndex((t, k) => t.text === "(" && k > 0 && tokens[k - 1]!.kind !== "punct");
  return checkFunctionCall(query, tokens, i)?.reason;
}

describe("checkCall", () => {
  test.each<[string, CypherDialect]>([
    ["CALL { MATCH (n) RETURN n }", "embedded"],
    ["CALL (a, b) { RETURN 1 }", "neo4j"],
    ["CALL () { RETURN 1 }", "neo4j"],
    ["CALL (*) { RETURN 1 }", "neo4j"],
    ["CALL show_tables() RETURN *", "embedded"],
    ["CALL Show_Tables() RETURN *", "embedded"],
    ["CALL db.labels", "neo4j"],
    ["CALL `db`.`labels`()", "neo4j"],
    ["CALL db.index.fulltext.queryNodes('i', 'q')", "neo4j"],
  ])("allows %s (%s)", (query, dialect) => {
    expect(callVerdict(query, dialect)).toBeUndefined();
  });

  test("names the procedure as written and where it starts", () => {
    expect(callVerdict("MATCH (n)\nCALL  apoc.Load.json('x')", "neo4j")).toMatch(
      /^procedure apoc\.Load\.json is not allowed \(line 2, column 7\): APOC/,
    );
  });

  test("`CALL name = value` is a settings change, whatever the name", () => {
    for (const query of ["CALL threads=4", "CALL threads = 4", "CALL show_tables = 1", "CALL x == 1"]) {
      expect(callVerdict(query, "embedded")).toMatch(/^CALL \w+ = … is not allowed/);
    }
  });

  test("a scope clause must be a list of variables followed by a brace", () => {
    expect(callVerdict("CALL (a, 1) { RETURN 1 }", "neo4j")).toMatch(/^CALL \( … \) without a \{ subquery \}/);
    expect(callVerdict("CALL (a)", "neo4j")).toMatch(/^CALL \( … \) without/);
  });

  test("CALL followed by nothing nameable", () => {
    expect(callVerdict("CALL", "neo4j")).toMatch(/^CALL without a procedure name/);
    expect(callVerdict("CALL 'db.labels'()", "neo4j")).toMatch(/^CALL without a procedure name/);
    expect(callVerdict("CALL $proc()", "neo4j")).toMatch(/^CALL without a procedure name/);
  });
});

describe("checkFunctionCall", () => {
  test.each([
    "RETURN lower('A')",
    "RETURN point.distance(a, b)",
    "RETURN date.truncate('day', d)",
    "MATCH (n) WHERE (n.x > 1) RETURN n",
  ])("allows %s", (query) => {
    expect(functionVerdict(query)).toBeUndefined();
  });
  test.each([
    ["RETURN read_csv('x')", "read_csv"],
    ["RETURN `read_csv`('x')", "read_csv"],
    ["RETURN apoc.text.join([], '')", "apoc.text.join"],
    ["RETURN apoc . text . join([], '')", "apoc.text.join"],
    ["RETURN my.udf(1)", "my.udf"],
  ])("refuses %s", (query, name) => {
    expect(functionVerdict(query)).toContain(`function ${name} is not allowed (line 1, column 8)`);
  });
  test("the procedure right after CALL is left to checkCall", () => {
    expect(functionVerdict("CALL read_csv('x')")).toBeUndefined();
  });
});

describe("range() bounds", () => {
  test.each([
    "UNWIND range(1, 1000000000) AS x RETURN x",
    "UNWIND range(1, 1e9) AS x RETURN x",
    "RETURN RANGE(-5000000, 0)",
  ])("refuses a literal bound past MAX_RANGE_LITERAL: %s", (query) => {
    const verdict = vetReadOnlyCypher(query, "embedded");
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(/range .*built in memory/i);
  });

  test.each([
    "UNWIND range(1, 1000000) AS x RETURN x",
    "RETURN range(0, size([1, 2, 3]) - 1)",
    "RETURN range(1, 10, 2)",
  ])("allows %s", (query) => {
    expect(vetReadOnlyCypher(query, "neo4j").ok).toBe(true);
  });
});
