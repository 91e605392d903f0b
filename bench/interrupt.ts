// Cleans up what a benchmark started (a Neo4j, a server process, temporary folders) when Ctrl+C or
// SIGTERM ends it: a signal would otherwise end Node without running its `finally` blocks.

type Cleanup = () => Promise<void>;

const cleanups = new Set<Cleanup>();
let installed = false;

async function runAndExit(signal: NodeJS.Signals): Promise<void> {
  console.error(`\n${signal}: cleaning up`);
  await Promise.allSettled([...cleanups].map((c) => c()));
  process.exit(130);
}

/** Runs `cleanup` if the process is interrupted; call the returned function once it ran normally. */
export function onInterrupt(cleanup: Cleanup): () => void {
  if (!installed) {
    installed = true;
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void runAndExit(signal));
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
