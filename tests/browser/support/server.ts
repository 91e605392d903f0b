// The real app (real embedded engine in memory, curated corpus, built explorer) listening on a
// loopback port, for a browser to open.

import { existsSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { CLIENT_DIST_DIR } from "../../../server/paths.js";
import type { Dataset } from "../../../server/dataset/dataset.js";
import { startHarness, type Harness } from "../../api/harness.js";

export interface ExplorerServer extends Harness {
  baseUrl: string;
}

export function requireClientBuild(): void {
  if (!existsSync(CLIENT_DIST_DIR)) {
    throw new Error("The explorer is not built (dist/client is missing): run `npm run build:client` first.");
  }
}

export async function listenOnLoopback(listen: (port: number, host: string) => Server): Promise<Server> {
  const server = listen(0, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  return server;
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

/**
 * Environment overrides (e.g. ACTORGRAPH_API_KEY) apply to this app only; `graph` replaces the
 * curated corpus (e.g. with imported events).
 */
export async function startExplorerServer(env: Record<string, string> = {}, graph?: Dataset): Promise<ExplorerServer> {
  requireClientBuild();
  const harness = await startHarness(env, undefined, graph);
  const server = await listenOnLoopback((port, host) => harness.app.listen(port, host));
  const { port } = server.address() as AddressInfo;
  return {
    ...harness,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await closeServer(server);
      await harness.close();
    },
  };
}
