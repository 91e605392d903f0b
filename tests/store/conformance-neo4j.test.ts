// Neo4j against the GraphStore specification; runs only where NEO4J_URI names a server
// (no Neo4j can run on the build machines; its statements are linted offline elsewhere).
// The suite loads with reset: point it at a scratch database, never at one you care about.

import { openNeo4jStore } from "../../server/store/neo4j/neo4j-store.js";
import { describeGraphStoreConformance } from "./conformance.js";

const uri = process.env.NEO4J_URI;

if (uri) {
  describeGraphStoreConformance(`neo4j (${uri})`, {
    open: () =>
      openNeo4jStore({
        uri,
        user: process.env.NEO4J_USER ?? "neo4j",
        password: process.env.NEO4J_PASSWORD ?? "",
        database: process.env.NEO4J_DATABASE ?? "neo4j",
      }),
  });
} else {
  // Reported as skipped, so a run without a server says so instead of passing silently.
  test.skip("neo4j conformance: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to run it", () => undefined);
}
