// The embedded loader's part timings (load-trace.ts): what a subscriber receives during a load,
// which the load benchmark turns into its table of where the relations phase's time went.

import { mkdtemp, rm } from "node:fs/promises";
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticDataset } from "../../bench/synthetic.js";
import { openEmbeddedStore } from "../../server/store/embedded/embedded-store.js";
import { LOAD_TRACE_CHANNEL, type LoadPartTiming } from "../../server/store/embedded/load-trace.js";
import type { LoadPhase } from "../../server/store/graph-store.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "actorgraph-trace-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("a load publishes its parts: every relation written once by COPY or CREATE, commits and checkpoints", async () => {
  const dataset = syntheticDataset({ entities: 300, relations: 3_000, seed: 5 });
  const store = await openEmbeddedStore({ path: join(dir, "trace.lbug"), copyThreshold: 40, graphCache: false });
  const parts: { phase: LoadPhase | null; timing: LoadPartTiming }[] = [];
  let phase: LoadPhase | null = null;
  const onPart = (message: unknown): void => void parts.push({ phase, timing: message as LoadPartTiming });
  subscribe(LOAD_TRACE_CHANNEL, onPart);
  try {
    await store.load(dataset, { onProgress: (p) => (phase = p.phase) });
  } finally {
    unsubscribe(LOAD_TRACE_CHANNEL, onPart);
    await store.close();
  }
  const ofRelations = parts.filter((p) => p.phase === "relations").map((p) => p.timing);
  const rows = (part: string): number => ofRelations.filter((t) => t.part === part).reduce((a, t) => a + t.rows, 0);
  const copies = ofRelations.filter((t) => t.part === "copy");
  const creates = ofRelations.filter((t) => t.part === "create");
  expect(copies.length).toBeGreaterThan(0);
  expect(creates.length).toBeGreaterThan(0);
  expect(rows("copy") + rows("create")).toBe(dataset.relations.length);
  // Every COPY'd group had its file written first, with the same rows.
  expect(rows("file")).toBe(rows("copy"));
  expect(copies.every((t) => t.rows >= 40 && / \w+->\w+$/.test(t.table))).toBe(true);
  expect(creates.every((t) => t.rows < 40)).toBe(true);
  expect(ofRelations.filter((t) => t.part === "transaction").length).toBeGreaterThan(0);
  expect(ofRelations.filter((t) => t.part === "checkpoint").length).toBeGreaterThan(0);
  expect(ofRelations.every((t) => t.ms >= 0)).toBe(true);
});
