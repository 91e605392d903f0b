// Spellings an engine reads differently (Neo4j's \u escapes, Cypher 25 interpolated strings), and
// nesting deeper than the engines' recursive parsers can take.

import {
  checkInterpolatedStrings,
  checkUnicodeEscapes,
  MAX_NESTING,
} from "../../server/cypher-guard/lexical-checks.js";
import { vetReadOnlyCypher } from "../../server/cypher-guard/vet.js";
import { tokenizeCypher, type Token } from "../../server/cypher-guard/tokens.js";

function lex(query: string): Token[] {
  const result = tokenizeCypher(query);
  if (!result.ok) throw new Error(result.problem);
  return result.tokens;
}

describe("checkUnicodeEscapes", () => {
  test.each([
    "M\\u0041TCH (n)",
    "RETURN '\\u0027'",
    "RETURN 1 // \\u000a CREATE (n)",
    "RETURN `\\u0060`",
    "RETURN '\\\\u0041'",
    "\\uu0041",
  ])("refuses %s for Neo4j at the backslash", (query) => {
    const refusal = checkUnicodeEscapes(query, "neo4j");
    expect(refusal?.reason).toMatch(/^the unicode escape \\u is not allowed/);
    expect(refusal?.position?.offset).toBe(query.indexOf("\\u"));
  });
  test("leaves LadybugDB alone: it decodes \\u only inside strings, as one character of them", () => {
    expect(checkUnicodeEscapes("RETURN '\\u0027'", "embedded")).toBeUndefined();
  });
  test("other escapes are fine for Neo4j", () => {
    expect(checkUnicodeEscapes("RETURN '\\n\\t\\'\\U0001F600'", "neo4j")).toBeUndefined();
  });
});

describe("checkInterpolatedStrings", () => {
  test.each(["RETURN s'a {x} b'", 'RETURN S"{x}"', "RETURN [s'x']"])("refuses %s", (query) => {
    expect(checkInterpolatedStrings(query, lex(query))?.reason).toMatch(/^an interpolated string s'…' is not allowed/);
  });
  test.each(["RETURN s 'x'", "RETURN xs'x'", "RETURN s", "RETURN 's'", "RETURN `s`'x'"])("accepts %s", (query) => {
    expect(checkInterpolatedStrings(query, lex(query))).toBeUndefined();
  });
});

describe("nesting depth", () => {
  const deep = (open: string, close: string, depth: number) =>
    `RETURN ${open.repeat(depth)}1${close.repeat(depth)} AS v`;
  const vet = (query: string) => vetReadOnlyCypher(query, "embedded");

  test.each([
    ["parentheses", "(", ")"],
    ["lists", "[", "]"],
    ["maps", "{a: ", "}"],
  ])("%s nested past the limit are refused, at the limit accepted", (_kind, open, close) => {
    expect(vet(deep(open, close, MAX_NESTING)).ok).toBe(true);
    const refused = vet(deep(open, close, MAX_NESTING + 1));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toMatch(/nesting deeper than 32 levels/);
    expect(vet(deep(open, close, 3000)).ok).toBe(false);
  });

  test("CASE … END counts as a level", () => {
    let expression = "1";
    for (let i = 0; i < MAX_NESTING + 1; i++) expression = `CASE WHEN true THEN ${expression} ELSE 0 END`;
    expect(vet(`RETURN ${expression} AS v`).ok).toBe(false);
  });

  test("properties named end or case do not close or open a level", () => {
    const opens = "(".repeat(MAX_NESTING + 1);
    const closes = ")".repeat(MAX_NESTING + 1);
    expect(vet(`MATCH (n) RETURN ${opens}n.end + n.end${closes} AS v`).ok).toBe(false);
    expect(vet("MATCH (n) RETURN n.case, n.end AS v").ok).toBe(true);
  });
});
