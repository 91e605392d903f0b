// Starts the local Neo4j 5 Community (neo4j-launcher/) as a child process: waits for its READY
// line within a bound, keeps its output in a log file beside its data, and stops it cleanly.

import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { stopChild } from "../child-processes.js";
import { ensureLauncherBuilt, LauncherUnavailableError } from "./launcher-build.js";

export interface LocalNeo4jOptions {
  /** Folder for the databases and the log (created if missing). */
  home: string;
  port: number;
  /** The password of the built-in `neo4j` user (8 characters or more). */
  password: string;
  /** JVM heap in MB (default 1024). */
  heapMb?: number;
  /** Page cache in MB (default 256). */
  pageCacheMb?: number;
  /** Server-side bound of every transaction in ms (default 60 s). */
  transactionTimeoutMs?: number;
  /** Memory one transaction may hold, in MB (default 512). */
  transactionMemoryMb?: number;
  /** How long to wait for READY (default 180 s: a first start creates the databases). */
  startTimeoutMs?: number;
  /** Progress lines (build, start). */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  user: "neo4j";
  password: string;
  version: string;
  /** Milliseconds from launch to READY, as the launcher measured it. */
  startedMs: number;
  logFile: string;
  pid: number;
  /** Sends SIGTERM and waits for the JVM to exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

// Neo4j's own neo4j.conf passes these on Java 17 so its off-heap and NIO code can reach the JDK.
const JVM_OPENS = ["java.base/java.nio", "java.base/java.io", "java.base/sun.nio.ch", "java.base/java.lang"].map(
  (m) => `--add-opens=${m}=ALL-UNNAMED`,
);

/** Builds the launcher if needed, starts Neo4j and resolves once Bolt answers. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => undefined);
  const classpath = await ensureLauncherBuilt(log);
  const home = resolve(options.home);
  mkdirSync(home, { recursive: true });
  const logFile = join(home, "neo4j.log");
  const logStream = createWriteStream(logFile, { flags: "a" });
  const child = spawn(
    "java",
    [
      `-Xmx${options.heapMb ?? 1024}m`,
      "-XX:+UseG1GC",
      "-XX:+ExitOnOutOfMemoryError",
      ...JVM_OPENS,
      "-cp",
      classpath,
      "actorgraph.launcher.Neo4jLauncher",
    ],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH ?? "",
        JAVA_HOME: process.env.JAVA_HOME ?? "",
        NEO4J_PASSWORD: options.password,
        NEO4J_LAUNCHER_HOME: home,
        NEO4J_LAUNCHER_PORT: String(options.port),
        NEO4J_LAUNCHER_PAGECACHE_MB: String(options.pageCacheMb ?? 256),
        NEO4J_LAUNCHER_TX_TIMEOUT_MS: String(options.transactionTimeoutMs ?? 60_000),
        NEO4J_LAUNCHER_TX_MEMORY_MB: String(options.transactionMemoryMb ?? 512),
      },
    },
  );
  child.stdout.pipe(logStream);
  child.stderr.pipe(logStream);
  log(`starting Neo4j on bolt://127.0.0.1:${options.port} (data and log in ${home})`);

  const ready = await new Promise<{ version: string; startedMs: number }>((resolveReady, reject) => {
    const timeoutMs = options.startTimeoutMs ?? 180_000;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new LauncherUnavailableError(`Neo4j did not start within ${timeoutMs / 1000} s; see ${logFile}`));
    }, timeoutMs);
    // The innermost "Caused by" of a Java stack trace says what went wrong (a held lock, a port in use).
    let lastError = "";
    createInterface({ input: child.stderr }).on("line", (line) => {
      const cause = /^(?:Caused by: |Exception in thread "\S+" )?(\S*(?:Exception|Error)\b.*)$/.exec(line.trim());
      if (cause?.[1]) lastError = cause[1];
    });
    createInterface({ input: child.stdout }).on("line", (line) => {
      const match = /^READY \S+ neo4j-version=(\S+) started-ms=(\d+)/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolveReady({ version: match[1] ?? "", startedMs: Number(match[2]) });
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new LauncherUnavailableError(`could not run java: ${error.message}`));
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      const why = lastError ? `: ${lastError.slice(0, 300)}` : "";
      reject(
        new LauncherUnavailableError(
          `Neo4j exited before it was ready (${signal ?? `exit ${code}`})${why}; see ${logFile}`,
        ),
      );
    });
  });

  return {
    uri: `bolt://127.0.0.1:${options.port}`,
    user: "neo4j",
    password: options.password,
    version: ready.version,
    startedMs: ready.startedMs,
    logFile,
    pid: child.pid ?? -1,
    stop: async (graceMs = 30_000) => {
      await stopChild(child, graceMs);
      logStream.end();
    },
  };
}
