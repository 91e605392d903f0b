// Driver and session handling for the Neo4j engine: checks the URI, opens and verifies the
// driver, runs work in read or write transactions with a timeout, and maps failures.

import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { EngineUnavailableError } from "../errors.js";
import { mapEngineError, type ErrorContext } from "./neo4j-errors.js";
import { PING, type Statement } from "./statements.js";
import { toPlain } from "./values.js";

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  /** Empty or absent: the user's home database. */
  database?: string | undefined;
}

/** Timeouts of the engine's own statements (user Cypher brings its own). */
export const READ_TIMEOUT_MS = 30_000;
export const WRITE_TIMEOUT_MS = 120_000;

const DRIVER_CONFIG = {
  // executeRead/executeWrite retry transient failures this long (the default 30 s would make an
  // unreachable server look like a hang).
  maxTransactionRetryTime: 3_000,
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 10_000,
  disableLosslessIntegers: false,
  userAgent: "actorgraph",
};

/** How long opening may take before we give up: a port that accepts but never speaks Bolt must not hang us. */
export const OPEN_TIMEOUT_MS = 8_000;

const SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

/** The URI without user info, safe to print. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z0-9+.-]+:\/\/)[^@/]*@/i, "$1");
}

/** Throws EngineUnavailableError when the URI cannot name a Neo4j server. */
export function checkUri(uri: string): void {
  const scheme = /^([a-z0-9+.-]+):\/\//i.exec(uri)?.[1]?.toLowerCase();
  if (scheme && SCHEMES.includes(scheme)) return;
  const hint = scheme?.startsWith("http")
    ? " (http:// is Neo4j Browser's port 7474; the driver speaks Bolt, usually on 7687)"
    : "";
  throw new EngineUnavailableError(
    `NEO4J_URI "${redactUri(uri)}" is not a Neo4j URI: use bolt://host:7687 or neo4j://host:7687 ` +
      `(or the +s / +ssc variants for TLS)${hint}`,
  );
}

export type Row = Record<string, unknown>;
/** What runs statements: a managed (retried) transaction or an explicit one. */
export type QueryRunner = Pick<ManagedTransaction, "run">;
export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

/** Runs one statement in a transaction and returns its rows as plain values (Integers as numbers). */
export async function runRows<P extends string>(
  tx: QueryRunner,
  statement: Statement<P>,
  params: Record<P, unknown>,
): Promise<Row[]> {
  const result = await tx.run(statement.cypher, params);
  return result.records.map((r) => {
    const row: Row = {};
    for (const key of r.keys) row[String(key)] = toPlain(r.get(key));
    return row;
  });
}

export class Neo4jConnection {
  readonly context: ErrorContext;

  private constructor(
    private readonly driver: Driver,
    /** The URI without credentials. */
    readonly location: string,
    readonly database: string | undefined,
  ) {
    this.context = { location, database };
  }

  /** Opens the driver and proves the server, the credentials and the database answer. */
  static async open(config: Neo4jConfig, openTimeoutMs: number = OPEN_TIMEOUT_MS): Promise<Neo4jConnection> {
    checkUri(config.uri);
    const location = redactUri(config.uri);
    const database = config.database || undefined;
    let driver: Driver;
    try {
      driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), DRIVER_CONFIG);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new EngineUnavailableError(`NEO4J_URI "${location}" was refused by the driver: ${reason}`, {
        cause: error,
      });
    }
    const connection = new Neo4jConnection(driver, location, database);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          new EngineUnavailableError(
            `Neo4j at ${location} did not answer within ${openTimeoutMs / 1000} s: check that NEO4J_URI names a ` +
              "Neo4j Bolt port (7687 by default) and that the server has finished starting",
          ),
        );
      }, openTimeoutMs);
    });
    try {
      await Promise.race([
        (async () => {
          await driver.verifyConnectivity(database ? { database } : {});
          await connection.read((tx) => runRows(tx, PING, {}), 10_000);
        })(),
        deadline,
      ]);
    } catch (error) {
      // Not awaited: a peer that never answers would hold the close too.
      void driver.close().catch(() => undefined);
      const mapped = mapEngineError(error, connection.context);
      if (mapped instanceof EngineUnavailableError) throw mapped;
      // Whatever else fails while opening (a pool that never got a connection: a port that does
      // not speak Bolt) is still "cannot use this server", said with where and what to check.
      const reason = error instanceof Error ? error.message : String(error);
      throw new EngineUnavailableError(
        `Neo4j at ${location} did not answer as a Neo4j server (${reason}): check that NEO4J_URI names a Bolt port`,
        { cause: error },
      );
    } finally {
      clearTimeout(timer);
    }
    return connection;
  }

  /** Runs `work` in a read transaction (retried on transient errors) with a server-side timeout. */
  async read<T>(work: Work<T>, timeoutMs: number = READ_TIMEOUT_MS): Promise<T> {
    return this.transaction("read", work, timeoutMs);
  }

  async write<T>(work: Work<T>, timeoutMs: number = WRITE_TIMEOUT_MS): Promise<T> {
    return this.transaction("write", work, timeoutMs);
  }

  /** Convenience: one statement in its own read transaction. */
  async readRows<P extends string>(
    statement: Statement<P>,
    params: Record<P, unknown>,
    timeoutMs?: number,
  ): Promise<Row[]> {
    return this.read((tx) => runRows(tx, statement, params), timeoutMs);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** Unmapped errors: callers that map differently (user Cypher) use this. */
  async rawTransaction<T>(mode: "read" | "write", work: Work<T>, timeoutMs: number): Promise<T> {
    const session = this.driver.session({
      ...(this.database ? { database: this.database } : {}),
      defaultAccessMode: mode === "read" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: Math.max(1, Math.round(timeoutMs)) };
    try {
      return mode === "read" ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * One read transaction that is never retried: a user's statement that failed (out of time, out
   * of memory) would only fail again, and a retry would double its cost to the server.
   */
  async readOnce<T>(work: (tx: QueryRunner) => Promise<T>, timeoutMs: number): Promise<T> {
    const session = this.driver.session({
      ...(this.database ? { database: this.database } : {}),
      defaultAccessMode: neo4j.session.READ,
    });
    const tx = session.beginTransaction({ timeout: Math.max(1, Math.round(timeoutMs)) });
    try {
      const result = await work(tx);
      await tx.commit();
      return result;
    } catch (error) {
      await tx.rollback().catch(() => undefined);
      throw error;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private async transaction<T>(mode: "read" | "write", work: Work<T>, timeoutMs: number): Promise<T> {
    try {
      return await this.rawTransaction(mode, work, timeoutMs);
    } catch (error) {
      throw mapEngineError(error, this.context);
    }
  }
}
