// Which engine the current test file runs on, and how to reach it. jest runs the store-touching
// test files twice, once per engine (the "embedded" and "neo4j" projects in jest.config.cjs), so
// the same test code proves both; this module is the one place a test asks which engine it is on.

import type { EngineConfig } from "../../server/config.js";
import { openEmbeddedStore } from "../../server/store/embedded/embedded-store.js";
import type { GraphStore } from "../../server/store/graph-store.js";
import { openNeo4jStore } from "../../server/store/neo4j/neo4j-store.js";
import { NEO4J_TEST_VARS } from "./neo4j-global-setup.js";

export type TestEngineName = "embedded" | "neo4j";

export function currentTestEngine(): TestEngineName {
  return process.env.ACTORGRAPH_TEST_ENGINE === "neo4j" ? "neo4j" : "embedded";
}

export const onNeo4j = (): boolean => currentTestEngine() === "neo4j";

/** The Neo4j server of this test run; throws the set-up's one-line reason when there is none. */
export function neo4jTestConfig(): Extract<EngineConfig, { engine: "neo4j" }> {
  const env = process.env;
  const unavailable = env[NEO4J_TEST_VARS.unavailable];
  if (unavailable) throw new Error(`Neo4j tests cannot run: ${unavailable}`);
  const uri = env[NEO4J_TEST_VARS.uri];
  if (!uri)
    throw new Error(
      "Neo4j tests cannot run: no server was started (run them through `npm test` / jest's global set-up)",
    );
  return {
    engine: "neo4j",
    uri,
    user: env[NEO4J_TEST_VARS.user] ?? "neo4j",
    password: env[NEO4J_TEST_VARS.password] ?? "",
    database: env[NEO4J_TEST_VARS.database] ?? "neo4j",
  };
}

/** Opens a store on the named engine (default: this file's); load with reset to start clean. */
export async function openTestStore(engine: TestEngineName = currentTestEngine()): Promise<GraphStore> {
  return engine === "neo4j" ? openNeo4jStore(neo4jTestConfig()) : openEmbeddedStore({ path: ":memory:" });
}

/**
 * Environment for the app's configuration or a spawned CLI: the Neo4j server's variables on Neo4j;
 * on the embedded engine an empty NEO4J_URI, so a developer's own NEO4J_URI never leaks into a test.
 */
export function testEngineEnv(engine: TestEngineName = currentTestEngine()): Record<string, string> {
  if (engine === "embedded") return { NEO4J_URI: "" };
  const c = neo4jTestConfig();
  return { NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database };
}
