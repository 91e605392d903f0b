// setupFiles of the "neo4j" jest project: the test files of this project run on the Neo4j server
// that neo4j-global-setup.ts started (or the one NEO4J_URI named).
process.env.ACTORGRAPH_TEST_ENGINE = "neo4j";
