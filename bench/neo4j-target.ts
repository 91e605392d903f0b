// The Neo4j a benchmark talks to: the server NEO4J_URI names, or else a local Neo4j 5 Community
// started in a temporary folder on a free port with a random password, stopped and deleted after.

import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConfig } from "../server/config.js";
import { startLocalNeo4j } from "../server/neo4j-local/launch.js";
import { onInterrupt } from "./interrupt.js";
import { freeLoopbackPort } from "../server/child-processes.js";

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when this benchmark started the server (and may therefore wipe it). */
  owned: boolean;
  /** Neo4j's version when started here, and how long it took to be ready. */
  started: { version: string; ms: number; heapMb: number; pageCacheMb: number } | null;
  stop(): Promise<void>;
}

export interface LocalSizing {
  heapMb: number;
  pageCacheMb: number;
}

export async function neo4jTarget(sizing: LocalSizing, log: (line: string) => void): Promise<Neo4jTarget> {
  const store = readConfig(process.env).store;
  if (store.engine === "neo4j") {
    log(`Neo4j: using NEO4J_URI (${store.uri.replace(/\/\/[^@/]*@/, "//")})`);
    return { ...store, owned: false, started: null, stop: async () => undefined };
  }
  const home = await mkdtemp(join(tmpdir(), "actorgraph-bench-neo4j-"));
  const password = randomBytes(12).toString("hex");
  try {
    const neo4j = await startLocalNeo4j({
      home,
      port: await freeLoopbackPort(),
      password,
      heapMb: sizing.heapMb,
      pageCacheMb: sizing.pageCacheMb,
      // A 1,000-row UNWIND batch on a slow shared machine must not hit the default bounds.
      transactionTimeoutMs: 600_000,
      transactionMemoryMb: 1024,
      log,
    });
    const stop = async (): Promise<void> => {
      await neo4j.stop();
      await rm(home, { recursive: true, force: true });
    };
    const forget = onInterrupt(stop);
    log(
      `Neo4j ${neo4j.version} ready in ${(neo4j.startedMs / 1000).toFixed(1)} s (heap ${sizing.heapMb} MB, page cache ${sizing.pageCacheMb} MB)`,
    );
    return {
      uri: neo4j.uri,
      user: neo4j.user,
      password,
      database: "neo4j",
      owned: true,
      started: { version: neo4j.version, ms: neo4j.startedMs, ...sizing },
      stop: async () => {
        forget();
        await stop();
      },
    };
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
}
