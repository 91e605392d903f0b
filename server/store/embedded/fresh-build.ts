// A database built from nothing in a file beside its target, so that a full rebuild never leaves
// the target half-written: the caller swaps the finished build in by rename (store-files.ts).

import { LbugConnections, type ConnectionSettings } from "./connections.js";
import { buildPath, removeBuild } from "./store-files.js";

/** Opens a fresh database beside `settings.path`, runs `build` on it and closes it; on failure nothing is left. */
export async function buildBeside<T>(
  settings: ConnectionSettings,
  build: (database: LbugConnections) => Promise<T>,
): Promise<{ path: string; result: T }> {
  const path = buildPath(settings.path);
  await removeBuild(path);
  const database = await LbugConnections.open({ ...settings, path, readers: 1, cypherLanes: 1 });
  try {
    const result = await build(database);
    await database.close();
    return { path, result };
  } catch (error) {
    await database.close().catch(() => undefined);
    await removeBuild(path);
    throw error;
  }
}
