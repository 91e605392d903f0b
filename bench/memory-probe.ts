// Loaded into a benchmark's server process (`node --import`): answers the parent's IPC message
// {type: "memory"} with the process's memory after a full garbage collection, so a benchmark can
// tell the JavaScript heap from native memory (the engine's buffer pool among it).

import { getHeapStatistics } from "node:v8";

export interface MemorySample {
  type: "memory";
  rssBytes: number;
  /** V8's heap: live objects after a full collection, and what V8 holds for them. */
  heapUsedBytes: number;
  heapTotalBytes: number;
  /** Memory outside V8 that JS objects own (Buffers, typed arrays' backing stores). */
  externalBytes: number;
  arrayBuffersBytes: number;
  /** The rest of the resident set: native code and allocations (the engine's buffer pool among them). */
  nativeBytes: number;
}

process.on("message", (message: unknown) => {
  if ((message as { type?: unknown } | null)?.type !== "memory") return;
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const heap = getHeapStatistics();
  const sample: MemorySample = {
    type: "memory",
    rssBytes: m.rss,
    heapUsedBytes: heap.used_heap_size,
    heapTotalBytes: heap.total_heap_size,
    externalBytes: m.external,
    arrayBuffersBytes: m.arrayBuffers,
    nativeBytes: Math.max(0, m.rss - heap.total_heap_size - m.external),
  };
  process.send?.(sample);
});

// The channel must not keep a server alive that was told to stop.
process.channel?.unref();
