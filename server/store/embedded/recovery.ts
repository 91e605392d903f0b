// Opens an on-disk embedded store that a crash may have left broken. The store is derived from the
// data folder and the ingestion ledger, so a database that cannot be opened, or that a killed load
// left half-written, is rebuilt from them (one log line says so and why); a database locked by a
// live process is reported, never touched, and a file that is not a LadybugDB database is refused.

import type { Dataset } from "../../dataset/dataset.js";
import { EngineUnavailableError } from "../errors.js";
import { openEmbeddedStore, type EmbeddedOptions, type EmbeddedStore } from "./embedded-store.js";
import { messageOf } from "./run.js";
import {
  brokenPath,
  buildPath,
  mayReplace,
  processAlive,
  readLoadMarker,
  removeBuild,
  removeStrayBuilds,
  swapIn,
} from "./store-files.js";

/** Where a rebuild takes the graph from, and where it says that it rebuilt. */
export interface RebuildSource {
  /** The graph the store is derived from (the curated data plus the ledger). */
  dataset: () => Promise<Dataset>;
  /** What the rebuild is made from, for the log line (e.g. the two folders). */
  describe: string;
  log: (line: string) => void;
}

/** The engine's message when another process holds the database's file lock. */
const LOCKED = /could not set lock/i;

/**
 * Opens the database at `options.path`, rebuilding it from `source` when it is corrupt or a load
 * into it was interrupted. Without a source such a database is an error naming the fix.
 */
export async function openEmbeddedWithRecovery(
  options: EmbeddedOptions,
  source: RebuildSource | null,
): Promise<EmbeddedStore> {
  const path = options.path;
  if (path === ":memory:") return openEmbeddedStore(options);
  const removed = await removeStrayBuilds(path);
  if (removed.length > 0)
    source?.log(`removed ${removed.length} unfinished build(s) of ${path} left by killed processes`);
  let store: EmbeddedStore;
  try {
    store = await openEmbeddedStore(options);
  } catch (error) {
    // Only the engine's own refusal to open the file (carried as the cause) says anything about
    // the file; "already open in this process" and the like are rethrown as they are.
    if (!(error instanceof EngineUnavailableError) || error.cause === undefined) throw error;
    const reason = messageOf(error.cause);
    if (LOCKED.test(reason)) {
      throw new EngineUnavailableError(
        `the embedded database ${path} is in use by another running process (${reason}); stop it or choose another --db`,
        { cause: error },
      );
    }
    if (!(await mayReplace(path))) {
      throw new EngineUnavailableError(
        `${path} is not a LadybugDB database (${reason}); it was left as it is: choose another --db`,
        { cause: error },
      );
    }
    const why = `it cannot be opened: ${reason}`;
    if (!source) throw needsRebuild(path, why, error);
    source.log(
      `rebuilding the embedded database ${path} from ${source.describe}: ${why}; the broken copy is kept as ${brokenPath(path)}`,
    );
    await rebuildBroken(options, await source.dataset());
    return openEmbeddedStore(options);
  }
  return finishInterruptedLoad(store, path, source);
}

/** A store a killed load left half-written (its marker is still there) is rebuilt. */
async function finishInterruptedLoad(
  store: EmbeddedStore,
  path: string,
  source: RebuildSource | null,
): Promise<EmbeddedStore> {
  try {
    const marker = await readLoadMarker(path);
    if (!marker) return store;
    if (marker.pid !== null && marker.pid !== process.pid && processAlive(marker.pid)) {
      throw new EngineUnavailableError(
        `the embedded database ${path} is being rebuilt by another running process (pid ${marker.pid}); try again when it has finished`,
      );
    }
    const why = `a load into it (${marker.work}, pid ${marker.pid ?? "unknown"}, started ${marker.startedAt}) did not finish`;
    if (!source) throw needsRebuild(path, why, undefined);
    source.log(`rebuilding the embedded database ${path} from ${source.describe}: ${why}`);
    await store.load(await source.dataset(), { reset: true });
    return store;
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}

function needsRebuild(path: string, why: string, cause: unknown): EngineUnavailableError {
  return new EngineUnavailableError(
    `the embedded database ${path} needs a rebuild (${why}); \`actorgraph load --reset\` rebuilds it from the data folder and the ledger`,
    { cause },
  );
}

/** Builds the whole graph beside a database that cannot be opened, and swaps it in (keeping the broken one). */
async function rebuildBroken(options: EmbeddedOptions, dataset: Dataset): Promise<void> {
  const build = buildPath(options.path);
  await removeBuild(build);
  try {
    const store = await openEmbeddedStore({ ...options, path: build, graphCache: false });
    try {
      await store.load(dataset);
    } finally {
      await store.close();
    }
    await swapIn(build, options.path, true);
  } catch (error) {
    await removeBuild(build);
    throw error;
  }
}
