// Cypher errors as the console shows them: parser rule names dropped, a stand-in named for the
// functions the embedded dialect lacks, other messages untouched.

import { CYPHER_ERROR_HINTS, explainCypherError } from "../../client/src/cypher/error-hints.js";

test("a parser's rule name is dropped, the position kept", () => {
  const raw = "Parser exception: Invalid input <MATCH (a RETURN>: expected rule oC_SingleQuery (line: 1, offset: 9)";
  const shown = explainCypherError(raw);
  expect(shown).not.toMatch(/oC_|expected rule/);
  expect(shown).toContain("Invalid input <MATCH (a RETURN> (line: 1, offset: 9)");
});

test("a rule name of any grammar prefix is dropped (the embedded parser also says iC_ and kU_)", () => {
  for (const rule of ["iC_Statements", "kU_ProjectionItems"]) {
    const shown = explainCypherError(
      `Parser exception: Invalid input < LIMT>: expected rule ${rule} (line: 1, offset: 19)`,
    );
    expect(shown).toBe("Parser exception: Invalid input < LIMT> (line: 1, offset: 19)");
  }
});

test("a missing type() names label(r) as the stand-in", () => {
  expect(explainCypherError("Catalog exception: function TYPE does not exist.")).toMatch(/label\(r\)/);
});

test("other messages pass unchanged, and every rule has an id and an example", () => {
  expect(explainCypherError("Binder exception: Variable x is not in scope.")).toBe(
    "Binder exception: Variable x is not in scope.",
  );
  expect(new Set(CYPHER_ERROR_HINTS.map((r) => r.id)).size).toBe(CYPHER_ERROR_HINTS.length);
  for (const rule of CYPHER_ERROR_HINTS) expect(rule.example.length).toBeGreaterThan(0);
});
