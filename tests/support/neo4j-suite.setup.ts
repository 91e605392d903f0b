// setupFilesAfterEnv of the "neo4j" project: a test file holds the one Neo4j database alone
// (a lock shared by jest's workers) and starts from an empty database.

import neo4j from "neo4j-driver";
import { neo4jTestConfig } from "./test-engine.js";
import { acquireSuiteLock, type SuiteLock } from "./suite-lock.js";

let lock: SuiteLock | undefined;

beforeAll(async () => {
  const config = neo4jTestConfig();
  lock = await acquireSuiteLock(`neo4j-${config.uri}`);
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  const session = driver.session({ database: config.database });
  try {
    // In batches (an implicit transaction), so a large leftover graph stays under the memory limit.
    await session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
    await driver.close();
  }
}, 180_000);

afterAll(async () => {
  await lock?.release();
});
