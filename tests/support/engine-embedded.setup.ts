// setupFiles of the "embedded" jest project: the test files of this project run on LadybugDB.
// (Set on every file: projects share worker processes, so the other project's value may linger.)
process.env.ACTORGRAPH_TEST_ENGINE = "embedded";
