// jest global tear-down of the "neo4j" project: stops the local Neo4j (the launcher shuts it down
// cleanly on SIGTERM) and removes its data folder.

import { rmSync } from "node:fs";

export default async function neo4jGlobalTeardown(): Promise<void> {
  const local = globalThis.__actorgraphNeo4j;
  if (!local) return;
  const { process: child, home } = local;
  if (child.exitCode === null && child.signalCode === null) {
    await new Promise<void>((done) => {
      const killer = setTimeout(() => child.kill("SIGKILL"), 60_000);
      child.once("exit", () => {
        clearTimeout(killer);
        done();
      });
      child.kill("SIGTERM");
    });
  }
  rmSync(home, { recursive: true, force: true });
  globalThis.__actorgraphNeo4j = undefined;
}
