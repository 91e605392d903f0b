// When a keyword-like word is a name: property key, label, type, map key; and when it is not.

import { isUsedAsName } from "../../server/cypher-guard/name-context.js";
import { tokenizeCypher, type Token } from "../../server/cypher-guard/tokens.js";

/** Whether the first occurrence of `word` in `query` is a name, with the innermost bracket worked out by hand. */
function nameAt(query: string, word: string, bracket?: string): boolean {
  const result = tokenizeCypher(query);
  if (!result.ok) throw new Error(result.problem);
  const tokens: Token[] = result.tokens;
  const i = tokens.findIndex((t) => t.kind === "word" && t.value === word.toUpperCase());
  return isUsedAsName(tokens, i, bracket);
}

test.each([
  ["n.set", "set", undefined],
  ["n . set", "set", undefined],
  ["n./* c */set", "set", undefined],
  ["$p.delete", "delete", undefined],
  ["`a b`.create", "create", undefined],
  ["(n).merge", "merge", undefined],
  ["xs[0].remove", "remove", undefined],
  ["{a: 1}.load", "load", undefined],
  ["(n:Delete)", "Delete", "("],
  ["[:CREATE]", "CREATE", "["],
  ["{a: set}", "set", "{"],
  ["{create: 1}", "create", "{"],
  ["{a: 1, merge: 2}", "merge", "{"],
])("%s: %s is a name", (query, word, bracket) => {
  expect(nameAt(query, word, bracket)).toBe(true);
});

test.each([
  ["MATCH (n) CREATE (m)", "CREATE", undefined],
  ["1.CREATE", "CREATE", undefined],
  [". CREATE", "CREATE", undefined],
  ["..CREATE", "CREATE", undefined],
  ["WITH n, set: 1", "set", undefined],
  ["(create: 1)", "create", "("],
  ["{x create: 1}", "create", "{"],
  ["CALL { CREATE (n) }", "CREATE", "{"],
  ["[x IN l | CREATE]", "CREATE", "["],
])("%s: %s is a keyword", (query, word, bracket) => {
  expect(nameAt(query, word, bracket)).toBe(false);
});
