// For the browser benchmark: the real app over an in-memory embedded store holding the curated
// corpus plus one imported event file (GDELT or ICEWS), on a loopback port, and how long the
// actors overview request (what the explorer asks first) takes and how big it is.

import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { importEventFiles } from "../server/import/event-import.js";
import { loadImportedGraph } from "../server/import/imported-graph.js";
import { PROJECT_ROOT } from "../server/paths.js";
import { serveLoadedStore, timedGet } from "./browser/synthetic-server.js";
import { openEmbeddedStore } from "../server/store/embedded/embedded-store.js";
import { closeServer, requireClientBuild } from "../tests/browser/support/server.js";

export interface ImportedServer {
  name: string;
  baseUrl: string;
  entities: number;
  relations: number;
  importMs: number;
  loadMs: number;
  close(): Promise<void>;
}

export interface OverviewTiming {
  /** Median of the timed requests, after one warm-up. */
  medianMs: number;
  bytes: number;
  actors: number;
  pairs: number;
}

export async function startImportedServer(file: string, dataset: "gdelt" | "icews"): Promise<ImportedServer> {
  requireClientBuild();
  const scratch = await mkdtemp(join(tmpdir(), "actorgraph-bench-browser-"));
  const folders = {
    dataDir: join(PROJECT_ROOT, "data"),
    ingestDir: join(scratch, "ingested"),
    importDir: join(scratch, "imported"),
  };
  const store = await openEmbeddedStore({ path: ":memory:" });
  try {
    let t = performance.now();
    await importEventFiles([file], { dataset, ...folders });
    const graph = await loadImportedGraph(folders.dataDir, folders.ingestDir, folders.importDir);
    const importMs = performance.now() - t;
    t = performance.now();
    await store.load(graph);
    const loadMs = performance.now() - t;
    const server = await serveLoadedStore(store);
    return {
      name: basename(file),
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      entities: graph.entities.length,
      relations: graph.relations.length,
      importMs,
      loadMs,
      close: async () => {
        await closeServer(server);
        await store.close();
        await rm(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await store.close();
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
}

/** Times the actors overview the explorer asks for first (default actor count). */
export async function timeActorsOverview(baseUrl: string, runs = 3): Promise<OverviewTiming> {
  const { medianMs, bytes, body } = await timedGet(`${baseUrl}/api/overview`, runs);
  const parsed = JSON.parse(body) as { nodes: unknown[]; edges: unknown[] };
  return { medianMs, bytes, actors: parsed.nodes.length, pairs: parsed.edges.length };
}
