// The keyword lists: every refused keyword has a reason, and none can start a statement.

import {
  DENIED_KEYWORDS,
  STATEMENT_STARTS,
  backtickHint,
  deniedKeyword,
} from "../../server/cypher-guard/keyword-policy.js";
import { WRITE_WORDS } from "./fuzz-queries.js";

test("the brief's keywords are all refused", () => {
  // The brief's list, kept with the fuzz oracle (independent of the implementation), plus PROFILE.
  const required = [...WRITE_WORDS, "PROFILE"];
  expect(DENIED_KEYWORDS).toEqual(expect.arrayContaining(required));
});

test.each(DENIED_KEYWORDS)("%s has a name and a reason", (word) => {
  const denied = deniedKeyword(word);
  expect(denied?.what).toContain(word);
  expect(denied?.why.length).toBeGreaterThan(10);
});

test("no statement start is refused, and the reads are not in the deny list", () => {
  for (const start of STATEMENT_STARTS) expect(deniedKeyword(start)).toBeUndefined();
  for (const read of ["WHERE", "RETURN", "YIELD", "UNION", "ORDER", "LIMIT", "SKIP", "EXISTS", "COUNT", "CASE"]) {
    expect(deniedKeyword(read)).toBeUndefined();
  }
});

test("write clauses are named as such", () => {
  expect(deniedKeyword("MERGE")).toEqual({ what: "write clause MERGE", why: "this endpoint is read-only" });
});

test("the backtick hint quotes the word as the user wrote it", () => {
  expect(backtickHint("start")).toBe("to use it as a name, write it in backticks: `start`");
});
