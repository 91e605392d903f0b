// Spellings an engine reads differently: Neo4j's \u escapes, Cypher 25 interpolated strings.

import { checkInterpolatedStrings, checkUnicodeEscapes } from "../../server/cypher-guard/lexical-checks.js";
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
