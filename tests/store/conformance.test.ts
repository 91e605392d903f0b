// The GraphStore specification on the engine of this jest project: the embedded engine (in
// memory) in one run, the test run's Neo4j server in the other.

import { currentTestEngine, openTestStore } from "../support/test-engine.js";
import { describeGraphStoreConformance } from "./conformance.js";

describeGraphStoreConformance(currentTestEngine(), { open: openTestStore });
