// `actorgraph serve`: open the store (optionally loading the curated data first), build the
// in-process name index, and serve the API and the explorer until interrupted.

import { Command } from "commander";
import { createApp } from "../api/app.js";
import { createLogger } from "../logger.js";
import { EntityIndex } from "../search/entity-index.js";
import { openStore } from "../store/open-store.js";
import { addEngineOptions, configFromFlags, type EngineFlags } from "./engine-options.js";
import { loadCorpus } from "./load-command.js";

interface ServeFlags extends EngineFlags {
  load?: boolean;
  port?: string;
  host?: string;
}

export function serveCommand(): Command {
  return addEngineOptions(new Command("serve"))
    .description("serve the API (/api) and the explorer (/)")
    .option(
      "--load",
      "load the curated data and ingested articles first (idempotent: an already loaded graph stays as it is)",
    )
    .option("--port <port>", "port to listen on (env PORT, default 3000)")
    .option("--host <host>", "address to bind (env HOST, default 127.0.0.1; 0.0.0.0 in containers)")
    .action(async (flags: ServeFlags) => {
      const config = configFromFlags(flags);
      const port = flags.port === undefined ? config.port : Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be 0..65535, got "${flags.port}"`);
      const logger = createLogger(config.logLevel);
      const store = await openStore(config.store);
      if (flags.load) {
        const report = await loadCorpus(store, config);
        logger.info({ report }, "curated data loaded");
      }
      const index = new EntityIndex(await store.entities());
      const app = createApp({ store, index, config, logger });
      const server = app.listen(port, flags.host ?? config.host, () => {
        const address = server.address();
        const actual = typeof address === "object" && address ? address.port : port;
        logger.info({ engine: store.engine, port: actual }, `serving on http://${flags.host ?? config.host}:${actual}`);
      });
      // Slow or stalled clients are cut off instead of holding sockets open.
      server.requestTimeout = config.http.requestTimeoutMs;
      server.headersTimeout = Math.min(config.http.requestTimeoutMs, 60_000);
      const stop = (): void => {
        logger.info("shutting down");
        server.close(() => void store.close().then(() => process.exit(0)));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
