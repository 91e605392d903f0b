// The Neo4j engine offline: every statement it can send (each builder variant included) passes
// Neo4j's own parser and semantic checks against our schema, and failures to connect or bad
// URIs become clear engine-neutral errors. No Neo4j server is needed (none runs on CI).

import { lintCypherQuery, testData, type DbSchema } from "@neo4j-cypher/language-support";
import neo4j from "neo4j-driver";
import {
  MENTION_PROPERTIES,
  MENTIONS,
  NODE_LABELS,
  nodeProperties,
  RELATION_PROPERTIES,
  RELATION_TYPES,
} from "../../graph-schema/index.js";
import {
  EngineUnavailableError,
  QuerySyntaxError,
  QueryTimeoutError,
  WriteRefusedError,
} from "../../server/store/errors.js";
import { freeLoopbackPort } from "../../server/child-processes.js";
import { mapEngineError, mapQueryError } from "../../server/store/neo4j/neo4j-errors.js";
import { openNeo4jStore } from "../../server/store/neo4j/neo4j-store.js";
import { DAY_SPAN } from "../../server/store/neo4j/day-span.js";
import { allStatements } from "../../server/store/neo4j/statement-catalog.js";
import * as statements from "../../server/store/neo4j/statements.js";
import type { Statement } from "../../server/store/neo4j/statements.js";
import { toCypherValue, toNeo4jParams } from "../../server/store/neo4j/values.js";

/** A value of the right type for every parameter name the engine uses. */
const SAMPLE_PARAMS: Record<string, unknown> = {
  rows: [{ id: "x" }],
  batch: 1000,
  ids: ["x"],
  id: "x",
  types: ["MET"],
  type: "MET",
  minConfidence: 0.5,
  within: ["x"],
  source: "x",
  target: "x",
  limit: 10,
  pairs: [{ a: "x", b: "y" }],
  elementIds: ["4:abc:0"],
  entity: "x",
  article: "a1",
  disputed: true,
  sources: ["a1"],
  labels: ["Person", "State"],
  entityTypes: ["Person", "State"],
  fromDay: "2025-02-01",
  toDay: "2025-02-28",
  undated: false,
  spans: { "2025-02": ["2025-02-01", "2025-02-28"], "": [] },
  itemKey: '"sentence":',
};

const propertyKeys = [
  ...new Set([
    ...NODE_LABELS.flatMap((l) => nodeProperties(l).map((p) => p.name)),
    ...RELATION_PROPERTIES.map((p) => p.name),
    ...MENTION_PROPERTIES.map((p) => p.name),
    DAY_SPAN,
  ]),
];

/** Our schema, plus the procedure and function signatures of a real Neo4j 5 that the linter ships. */
function schemaFor(statement: Statement): DbSchema {
  return {
    labels: [...NODE_LABELS],
    relationshipTypes: [...RELATION_TYPES, MENTIONS],
    propertyKeys,
    procedures: testData.mockSchema.procedures,
    functions: testData.mockSchema.functions,
    defaultLanguage: "CYPHER 5",
    parameters: Object.fromEntries(statement.params.map((p) => [p, SAMPLE_PARAMS[p]])),
  };
}

/** Every error (parameters are declared, so an undeclared one is an error too), and every warning
 * that a name is unknown or a construct deprecated. */
function problems(statement: Statement): string[] {
  const { diagnostics } = lintCypherQuery(statement.cypher, schemaFor(statement));
  // Keys of our own parameter rows (row.source, pair.a) are map keys, not stored properties.
  const rowKey = (start: number): boolean => /\b(row|pair)\.$/.test(statement.cypher.slice(0, start));
  return diagnostics
    .map((d) => ({ ...d, text: typeof d.message === "string" ? d.message : d.message.value }))
    .filter((d) => d.severity === 1 || /not present in the database|deprecated/i.test(d.text))
    .filter((d) => d.severity === 1 || !rowKey(d.offsets.start))
    .map((d) => `${statement.name} [${d.offsets.start}-${d.offsets.end}] ${d.text}`);
}

const catalogue = allStatements();
/** Statements grouped by builder (name up to its first variant part), one test each. */
const groups = [...new Set(catalogue.map((s) => s.name.replace(/-([A-Z].*|\d+)$/, "")))];

describe("every Neo4j statement passes Neo4j's linter against our schema", () => {
  test("the catalogue has a few hundred distinct statements", () => {
    expect(catalogue.length).toBeGreaterThan(200);
    expect(new Set(catalogue.map((s) => s.name)).size).toBe(catalogue.length);
  });

  test("every exported statement constant is in the catalogue", () => {
    const names = new Set(catalogue.map((s) => s.name));
    const constants = (Object.values(statements) as unknown[]).filter(
      (v): v is Statement => typeof v === "object" && v !== null && "cypher" in v && "params" in v,
    );
    expect(constants.length).toBeGreaterThan(10);
    expect(constants.filter((s) => !names.has(s.name)).map((s) => s.name)).toEqual([]);
  });

  test("each statement declares exactly the parameters it uses, and each has a sample", () => {
    const mismatches = catalogue.flatMap((s) => {
      const used = [...new Set([...s.cypher.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))].sort();
      const declared = [...s.params].sort();
      const unsampled = declared.filter((p) => !(p in SAMPLE_PARAMS));
      return JSON.stringify(used) === JSON.stringify(declared) && unsampled.length === 0
        ? []
        : [`${s.name}: uses ${used.join(",")} declares ${declared.join(",")} unsampled ${unsampled.join(",")}`];
    });
    expect(mismatches).toEqual([]);
  });

  test("no statement calls APOC or GDS (Neo4j community has neither)", () => {
    expect(catalogue.filter((s) => /\b(apoc|gds)\./i.test(s.cypher)).map((s) => s.name)).toEqual([]);
  });

  test.each(groups)("lint: %s", (group) => {
    const members = catalogue.filter((s) => s.name === group || s.name.replace(/-([A-Z].*|\d+)$/, "") === group);
    expect(members.length).toBeGreaterThan(0);
    expect(members.flatMap(problems)).toEqual([]);
  });

  test("the linter would catch a mistake (unknown label, property, syntax)", () => {
    const bad = (cypher: string): Statement => ({ name: "bad", cypher, params: [] });
    expect(problems(bad("MATCH (n:Persn) RETURN n.id"))).not.toEqual([]);
    expect(problems(bad("MATCH (n:Person) RETURN n.nmae"))).not.toEqual([]);
    expect(problems(bad("MATCH (n:Person RETURN n"))).not.toEqual([]);
    expect(problems(bad("CALL db.nosuch() YIELD x RETURN x"))).not.toEqual([]);
  });
});

describe("statement builders take only the schema's names", () => {
  test("unknown labels, types, pairs the vocabulary forbids and unsupported path lengths are refused", () => {
    expect(() => statements.mergeNodes("Persn" as never)).toThrow(/unknown node label "Persn"/);
    expect(() => statements.mergeRelations("MET) DETACH DELETE (x" as never, "Person", "Person")).toThrow(
      /unknown relation type/,
    );
    expect(() => statements.mergeRelations("HOLDS_ROLE", "State", "Person")).toThrow(/cannot go from State to Person/);
    expect(() => statements.shortestPaths(0)).toThrow(RangeError);
    expect(() => statements.shortestPaths(statements.MAX_PATH_LENGTH + 1)).toThrow(RangeError);
  });
});

describe("connection failures are clear, fast and never show the password", () => {
  test("nothing listening: EngineUnavailableError naming the URI, in under 5 s", async () => {
    const uri = `bolt://127.0.0.1:${await freeLoopbackPort()}`;
    const started = Date.now();
    const error = await openNeo4jStore({ uri, user: "neo4j", password: "s3cret-pw", database: "neo4j" }).catch(
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as Error).message).toContain(uri);
    expect((error as Error).message).toMatch(/unreachable.*NEO4J_URI/);
    expect((error as Error).message).not.toContain("s3cret-pw");
  });

  test("http:// is refused with a hint to use bolt://", async () => {
    const error = await openNeo4jStore({ uri: "http://localhost:7474", user: "neo4j", password: "pw" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as Error).message).toMatch(/http:\/\/localhost:7474.*bolt:\/\//);
  });

  test("credentials written into the URI are not echoed", async () => {
    const uri = `bolt://neo4j:s3cret-pw@127.0.0.1:${await freeLoopbackPort()}`;
    const error = await openNeo4jStore({ uri, user: "neo4j", password: "s3cret-pw" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as Error).message).not.toContain("s3cret-pw");
  });
});

describe("server errors map to the engine-neutral errors", () => {
  const ctx = { location: "bolt://db.example:7687", database: "graph" };
  const serverError = (code: string, message: string): Error => Object.assign(new Error(message), { code });

  test("syntax error keeps the server's message and position", () => {
    const e = mapQueryError(
      serverError(
        "Neo.ClientError.Statement.SyntaxError",
        "Invalid input 'RETURN': expected ')' (line 1, column 10 (offset: 9))",
      ),
      ctx,
    );
    expect(e).toBeInstanceOf(QuerySyntaxError);
    expect((e as QuerySyntaxError).position).toEqual({ line: 1, column: 10, offset: 9 });
  });

  test("timeouts, writes in a read transaction, credentials and databases", () => {
    const timedOut = serverError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out");
    expect(mapQueryError(timedOut, ctx)).toBeInstanceOf(QueryTimeoutError);
    expect(
      mapQueryError(
        serverError("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed"),
        ctx,
      ),
    ).toBeInstanceOf(WriteRefusedError);
    const auth = mapEngineError(serverError("Neo.ClientError.Security.Unauthorized", "auth failed"), ctx) as Error;
    expect(auth).toBeInstanceOf(EngineUnavailableError);
    expect(auth.message).toMatch(
      /bolt:\/\/db\.example:7687 refused the credentials: check NEO4J_USER \/ NEO4J_PASSWORD/,
    );
    const db = mapEngineError(serverError("Neo.ClientError.Database.DatabaseNotFound", "no such db"), ctx) as Error;
    expect(db.message).toMatch(/"graph".*NEO4J_DATABASE/);
    const other = serverError("Neo.ClientError.Statement.ArithmeticError", "/ by zero");
    expect(mapQueryError(other, ctx)).toBe(other);
  });
});

describe("values between the driver and JSON", () => {
  test("integral parameters travel as Integers, others unchanged", () => {
    const p = toNeo4jParams({ limit: 5, ratio: 0.5, ids: ["a"], nested: { n: 2 } });
    expect(neo4j.isInt(p.limit)).toBe(true);
    expect(p.ratio).toBe(0.5);
    expect(neo4j.isInt((p.nested as { n: unknown }).n)).toBe(true);
  });

  test("nodes, relationships and paths take the common shape, ends named by our ids", () => {
    const { Node, Relationship, Path, PathSegment } = neo4j.types;
    const a = new Node(neo4j.int(1), ["Person"], { id: "alice", n: neo4j.int(3) }, "4:x:1");
    const b = new Node(neo4j.int(2), ["Person"], { id: "bob" }, "4:x:2");
    const r = new Relationship(
      neo4j.int(7),
      neo4j.int(1),
      neo4j.int(2),
      "CALLED",
      { id: "r-1" },
      "5:x:7",
      "4:x:1",
      "4:x:2",
    );
    const ids = new Map([
      ["4:x:1", "alice"],
      ["4:x:2", "bob"],
    ]);
    expect(toCypherValue(a, ids)).toEqual({
      kind: "node",
      id: "alice",
      label: "Person",
      properties: { id: "alice", n: 3 },
    });
    expect(toCypherValue(r, ids)).toMatchObject({
      kind: "relationship",
      id: "r-1",
      type: "CALLED",
      source: "alice",
      target: "bob",
    });
    const path = toCypherValue(new Path(a, b, [new PathSegment(a, r, b)]), ids) as { nodes: { id: string }[] };
    expect(path.nodes.map((n) => n.id)).toEqual(["alice", "bob"]);
    expect(toCypherValue(neo4j.int("9007199254740993"), ids)).toBe("9007199254740993");
    expect(toCypherValue(new neo4j.types.Date(2025, 2, 18), ids)).toBe("2025-02-18");
  });
});
