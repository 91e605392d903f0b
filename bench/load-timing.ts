// Timing a GraphStore load for the benchmarks: progress lines on long phases, the span of each
// load phase, the CPU each phase took (this process's main thread and its other threads), and the
// number formats the benchmark reports share.

import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { Dataset } from "../server/dataset/dataset.js";
import type { GraphStore, LoadOptions, LoadPhase, LoadProgress } from "../server/store/graph-store.js";
import { LOAD_TRACE_CHANNEL, type LoadPartTiming } from "../server/store/embedded/load-trace.js";
import { threadCpuMs, type ThreadCpu } from "./thread-cpu.js";

export type PhaseSpans = Map<LoadPhase, [number, number]>;

/** CPU milliseconds of each phase, from its first progress report to the next phase's first. */
export type PhaseCpu = Map<LoadPhase, ThreadCpu>;

export interface TimedLoad {
  ms: number;
  phases: PhaseSpans;
  cpu: PhaseCpu;
  /** The embedded loader's parts, by the phase they ran in (empty for other engines). */
  parts: Map<LoadPhase, LoadPartTiming[]>;
}

export const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
export const perSecond = (n: number, ms: number): number => (n / Math.max(ms, 1)) * 1000;
export const rate = (n: number, ms: number): string => `${Math.round(perSecond(n, ms)).toLocaleString("en")}/s`;
export const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
export const peakRss = (): string => mb(process.resourceUsage().maxRSS * 1024);

interface ProgressRecord {
  onProgress: (p: LoadProgress) => void;
  phases: PhaseSpans;
  cpu: PhaseCpu;
  /** The phase reported last. */
  current: () => LoadPhase | null;
  /** Closes the CPU span of the last phase. */
  finish: () => void;
}

/** Prints a progress line at most every `everyMs` per load, and remembers when each phase ran and its CPU. */
export function progressPrinter(everyMs = 2000): ProgressRecord {
  const phases: PhaseSpans = new Map();
  const cpu: PhaseCpu = new Map();
  let current: { phase: LoadPhase; cpu: ThreadCpu | null } | null = null;
  const closeCurrent = (now: ThreadCpu | null): void => {
    if (current?.cpu && now) {
      const before = cpu.get(current.phase) ?? { main: 0, other: 0 };
      cpu.set(current.phase, {
        main: before.main + now.main - current.cpu.main,
        other: before.other + now.other - current.cpu.other,
      });
    }
  };
  let lastPrint = 0;
  const onProgress = (p: LoadProgress): void => {
    const now = performance.now();
    if (p.phase !== current?.phase) {
      const threads = threadCpuMs();
      closeCurrent(threads);
      current = { phase: p.phase, cpu: threads };
    }
    const span = phases.get(p.phase);
    phases.set(p.phase, [span?.[0] ?? now, now]);
    if (now - lastPrint > everyMs || p.done === p.total) {
      lastPrint = now;
      process.stdout.write(
        `  ${p.phase.padEnd(10)} ${p.done.toLocaleString("en")} / ${p.total.toLocaleString("en")}\n`,
      );
    }
  };
  return { onProgress, phases, cpu, current: () => current?.phase ?? null, finish: () => closeCurrent(threadCpuMs()) };
}

export async function timedLoad(
  store: GraphStore,
  dataset: Dataset,
  label: string,
  options: Omit<LoadOptions, "onProgress"> = {},
): Promise<TimedLoad> {
  console.log(`${label}:`);
  const { onProgress, phases, cpu, current, finish } = progressPrinter();
  const parts = new Map<LoadPhase, LoadPartTiming[]>();
  const onPart = (message: unknown): void => {
    const phase = current();
    if (!phase) return;
    const list = parts.get(phase) ?? [];
    list.push(message as LoadPartTiming);
    parts.set(phase, list);
  };
  subscribe(LOAD_TRACE_CHANNEL, onPart);
  const started = performance.now();
  try {
    await store.load(dataset, { ...options, onProgress });
  } finally {
    unsubscribe(LOAD_TRACE_CHANNEL, onPart);
  }
  const ms = performance.now() - started;
  finish();
  return { ms, phases, cpu, parts };
}

export const phaseMs = (phases: PhaseSpans, phase: LoadPhase): number => {
  const [a, b] = phases.get(phase) ?? [0, 0];
  return b - a;
};
