// Timing a GraphStore load for the benchmarks: progress lines on long phases, the span of each
// load phase, and the number formats the benchmark reports share.

import type { Dataset } from "../server/dataset/dataset.js";
import type { GraphStore, LoadOptions, LoadPhase, LoadProgress } from "../server/store/graph-store.js";

export type PhaseSpans = Map<LoadPhase, [number, number]>;

export interface TimedLoad {
  ms: number;
  phases: PhaseSpans;
}

export const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
export const perSecond = (n: number, ms: number): number => (n / Math.max(ms, 1)) * 1000;
export const rate = (n: number, ms: number): string => `${Math.round(perSecond(n, ms)).toLocaleString("en")}/s`;
export const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
export const peakRss = (): string => mb(process.resourceUsage().maxRSS * 1024);

/** Prints a progress line at most every `everyMs` per load, and remembers when each phase ran. */
export function progressPrinter(everyMs = 2000): { onProgress: (p: LoadProgress) => void; phases: PhaseSpans } {
  const phases: PhaseSpans = new Map();
  let lastPrint = 0;
  const onProgress = (p: LoadProgress): void => {
    const now = performance.now();
    const span = phases.get(p.phase);
    phases.set(p.phase, [span?.[0] ?? now, now]);
    if (now - lastPrint > everyMs || p.done === p.total) {
      lastPrint = now;
      process.stdout.write(
        `  ${p.phase.padEnd(10)} ${p.done.toLocaleString("en")} / ${p.total.toLocaleString("en")}\n`,
      );
    }
  };
  return { onProgress, phases };
}

export async function timedLoad(
  store: GraphStore,
  dataset: Dataset,
  label: string,
  options: Omit<LoadOptions, "onProgress"> = {},
): Promise<TimedLoad> {
  console.log(`${label}:`);
  const { onProgress, phases } = progressPrinter();
  const started = performance.now();
  await store.load(dataset, { ...options, onProgress });
  return { ms: performance.now() - started, phases };
}

export const phaseMs = (phases: PhaseSpans, phase: LoadPhase): number => {
  const [a, b] = phases.get(phase) ?? [0, 0];
  return b - a;
};
