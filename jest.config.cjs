/* global process */
// jest runs TypeScript through @swc/jest (fast, no type-check: `npm run typecheck` does that).
// Two projects: every test runs on the embedded engine; the test files that touch the store run a
// second time, unchanged, on a real Neo4j 5 that the global set-up starts (see tests/support/).
// ACTORGRAPH_TEST_NEO4J=off leaves Neo4j out (for machines without Java): nothing is then proven
// on Neo4j, and the run says so.

const shared = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2022" }, module: { type: "commonjs" } }] },
  // This ESM-only package (the OpenAPI validator used by the API tests) goes through swc too.
  transformIgnorePatterns: ["/node_modules/(?!@seriousme/)"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
};

/** Test files that touch the store, run on both engines. */
const ON_BOTH_ENGINES = [
  "<rootDir>/tests/store/conformance.test.ts",
  "<rootDir>/tests/api/**/*.test.ts",
  "<rootDir>/tests/cli/cli.test.ts",
  "<rootDir>/tests/cli/ingest-cli.test.ts",
  "<rootDir>/tests/ingest/ingest.test.ts",
  "<rootDir>/tests/import/import-cli.test.ts",
  "<rootDir>/tests/reliability/cypher-isolation.test.ts",
  "<rootDir>/tests/reliability/shutdown.test.ts",
];
/** Test files about Neo4j itself (the launcher, faults, parity with the embedded engine, the explorer on it). */
const NEO4J_ONLY = ["<rootDir>/tests/neo4j/**/*.test.ts", "<rootDir>/tests/browser/neo4j-smoke.test.ts"];

const embedded = {
  ...shared,
  displayName: "embedded",
  testMatch: ["<rootDir>/tests/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/neo4j/", "<rootDir>/tests/browser/neo4j-smoke.test.ts"],
  setupFiles: ["<rootDir>/tests/support/engine-embedded.setup.ts"],
};

const neo4j = {
  ...shared,
  displayName: "neo4j",
  testMatch: [...ON_BOTH_ENGINES, ...NEO4J_ONLY],
  setupFiles: ["<rootDir>/tests/support/engine-neo4j.setup.ts"],
  setupFilesAfterEnv: ["<rootDir>/tests/support/neo4j-suite.setup.ts"],
  globalSetup: "<rootDir>/tests/support/neo4j-global-setup.ts",
  globalTeardown: "<rootDir>/tests/support/neo4j-global-teardown.ts",
};

const neo4jOff = process.env.ACTORGRAPH_TEST_NEO4J === "off";
if (neo4jOff) {
  process.stderr.write(
    "ACTORGRAPH_TEST_NEO4J=off: the Neo4j project is left out; nothing in this run is tested on Neo4j.\n",
  );
}

module.exports = {
  testTimeout: 30000,
  projects: neo4jOff ? [embedded] : [embedded, neo4j],
};
