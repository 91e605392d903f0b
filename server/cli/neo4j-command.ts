// `actorgraph neo4j`: runs a local Neo4j 5 Community for development (no Docker needed, Java 17
// and Maven are): builds the launcher if needed, prints the NEO4J_* variables, stops on Ctrl+C.

import { Command } from "commander";
import { startLocalNeo4j } from "../neo4j-local/launch.js";
import { fromRoot } from "../paths.js";

interface Neo4jFlags {
  port: string;
  data: string;
  heap: string;
}

/** The docker-compose default too: for local development only. */
export const DEV_PASSWORD = "actorgraph-dev";

export function neo4jCommand(): Command {
  return new Command("neo4j")
    .description(
      "run a local Neo4j 5 Community server on 127.0.0.1 (needs Java 17+ and Maven; data kept in a git-ignored folder)",
    )
    .option("--port <port>", "Bolt port", "7687")
    .option("--data <dir>", "folder for its databases and log", ".neo4j")
    .option("--heap <mb>", "JVM heap in MB", "1024")
    .addHelpText(
      "after",
      `\nThe password is NEO4J_PASSWORD (at least 8 characters; default "${DEV_PASSWORD}").\n` +
        "Then, in another shell: NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=... npm start",
    )
    .action(async (flags: Neo4jFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 1 || port > 65535)
        throw new Error(`--port must be 1..65535, got "${flags.port}"`);
      const heapMb = Number(flags.heap);
      if (!Number.isInteger(heapMb) || heapMb < 256)
        throw new Error(`--heap must be 256 or more (MB), got "${flags.heap}"`);
      const password = process.env.NEO4J_PASSWORD || DEV_PASSWORD;
      if (password.length < 8) throw new Error("NEO4J_PASSWORD must have at least 8 characters (Neo4j's rule)");
      const neo4j = await startLocalNeo4j({
        home: fromRoot(flags.data),
        port,
        password,
        heapMb,
        log: (line) => console.error(line),
      });
      console.error(`Neo4j ${neo4j.version} ready in ${(neo4j.startedMs / 1000).toFixed(1)} s; Ctrl+C stops it`);
      console.log(`NEO4J_URI=${neo4j.uri}`);
      console.log(`NEO4J_USER=${neo4j.user}`);
      console.log(`NEO4J_PASSWORD=${password}`);
      let stopping = false;
      const stop = (): void => {
        if (stopping) return;
        stopping = true;
        console.error("stopping Neo4j…");
        void neo4j.stop().then(() => {
          console.error("Neo4j stopped");
          process.exit(0);
        });
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
}
