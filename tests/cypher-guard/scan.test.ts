// The token scan on its own: the first problem wins, brackets decide map keys.

import { findForbidden } from "../../server/cypher-guard/scan.js";
import { tokenizeCypher, type Token } from "../../server/cypher-guard/tokens.js";

function lex(query: string): Token[] {
  const result = tokenizeCypher(query);
  if (!result.ok) throw new Error(result.problem);
  return result.tokens;
}

const scan = (query: string, from = 0) => findForbidden(query, lex(query), "neo4j", from)?.reason;

test("reports the first problem in reading order", () => {
  expect(scan("MATCH (n) SET n.x = 1 CREATE (m) CALL dbms.x()")).toMatch(/^write clause SET .*column 11/);
  expect(scan("MATCH (n) CALL dbms.x() SET n.x = 1")).toMatch(/^procedure dbms\.x/);
  expect(scan("RETURN read_csv('x') + apoc.x()")).toMatch(/^function read_csv/);
});

test("starts where it is told (after a leading EXPLAIN)", () => {
  expect(scan("EXPLAIN MATCH (n) RETURN n", 1)).toBeUndefined();
  expect(scan("EXPLAIN MATCH (n) RETURN n", 0)).toMatch(/^EXPLAIN here/);
});

test("a map key inside nested brackets is a name; a bare word after the map closes is not", () => {
  expect(scan("RETURN {a: [1, {set: 2}], delete: 3}")).toBeUndefined();
  expect(scan("RETURN {a: 1} , set: 2")).toMatch(/^write clause SET/);
  expect(scan("RETURN [{a: 1}, set: 2]")).toMatch(/^write clause SET/);
});

test("unbalanced brackets do not throw", () => {
  expect(() => scan(") ] } ( { [ create: 1")).not.toThrow();
  expect(scan("}}}} {set: 1}")).toBeUndefined();
});

test("COMMENT is only refused when followed by ON", () => {
  expect(scan("RETURN comment")).toBeUndefined();
  expect(scan("COMMENT ON TABLE x IS 'y'")).toMatch(/^COMMENT ON is not allowed/);
  expect(scan("RETURN comment `ON`")).toBeUndefined();
});
