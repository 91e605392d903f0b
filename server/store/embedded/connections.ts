// One LadybugDB database and its connections: a single writer behind a JS queue (the engine fails
// concurrent write transactions instead of waiting), reader lanes, lanes for user Cypher.

import { resolve } from "node:path";
import { Connection, Database } from "@ladybugdb/core";
import { EngineUnavailableError } from "../errors.js";
import { messageOf, prepareOrThrow, rowsOf, type Params, type Row } from "./run.js";

export interface ConnectionSettings {
  /** A file path, or ":memory:". */
  path: string;
  readers: number;
  cypherLanes: number;
  readTimeoutMs: number;
  writeTimeoutMs: number;
  /** Cap on variable-length patterns (`CALL var_length_extend_max_depth`) on read connections. */
  maxVarLength: number;
  /** Buffer pool in bytes; 0 = the engine's default (a share of the machine's memory). */
  bufferPoolBytes: number;
  compression: boolean;
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

  private constructor(
    readonly settings: ConnectionSettings,
    private readonly database: Database,
    private readonly writer: Lane,
    private readonly readers: Lane[],
    private readonly cypherLanes: Lane[],
    private readonly fileKey: string | null,
  ) {}

  static async open(settings: ConnectionSettings): Promise<LbugConnections> {
    const memory = settings.path === ":memory:";
    const fileKey = memory ? null : resolve(settings.path);
    if (fileKey && openFiles.has(fileKey)) {
      throw new EngineUnavailableError(`the embedded database ${settings.path} is already open in this process`);
    }
    const database = new Database(settings.path, settings.bufferPoolBytes, settings.compression, false);
    try {
      await database.init();
    } catch (error) {
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
    const cypher = await Promise.all(
      Array.from({ length: settings.cypherLanes }, () => lane(settings.readTimeoutMs, true)),
    );
    return new LbugConnections(settings, database, writer, readers, cypher, fileKey);
  }

  get location(): string {
    return this.settings.path;
  }

  /** Work on the single writer connection; writes never overlap. */
  write<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
    this.assertOpen();
    return this.writer.run(work);
  }

  /** Work on the least busy reader connection. */
  read<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
    this.assertOpen();
    return leastBusy(this.readers).run(work);
  }

  /** Work on a connection reserved for users' statements (it may carry their timeout). */
  userQuery<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
    this.assertOpen();
    return leastBusy(this.cypherLanes).run(work);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const lanes = [this.writer, ...this.readers, ...this.cypherLanes];
    // A connection closed under a running query leaves it running: wait for the queues first.
    await Promise.all(lanes.map((l) => l.idle()));
    for (const lane of lanes) await lane.connection.close();
    await this.database.close();
    if (this.fileKey) openFiles.delete(this.fileKey);
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
