// The guard end to end: which queries pass, which are refused, and what the refusal says.

import {
  assertReadOnlyCypher,
  CypherRefusedError,
  vetReadOnlyCypher,
  type CypherDialect,
} from "../../server/cypher-guard/index.js";
import { DIALECTS, expectAccepted, expectRefused, expectRefusedAt } from "./expect-verdict.js";
import { PARAMETER_TRICKS, trickQuery } from "./parameter-tricks.js";

const READS_BOTH = [
  "MATCH (n) RETURN n",
  "match (n) return n",
  "MATCH p=(a)-[* SHORTEST 1..3]-(b) RETURN p",
  "MATCH p=(a)-[* ALL SHORTEST 1..3]-(b) RETURN p",
  "OPTIONAL MATCH (a)-[r]->(b) RETURN a, r, b",
  "MATCH (n) WITH n WHERE n.name STARTS WITH 'V' RETURN n",
  "UNWIND [1, 2, 3] AS x RETURN x",
  "RETURN 1",
  "WITH $names AS names UNWIND names AS name MATCH (n {name: name}) RETURN n",
  "MATCH (a) WHERE EXISTS { MATCH (a)-[:MET]-(b) } RETURN a",
  "MATCH (a) RETURN COUNT { MATCH (a)--() } AS degree",
  "MATCH (n) RETURN n.set, n.delete, n.create, n.merge, n.start, n.load",
  "MATCH (n) RETURN {create: 1, set: n.name, merge: 2, `delete`: 3} AS m",
  "MATCH (n {set: 1}) RETURN n",
  "MATCH (n) WHERE n.name = 'CREATE (m)' RETURN n",
  'MATCH (n) WHERE n.name = "MERGE; DELETE" RETURN n',
  "MATCH (n) // DELETE n\nRETURN n",
  "MATCH (n) /* DETACH DELETE n; DROP TABLE x */ RETURN n",
  "MATCH (n:`MERGE`) RETURN n",
  "MATCH (n) RETURN n.name AS `set`",
  "MATCH (n)-[:`DELETE`]->(m) RETURN m",
  "MATCH (n) WHERE n.note = 'a; b' RETURN n",
  "RETURN 'it\\'s; CREATE (x)' AS s",
  'RETURN "say \\"SET\\"" AS s',
  "MATCH (n:Person)-[:MET|CALLED]->(m) RETURN m",
  "MATCH (n:Delete) RETURN n",
  "EXPLAIN MATCH (n) RETURN n",
  "MATCH (n) RETURN lower(n.name), size(n.aliases), coalesce(n.x, 0), toUpper(n.name)",
  "CALL { MATCH (n) RETURN n } RETURN n",
  "MATCH (n) RETURN n ORDER BY n.name SKIP 1 LIMIT 10",
  "MATCH (n) RETURN n.id AS id UNION MATCH (m) RETURN m.id AS id",
  "MATCH (n) WHERE n.name =~ '(?i)put.*' RETURN n",
  "RETURN [x IN range(1, 3) | x * 2] AS xs",
  "RETURN CASE WHEN true THEN 'set' ELSE 'delete' END AS word",
  "RETURN $create AS p",
  "MATCH (n) RETURN n.name STARTS WITH 'x', n.name ENDS WITH 'y'",
  "MATCH (n)\r\nWHERE n.id = 'russia'\r\nRETURN n",
  "RETURN 1 // a comment without a newline",
  "RETURN 'Peskow' + \"Дмитрий\" + '🙂' AS s",
  "MATCH (n) RETURN count(*) AS c",
  "MATCH (n) RETURN n.x / 2 AS half",
];

const READS_EMBEDDED = [
  "CALL show_tables() RETURN *",
  "call SHOW_TABLES() return *",
  "CALL table_info('Person') RETURN *",
  "CALL show_connection('MET') RETURN *",
  "MATCH (n) RETURN label(n)",
  "MATCH (a)-[e* 1..3 (r, n | WHERE r.confidence > 0.5)]-(b) RETURN b",
  "RETURN '\\u00B0' AS degree",
];

const READS_NEO4J = [
  "CALL db.labels()",
  "CALL db.labels() YIELD label RETURN label",
  "CALL db.relationshipTypes()",
  "CALL db.propertyKeys()",
  "CALL db.schema.visualization()",
  "CALL db.index.fulltext.queryNodes('names', 'Putin') YIELD node, score RETURN node, score",
  "MATCH (n) WHERE n:Person RETURN labels(n)",
  "MATCH (a) CALL (a) { MATCH (a)--(b) RETURN b } RETURN a, b",
  "MATCH (a) CALL () { RETURN 1 AS one } RETURN a, one",
  "MATCH (a) CALL (*) { RETURN a.id AS id } RETURN id",
  "RETURN point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS d",
  "RETURN date.truncate('month', date()) AS m",
  "MATCH p = shortestPath((a)-[*..5]-(b)) RETURN p",
];

describe("vetReadOnlyCypher accepts reads", () => {
  describe.each(DIALECTS)("%s", (dialect) => {
    test.each(READS_BOTH)("%s", (query) => {
      expectAccepted(query, dialect);
    });
  });
  test.each(READS_EMBEDDED)("embedded: %s", (query) => {
    expectAccepted(query, "embedded");
  });
  test.each(READS_NEO4J)("neo4j: %s", (query) => {
    expectAccepted(query, "neo4j");
  });
});

describe("the statement handed back", () => {
  test("is the query itself when nothing trails it", () => {
    expect(expectAccepted("MATCH (n) RETURN n", "embedded")).toBe("MATCH (n) RETURN n");
  });
  test("drops one trailing semicolon and what follows it", () => {
    expect(expectAccepted("RETURN 1;", "neo4j")).toBe("RETURN 1");
    expect(expectAccepted("RETURN 1 ;  // done\n", "neo4j")).toBe("RETURN 1");
    expect(expectAccepted("RETURN 1; /* done */", "embedded")).toBe("RETURN 1");
  });
  test("drops a trailing line comment, so a caller may append a clause", () => {
    expect(expectAccepted("MATCH (n) RETURN n // all", "embedded")).toBe("MATCH (n) RETURN n");
  });
  test("keeps leading comments and the text as written", () => {
    expect(expectAccepted("/* q */ match (n) return n", "embedded")).toBe("/* q */ match (n) return n");
  });
});

/** A realistic clause for each refused keyword, so every test reads like an attempt someone would make. */
const CLAUSES: Record<string, string> = {
  CREATE: "CREATE (m:Person {id: 'x'})",
  MERGE: "MERGE (m:Person {id: 'x'})",
  SET: "SET n.name = 'x'",
  DELETE: "DELETE n",
  DETACH: "DETACH DELETE n",
  REMOVE: "REMOVE n.name",
  FOREACH: "FOREACH (x IN [1] | CREATE (:T))",
  INSERT: "INSERT (m:Person {id: 'x'})",
  DROP: "DROP TABLE Person",
  ALTER: "ALTER TABLE Person ADD x STRING",
  LOAD: "LOAD FROM '/etc/passwd' (file_format='csv', delim=':') RETURN *",
  COPY: "COPY (MATCH (n) RETURN n) TO 'out.csv'",
  EXPORT: "EXPORT DATABASE 'dump'",
  IMPORT: "IMPORT DATABASE 'dump'",
  INSTALL: "INSTALL fts",
  UNINSTALL: "UNINSTALL fts",
  ATTACH: "ATTACH 'other.lbug' AS o (dbtype lbug)",
  USE: "USE otherdb",
  CHECKPOINT: "CHECKPOINT",
  BEGIN: "BEGIN TRANSACTION",
  COMMIT: "COMMIT",
  ROLLBACK: "ROLLBACK",
  GRANT: "GRANT ROLE admin TO bob",
  REVOKE: "REVOKE ROLE admin FROM bob",
  DENY: "DENY READ {*} ON GRAPH * TO bob",
  START: "START DATABASE other",
  STOP: "STOP DATABASE other",
  SHOW: "SHOW USERS",
  TERMINATE: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  RENAME: "RENAME USER bob TO alice",
  PROFILE: "PROFILE MATCH (n) RETURN n",
};

const WRITE_WORDS = ["CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "FOREACH", "INSERT"];

function mixedCase(text: string): string {
  return [...text].map((c, i) => (i % 2 ? c.toLowerCase() : c.toUpperCase())).join("");
}

describe.each(Object.entries(CLAUSES))("refuses %s", (word, clause) => {
  const positions: [string, string][] = [
    ["as the first clause", clause],
    ["after MATCH", `MATCH (n) ${clause}`],
    ["after WITH", `MATCH (n) WITH n ${clause}`],
    ["inside CALL { }", `MATCH (n) CALL { WITH n ${clause} } RETURN n`],
    ["inside EXISTS { }", `MATCH (n) WHERE EXISTS { ${clause} } RETURN n`],
    ["in lower case", `MATCH (n) ${clause.toLowerCase()}`],
    ["in mixed case", `MATCH (n) ${mixedCase(clause)}`],
    ["after a block comment", `MATCH (n) /* harmless */ ${clause}`],
    ["after a line comment", `MATCH (n) // harmless\n${clause}`],
    ["split across lines", `MATCH (n)\n  WITH n\n\n   ${clause.replace(" ", "\n   ")}`],
    ["after a string holding a quote", `MATCH (n) WHERE n.x = 'it\\'s' ${clause}`],
    ["after EXPLAIN", `EXPLAIN ${clause}`],
    ["after UNION", `MATCH (n) RETURN n UNION ${clause}`],
  ];
  describe.each(DIALECTS)("%s", (dialect) => {
    test.each(positions)("%s", (_where, query) => {
      expectRefusedAt(query, dialect, word);
    });
  });
});

test("write clauses are called write clauses and the endpoint read-only", () => {
  for (const word of WRITE_WORDS) {
    const { reason } = expectRefused(`MATCH (n) ${CLAUSES[word]}`, "embedded");
    expect(reason).toMatch(
      new RegExp(`^write clause ${word} is not allowed \\(line 1, column 11\\): this endpoint is read-only`),
    );
  }
});

test("the example reason of the design brief", () => {
  expect(vetReadOnlyCypher("RETURN CREATE (n)", "embedded")).toEqual({
    ok: false,
    reason: "write clause CREATE is not allowed (line 1, column 8): this endpoint is read-only",
    position: { offset: 7, line: 1, column: 8 },
  });
});

describe("one statement at a time", () => {
  test.each([
    ["MATCH (n) RETURN n; MATCH (m) DETACH DELETE m", 20],
    ["RETURN 1;;", 9],
    ["RETURN 1; /* c */ RETURN 2", 18],
    ["RETURN 1;\n// c\nRETURN 2", 15],
  ])("%j", (query, offset) => {
    const verdict = expectRefused(query, "embedded");
    expect(verdict.reason).toMatch(/^a second statement is not allowed .*: send one statement at a time$/);
    expect(verdict.position?.offset).toBe(offset);
  });
  test("a semicolon inside a string, a comment or a name is not a separator", () => {
    expectAccepted("RETURN 'a;b' AS s", "neo4j");
    expectAccepted("RETURN 1 /* ; CREATE (n) */", "neo4j");
    expectAccepted("RETURN 1 AS `a;b`", "embedded");
  });
});

describe("files, extensions, other databases and settings", () => {
  test.each<[string, CypherDialect, string]>([
    ["LOAD FROM '/etc/passwd' (file_format='csv', delim=':') RETURN *", "embedded", "LOAD"],
    ["WITH 1 AS x LOAD FROM 'a.csv' RETURN *", "embedded", "LOAD"],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "neo4j", "LOAD"],
    ["MATCH (n) WITH n LOAD CSV WITH HEADERS FROM 'https://x.test/a.csv' AS row RETURN row", "neo4j", "LOAD"],
    ["LOAD EXTENSION 'libfts.so'", "embedded", "LOAD"],
    ["COPY (MATCH (n) RETURN n) TO '/tmp/out.csv'", "embedded", "COPY"],
    ["COPY Person FROM 'people.csv'", "embedded", "COPY"],
    ["EXPORT DATABASE '/tmp/dump'", "embedded", "EXPORT"],
    ["ATTACH '/tmp/other.lbug' AS o (dbtype lbug)", "embedded", "ATTACH"],
    ["INSTALL fts", "embedded", "INSTALL"],
    ["CHECKPOINT", "embedded", "CHECKPOINT"],
    ["USE otherdb MATCH (n) RETURN n", "neo4j", "USE"],
    ["CALL { USE otherdb MATCH (n) RETURN n } RETURN n", "neo4j", "USE"],
    ["COMMENT ON TABLE Person IS 'x'", "embedded", "COMMENT"],
  ])("%s", (query, dialect, word) => {
    expectRefusedAt(query, dialect, word);
  });

  test.each([
    "CALL threads=1",
    "CALL TIMEOUT=0",
    "CALL TIMEOUT = 0",
    "CALL var_length_extend_max_depth = 99",
    "CALL show_tables=1",
  ])("%s changes a setting", (query) => {
    const { reason, position } = expectRefused(query, "embedded");
    expect(reason).toMatch(/^CALL \w+ = … is not allowed \(line 1, column 6\): it changes the engine's settings/);
    expect(position?.column).toBe(6);
  });
});

describe("procedures", () => {
  test.each<[string, CypherDialect, string]>([
    ["CALL apoc.load.json('file:///etc/passwd')", "neo4j", "apoc.load.json"],
    ["CALL apoc.cypher.runWrite('CREATE (n)', {})", "neo4j", "apoc.cypher.runWrite"],
    ["CALL `apoc.load.json`('x')", "neo4j", "apoc.load.json"],
    ["CALL apoc.`load`.json('x')", "neo4j", "apoc.load.json"],
    ["CALL dbms.listConfig()", "neo4j", "dbms.listConfig"],
    ["CALL dbms.security.createUser('x', 'y')", "neo4j", "dbms.security.createUser"],
    ["CALL db.createLabel('X')", "neo4j", "db.createLabel"],
    ["CALL db.index.fulltext.createNodeIndex('i', ['P'], ['n'])", "neo4j", "db.index.fulltext.createNodeIndex"],
    ["MATCH (n) CALL db.clearQueryCaches() RETURN n", "neo4j", "db.clearQueryCaches"],
    ["CALL db.labels()", "embedded", "db.labels"],
    ["CALL show_tables() RETURN *", "neo4j", "show_tables"],
    ["CALL read_csv('/etc/passwd') RETURN *", "embedded", "read_csv"],
    ["CALL project_graph('g', ['Person'], ['MET'])", "embedded", "project_graph"],
    ["CALL current_setting('threads') RETURN *", "embedded", "current_setting"],
  ])("%s", (query, dialect, name) => {
    const { reason, position } = expectRefused(query, dialect);
    expect(reason).toContain(`procedure ${name} is not allowed`);
    expect(reason).toContain("allowed here:");
    expect(position?.line).toBe(1);
  });

  test("APOC and dbms refusals say why", () => {
    expect(expectRefused("CALL apoc.load.json('x')", "neo4j").reason).toContain(
      "APOC procedures can read and write files",
    );
    expect(expectRefused("CALL dbms.listConfig()", "neo4j").reason).toContain("dbms procedures manage the server");
  });

  test.each(["CALL", "MATCH (n) CALL 'x'", "CALL (n) RETURN n", "CALL (n)"])(
    "a CALL with nothing allowed after it: %s",
    (query) => {
      expect(expectRefused(query, "neo4j").reason).toMatch(/^CALL/);
    },
  );

  test.each([
    "CALL { MATCH (n) RETURN n } IN TRANSACTIONS OF 10 ROWS RETURN n",
    "CALL { MATCH (n) RETURN n } IN 3 CONCURRENT TRANSACTIONS",
    "MATCH (n) CALL (n) { RETURN n.id AS id } in transactions",
  ])("CALL { … } IN TRANSACTIONS: %s", (query) => {
    expect(expectRefused(query, "neo4j").reason).toMatch(
      /^CALL \{ … \} IN TRANSACTIONS is not allowed \(line 1, column \d+\)/,
    );
  });
});

describe("functions that reach files, plugins or sequences", () => {
  test.each<[string, string]>([
    ["RETURN read_csv('/etc/passwd')", "read_csv"],
    ["UNWIND read_parquet('x.parquet') AS r RETURN r", "read_parquet"],
    ["RETURN READ_JSON('x.json')", "READ_JSON"],
    ["RETURN `read_csv`('x')", "read_csv"],
    ["RETURN load_file('x')", "load_file"],
    ["RETURN glob('*')", "glob"],
    ["LOAD CSV FROM 'x' AS r RETURN file()", "LOAD"],
    ["MATCH (n) RETURN file()", "file"],
    ["RETURN nextval('seq')", "nextval"],
    ["RETURN apoc.text.join(['a'], ',')", "apoc.text.join"],
    ["RETURN apoc.util.sha1(['a'])", "apoc.util.sha1"],
    ["RETURN gds.util.asNode(1)", "gds.util.asNode"],
    ["RETURN custom.fn(1)", "custom.fn"],
  ])("%s", (query, name) => {
    for (const dialect of DIALECTS) {
      const { reason } = expectRefused(query, dialect);
      expect(reason).toContain(name === "LOAD" ? "LOAD is not allowed" : `function ${name} is not allowed`);
    }
  });
});

describe("where a keyword is only a name", () => {
  test("a keyword used as a variable or alias is refused, with a hint to backtick it", () => {
    for (const query of ["MATCH (set) RETURN set", "MATCH (n) RETURN n.date AS start"]) {
      const { reason } = expectRefused(query, "embedded");
      expect(reason).toMatch(/write it in backticks: `(set|start)`/);
    }
  });
  test("a keyword after a dot that follows a number is still a keyword", () => {
    expectRefusedAt("RETURN 1.CREATE (n)", "neo4j", "CREATE");
  });
  test("a keyword glued to a number is still a keyword (the engines would read 1CREATE as one token, we are stricter)", () => {
    expectRefusedAt("RETURN 1CREATE (n)", "embedded", "CREATE");
  });
  test("a lone $ does not make the next word a parameter", () => {
    expectRefusedAt("RETURN $ CREATE (n)", "neo4j", "CREATE");
  });
  test("a label or type after | is refused when spelled like a keyword (backticks work)", () => {
    expectRefusedAt("MATCH (n:Person|Delete) RETURN n", "neo4j", "DELETE");
    expectAccepted("MATCH (n:Person|`Delete`) RETURN n", "neo4j");
  });
  test("a keyword followed by a colon outside a map is still a keyword", () => {
    expectRefusedAt("MATCH (n) WITH n, set: 1", "embedded", "SET");
  });
});

describe("what Neo4j reads differently", () => {
  test.each([
    "M\\u0041TCH (n) RETURN n",
    "MATCH (n) CR\\u0045ATE (m)",
    "RETURN '\\u0027 CREATE (n) //'",
    "RETURN '\\u00B0'",
  ])("unicode escapes are refused for Neo4j: %s", (query) => {
    const { reason, position } = expectRefused(query, "neo4j");
    expect(reason).toMatch(/^the unicode escape \\u is not allowed \(line 1, column \d+\): Neo4j decodes it/);
    expect(query.slice(position!.offset, position!.offset + 2)).toBe("\\u");
  });
  test("an interpolated string is refused: its braces hold code", () => {
    expect(expectRefused("RETURN s'abc {1}' AS x", "neo4j").reason).toMatch(
      /^an interpolated string s'…' is not allowed \(line 1, column 8\)/,
    );
    expect(expectRefused('RETURN S"{CREATE (n)}"', "embedded").reason).toMatch(/interpolated string/);
    expectAccepted("RETURN s + 'abc' AS x", "neo4j");
    expectAccepted("RETURN s 'abc'", "neo4j");
  });
});

describe("text the guard cannot read is refused", () => {
  test.each<[string, string, number]>([
    ["RETURN 'abc", "unterminated string literal '", 7],
    ['RETURN "abc', 'unterminated string literal "', 7],
    ["RETURN 'abc\\'", "unterminated string literal '", 7],
    ["MATCH (n) /* open", "unterminated comment /*", 10],
    ["MATCH (n:`Person) RETURN n", "unterminated backtick-quoted name `", 9],
    ["MATCH (n) /* a **/ RETURN n", "a comment ending in **/", 10],
  ])("%s", (query, problem, offset) => {
    for (const dialect of DIALECTS) {
      const verdict = expectRefused(query, dialect);
      expect(verdict.reason.startsWith(problem)).toBe(true);
      expect(verdict.position?.offset).toBe(offset);
    }
  });

  test.each(["", "   ", "\n\t", "// only a comment", "/* only */", ";", " ; "])("empty: %j", (query) => {
    expect(vetReadOnlyCypher(query, "neo4j")).toEqual({
      ok: false,
      reason: "the query is empty: send one read-only Cypher statement",
    });
  });

  test("a query that is not a string is refused, not thrown on", () => {
    expect(vetReadOnlyCypher(42 as unknown as string, "neo4j").ok).toBe(false);
  });
});

describe("statement kinds", () => {
  test.each([
    ["CYPHER 5 MATCH (n) RETURN n", "CYPHER"],
    ["(n) RETURN n", "("],
    ["WHERE true RETURN 1", "WHERE"],
    ["OPTIONAL RETURN 1", "OPTIONAL"],
    ["FINISH", "FINISH"],
  ])("%s", (query, first) => {
    const { reason } = expectRefused(query, "neo4j");
    expect(reason).toBe(
      `a statement starting with ${first} is not allowed (line 1, column 1): a read-only query starts with MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN or CALL (optionally after EXPLAIN)`,
    );
  });
  test("PROFILE is refused (it runs the query), EXPLAIN is not", () => {
    expect(expectRefused("PROFILE MATCH (n) RETURN n", "embedded").reason).toMatch(
      /^PROFILE is not allowed .*use EXPLAIN/,
    );
    expectAccepted("EXPLAIN MATCH (n) RETURN n", "embedded");
  });
  test("EXPLAIN only starts a query, and needs a statement", () => {
    expect(expectRefused("EXPLAIN", "neo4j").reason).toMatch(/^EXPLAIN without a statement/);
    expect(expectRefused("EXPLAIN EXPLAIN MATCH (n) RETURN n", "neo4j").reason).toMatch(
      /^EXPLAIN here is not allowed \(line 1, column 9\)/,
    );
    expect(expectRefused("MATCH (n) EXPLAIN RETURN n", "neo4j").reason).toMatch(/^EXPLAIN here is not allowed/);
  });
  test("OPTIONAL CALL is a CALL and follows the same rules", () => {
    expectAccepted("OPTIONAL CALL db.labels() YIELD label RETURN label", "neo4j");
    expectRefused("OPTIONAL CALL dbms.listConfig()", "neo4j");
  });
});

describe("assertReadOnlyCypher", () => {
  test("returns the statement to run", () => {
    expect(assertReadOnlyCypher("RETURN 1;", "embedded")).toBe("RETURN 1");
  });
  test("throws a CypherRefusedError carrying the reason and position", () => {
    let caught: unknown;
    try {
      assertReadOnlyCypher("MATCH (n)\nDETACH DELETE n", "neo4j");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CypherRefusedError);
    expect(caught).toBeInstanceOf(Error);
    const refused = caught as CypherRefusedError;
    expect(refused.name).toBe("CypherRefusedError");
    expect(refused.message).toBe(refused.reason);
    expect(refused.reason).toBe("write clause DETACH is not allowed (line 2, column 1): this endpoint is read-only");
    expect(refused.position).toEqual({ offset: 10, line: 2, column: 1 });
  });
});

describe("the parameter-name tricks of issue 10", () => {
  describe.each(DIALECTS)("%s", (dialect) => {
    test.each(PARAMETER_TRICKS.map((t) => [t.id, t] as const))("refuses %s", (_id, trick) => {
      const query = trickQuery(trick, "/some/file");
      const { reason, position } = expectRefused(query, dialect);
      // Refused at the parameter, the keyword or the procedure's name: before its arguments.
      expect(position?.offset).toBeLessThan(query.search(/\(| FROM/));
      expect(reason).toMatch(/^(a parameter name|LOAD|procedure)/);
    });
  });
  test("a digit-led parameter name followed by a space still works", () => {
    expectAccepted("UNWIND [1] AS x WITH x WHERE x = $1 RETURN x", "embedded");
    expectAccepted("UNWIND [1] AS x WITH x WHERE x = $0 RETURN x", "neo4j");
  });
});
