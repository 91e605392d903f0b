// Configuration from the environment: defaults, engine selection, and loud failure on typos.

import { ConfigError, readConfig } from "../server/config.js";

test("defaults select the embedded engine on data/graph.lbug", () => {
  const c = readConfig({});
  expect(c.port).toBe(3000);
  expect(c.store.engine).toBe("embedded");
  expect(c.store.engine === "embedded" && c.store.path).toMatch(/data[/\\]graph\.lbug$/);
  expect(c.http.rateLimitPerMinute).toBe(600);
});

test("NEO4J_URI selects Neo4j; an empty one does not", () => {
  const c = readConfig({ NEO4J_URI: "bolt://db:7687", NEO4J_PASSWORD: "pw" });
  expect(c.store).toEqual({ engine: "neo4j", uri: "bolt://db:7687", user: "neo4j", password: "pw", database: "neo4j" });
  expect(readConfig({ NEO4J_URI: "" }).store.engine).toBe("embedded");
});

test("a bad value names the variable", () => {
  expect(() => readConfig({ PORT: "eighty" })).toThrow(ConfigError);
  expect(() => readConfig({ PORT: "eighty" })).toThrow(/PORT/);
  expect(() => readConfig({ CORS_ORIGINS: "https://a.example, https://b.example" }).http.corsOrigins).not.toThrow();
  expect(readConfig({ CORS_ORIGINS: "https://a.example, https://b.example" }).http.corsOrigins).toEqual([
    "https://a.example",
    "https://b.example",
  ]);
});

test("JSON body limits: defaults, overrides, and a bad value named", () => {
  const c = readConfig({});
  expect(c.http.json).toEqual({ maxDepth: 8, maxItems: 10_000, maxStringLength: 500_000 });
  expect(c.http.ingestBodyLimit).toBe("2mb");
  const tuned = readConfig({
    JSON_MAX_DEPTH: "4",
    JSON_MAX_ITEMS: "50",
    JSON_MAX_STRING_LENGTH: "99",
    INGEST_BODY_LIMIT: "1mb",
  });
  expect(tuned.http.json).toEqual({ maxDepth: 4, maxItems: 50, maxStringLength: 99 });
  expect(tuned.http.ingestBodyLimit).toBe("1mb");
  expect(() => readConfig({ JSON_MAX_DEPTH: "0" })).toThrow(/JSON_MAX_DEPTH/);
  expect(() => readConfig({ INGEST_BODY_LIMIT: "lots" })).toThrow(/INGEST_BODY_LIMIT/);
});
