// The per-engine procedure allow-list.

import {
  allowedProcedures,
  isAllowedProcedure,
  procedureRefusalWhy,
} from "../../server/cypher-guard/procedure-policy.js";

test("each engine allows only its own short list", () => {
  expect(allowedProcedures("embedded")).toEqual(["show_tables", "table_info", "show_connection"]);
  expect(allowedProcedures("neo4j")).toEqual([
    "db.labels",
    "db.relationshipTypes",
    "db.propertyKeys",
    "db.schema.visualization",
    "db.index.fulltext.queryNodes",
  ]);
  expect(isAllowedProcedure("show_tables", "neo4j")).toBe(false);
  expect(isAllowedProcedure("db.labels", "embedded")).toBe(false);
});

test("names compare without case", () => {
  expect(isAllowedProcedure("SHOW_TABLES", "embedded")).toBe(true);
  expect(isAllowedProcedure("DB.RELATIONSHIPTYPES", "neo4j")).toBe(true);
});

test.each([
  "db.labelsX",
  "db",
  "db.index.fulltext",
  "db.index.fulltext.queryRelationships",
  "apoc.meta.schema",
  "dbms.components",
  "show_functions",
])("%s is not allowed anywhere", (name) => {
  expect(isAllowedProcedure(name, "embedded")).toBe(false);
  expect(isAllowedProcedure(name, "neo4j")).toBe(false);
});

test("the refusal lists what is allowed and says why for APOC and dbms", () => {
  expect(procedureRefusalWhy("x", "embedded")).toBe("allowed here: show_tables, table_info, show_connection");
  expect(procedureRefusalWhy("APOC.load.csv", "neo4j")).toMatch(/^APOC procedures can read and write files/);
  expect(procedureRefusalWhy("dbms.killQuery", "neo4j")).toMatch(/^dbms procedures manage the server/);
});
