// `actorgraph serve`: open the store (optionally loading the curated data first), build the
// in-process name index, and serve the API and the explorer until interrupted; an interrupt ends
// the process within SHUTDOWN_MS whatever is running, releasing the database.

import type { Server } from "node:http";
import { Command } from "commander";
import type { Logger } from "pino";
import { createApp } from "../api/app.js";
import { createLogger } from "../logger.js";
import { EntityIndex } from "../search/entity-index.js";
import type { GraphStore } from "../store/graph-store.js";
import type { AppConfig } from "../config.js";
import { DEFAULT_SERVE_BUFFER_POOL_BYTES, ENGINE_DEFAULT, formatBytes } from "../store/embedded/buffer-pool.js";
import { openStore } from "../store/open-store.js";
import { addEngineOptions, configFromFlags, type EngineFlags } from "./engine-options.js";
import { loadCorpus } from "./load-command.js";

interface ServeFlags extends EngineFlags {
  load?: boolean;
  port?: string;
  host?: string;
}

export function serveCommand(): Command {
  return addEngineOptions(new Command("serve"), DEFAULT_SERVE_BUFFER_POOL_BYTES)
    .description("serve the API (/api) and the explorer (/)")
    .option(
      "--load",
      "load the curated data and ingested articles first (idempotent: an already loaded graph stays as it is); " +
        "the embedded engine then keeps its own buffer pool unless --buffer-pool is given",
    )
    .option("--port <port>", "port to listen on (env PORT, default 3000)")
    .option("--host <host>", "address to bind (env HOST, default 127.0.0.1; 0.0.0.0 in containers)")
    .action(async (flags: ServeFlags) => {
      const config = flags.load ? configFromFlags(flags) : withServingPool(configFromFlags(flags));
      const port = flags.port === undefined ? config.port : Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be 0..65535, got "${flags.port}"`);
      const logger = createLogger(config.logLevel);
      // A store a crash left unreadable is rebuilt from data/ and the ledgers, with a log line saying so.
      const store = await openStore(config.store, { ...config, log: (line) => logger.warn(line) });
      if (flags.load) {
        const report = await loadCorpus(store, config);
        logger.info({ report }, "curated data loaded");
      }
      const index = new EntityIndex(await store.entities());
      const app = createApp({ store, index, config, logger });
      const server = app.listen(port, flags.host ?? config.host, () => {
        const address = server.address();
        const actual = typeof address === "object" && address ? address.port : port;
        const memory = config.store.engine === "embedded" ? { bufferPool: bufferPoolSetting(config.store) } : {};
        logger.info(
          { engine: store.engine, port: actual, ...memory },
          `serving on http://${flags.host ?? config.host}:${actual}`,
        );
      });
      // Slow or stalled clients are cut off instead of holding sockets open.
      server.requestTimeout = config.http.requestTimeoutMs;
      server.headersTimeout = Math.min(config.http.requestTimeoutMs, 60_000);
      const stop = (): void => void shutDown(server, store, logger);
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}

/**
 * A server bounds the embedded engine's pool unless told otherwise; `serve --load` keeps the
 * engine's default, as `load` does, because a bulk load of a large graph needs more.
 */
function withServingPool(config: AppConfig): AppConfig {
  if (config.store.engine !== "embedded" || config.store.bufferPoolBytes !== undefined) return config;
  return { ...config, store: { ...config.store, bufferPoolBytes: DEFAULT_SERVE_BUFFER_POOL_BYTES } };
}

/** The embedded engine's pool as configured, for the start-up line ("256MB", or the engine's own). */
function bufferPoolSetting(store: { bufferPoolBytes?: number }): string {
  const bytes = store.bufferPoolBytes ?? ENGINE_DEFAULT;
  return bytes === ENGINE_DEFAULT ? "the engine's default" : formatBytes(bytes);
}

/** Longest a shutdown may take; then the process exits anyway (the OS releases the database lock). */
export const SHUTDOWN_MS = 5_000;
/** Time in-flight requests get to finish once the store is closed. */
const DRAIN_MS = 1_000;

/**
 * Stops accepting, closes the store (which kills running user queries, so their requests are
 * answered), gives requests a moment, cuts the remaining connections and exits.
 */
async function shutDown(server: Server, store: GraphStore, logger: Logger): Promise<void> {
  logger.info("shutting down");
  const deadline = setTimeout(() => {
    logger.error(`shutdown took longer than ${SHUTDOWN_MS} ms; exiting anyway`);
    process.exit(1);
  }, SHUTDOWN_MS);
  deadline.unref();
  // A second interrupt means now.
  process.once("SIGINT", () => process.exit(1));
  process.once("SIGTERM", () => process.exit(1));
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  try {
    await store.close();
  } catch (error) {
    logger.error({ err: error }, "closing the store failed");
  }
  const drained = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
  await closed;
  clearTimeout(drained);
  process.exit(0);
}
