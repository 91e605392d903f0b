// One LadybugDB database and its connections: a single writer behind a JS queue (the engine fails
// concurrent write transactions instead of waiting), reader lanes, and the sandbox processes that
// run users' Cypher on read-only opens of the same file (":memory:" is a private temporary file,
// since another process cannot open a database held in memory).

import { resolve } from "node:path";
import { Connection, Database } from "@ladybugdb/core";
import { EngineUnavailableError } from "../errors.js";
import { privateDatabaseFile, type PrivateFile } from "./cypher-sandbox/private-file.js";
import { CypherSandbox, DEFAULT_SANDBOX_LIMITS, type SandboxLimits } from "./cypher-sandbox/sandbox.js";
import { DEFAULT_USER_QUERY_BUFFER_POOL_BYTES } from "./buffer-pool.js";
import { messageOf, prepareOrThrow, rowsOf, type Params, type Row } from "./run.js";

export interface ConnectionSettings {
  /** A file path, or ":memory:". */
  path: string;
  readers: number;
  /** Sandbox processes running users' Cypher side by side. */
  cypherLanes: number;
  readTimeoutMs: number;
  writeTimeoutMs: number;
  /** Cap on variable-length patterns (`CALL var_length_extend_max_depth`) on read connections. */
  maxVarLength: number;
  /** Buffer pool in bytes; 0 = the engine's default (~80 % of the machine's memory). */
  bufferPoolBytes: number;
  compression: boolean;
  /** Hard limits of the processes that run users' Cypher (DEFAULT_SANDBOX_LIMITS otherwise). */
  userQueryLimits?: Partial<SandboxLimits>;
  /** Buffer pool of each user-Cypher process in bytes (DEFAULT_USER_QUERY_BUFFER_POOL_BYTES otherwise). */
  userQueryBufferPoolBytes?: number;
}

/** One connection and the queue of work waiting for it. */
export class Lane {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(readonly connection: Connection) {}

  get load(): number {
    return this.waiting;
  }

  run<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
    this.waiting += 1;
    const result = this.tail.then(() => work(this.connection)).finally(() => (this.waiting -= 1));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when everything queued so far has finished. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}

/** Files open in this process: a second Database on the same file can lose writes. */
const openFiles = new Set<string>();

export class LbugConnections {
  private closed = false;
  /** Writes since the last CHECKPOINT: until one runs, another process's open fails on the WAL. */
  private unflushed = false;
  private flushing: Promise<void> | null = null;
  /** Runs users' Cypher in separate read-only processes. */
  readonly userQueries: CypherSandbox;

  private constructor(
    readonly settings: ConnectionSettings,
    private readonly database: Database,
    private readonly writer: Lane,
    private readonly readers: Lane[],
    private readonly fileKey: string | null,
    private readonly privateFile: PrivateFile | null,
  ) {
    const userQueryPool = settings.userQueryBufferPoolBytes ?? DEFAULT_USER_QUERY_BUFFER_POOL_BYTES;
    this.userQueries = new CypherSandbox(
      {
        path: resolve(privateFile?.path ?? settings.path),
        bufferPoolBytes: userQueryPool,
        maxDbBytes: 64 * 2 ** 30,
        compression: settings.compression,
        maxVarLength: settings.maxVarLength,
        threads: 1,
      },
      {
        ...DEFAULT_SANDBOX_LIMITS,
        // A process may grow to its pool: the pool is what bounds a statement's working memory.
        memoryBytes: userQueryPool,
        processes: Math.max(1, settings.cypherLanes),
        ...settings.userQueryLimits,
      },
      (force) => this.flushForReaders(force),
    );
  }

  static async open(settings: ConnectionSettings): Promise<LbugConnections> {
    const memory = settings.path === ":memory:";
    const fileKey = memory ? null : resolve(settings.path);
    if (fileKey && openFiles.has(fileKey)) {
      throw new EngineUnavailableError(`the embedded database ${settings.path} is already open in this process`);
    }
    // Sandbox processes must open the same database: an in-memory one lives in a private file.
    const privateFile = memory ? await privateDatabaseFile() : null;
    const file = privateFile?.path ?? settings.path;
    // A stand-in for memory needs no automatic checkpoints (they made loads ~30 % slower); the
    // sandbox checkpoints before its processes open the file.
    const autoCheckpoint = !privateFile;
    const database = new Database(file, settings.bufferPoolBytes, settings.compression, false, 0, autoCheckpoint);
    try {
      await database.init();
    } catch (error) {
      await privateFile?.remove();
      const reason = messageOf(error);
      throw new EngineUnavailableError(
        `cannot open the embedded database ${settings.path}: ${reason} (is another actorgraph process using it?)`,
        { cause: error },
      );
    }
    if (fileKey) openFiles.add(fileKey);
    const lane = async (timeoutMs: number, capDepth: boolean): Promise<Lane> => {
      const connection = new Connection(database);
      await connection.init();
      connection.setQueryTimeout(timeoutMs);
      if (capDepth) await run(connection, `CALL var_length_extend_max_depth=${settings.maxVarLength}`);
      return new Lane(connection);
    };
    const writer = await lane(settings.writeTimeoutMs, false);
    const readers = await Promise.all(
      Array.from({ length: settings.readers }, () => lane(settings.readTimeoutMs, true)),
    );
    return new LbugConnections(settings, database, writer, readers, fileKey, privateFile);
  }

  get location(): string {
    return this.settings.path;
  }

  /** Work on the single writer connection; writes never overlap, and users' Cypher waits for them. */
  async write<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
    this.assertOpen();
    this.userQueries.writeStarted();
    try {
      return await this.writer.run(work);
    } finally {
      this.unflushed = true;
      this.userQueries.writeEnded();
    }
  }

  /**
   * Checkpoints (on the writer, between writes) when anything was written since the last time, so
   * that a process opening the file read-only now sees every committed write.
   */
  flushForReaders(force = false): Promise<void> {
    if (this.closed)
      return Promise.reject(new EngineUnavailableError(`the embedded database ${this.settings.path} is closed`));
    if (!this.unflushed && !force) return this.flushing ?? Promise.resolve();
    this.unflushed = false;
    const flushing = this.writer.run((c) => run(c, "CHECKPOINT")).then(() => undefined);
    this.flushing = flushing.catch((error: unknown) => {
      this.unflushed = true;
      throw error;
    });
    return this.flushing;
  }

  /** Work on the least busy reader connection. */
  read<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
    this.assertOpen();
    return leastBusy(this.readers).run(work);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Users' statements may run for ever: their processes are killed, not waited for.
    await this.userQueries.close();
    const lanes = [this.writer, ...this.readers];
    // A connection closed under a running query leaves it running: wait for the queues first.
    await Promise.all(lanes.map((l) => l.idle()));
    for (const lane of lanes) await lane.connection.close();
    await this.database.close();
    if (this.fileKey) openFiles.delete(this.fileKey);
    await this.privateFile?.remove();
  }

  private assertOpen(): void {
    if (this.closed) throw new EngineUnavailableError(`the embedded database ${this.settings.path} is closed`);
  }
}

function leastBusy(lanes: Lane[]): Lane {
  return lanes.reduce((best, lane) => (lane.load < best.load ? lane : best));
}

/** Prepares and runs one statement, returning its rows. */
export async function run(connection: Connection, cypher: string, params: Params = {}): Promise<Row[]> {
  const prepared = await prepareOrThrow(connection, cypher);
  return rowsOf(await connection.execute(prepared, params));
}

/** Runs `work` in one write transaction on the connection: committed when it succeeds, else rolled back. */
export async function inTransaction<T>(connection: Connection, work: () => Promise<T>): Promise<T> {
  await run(connection, "BEGIN TRANSACTION");
  try {
    const result = await work();
    await run(connection, "COMMIT");
    return result;
  } catch (error) {
    await run(connection, "ROLLBACK").catch(() => undefined);
    throw error;
  }
}
