// Latency figures shared by the benchmarks: timing a call repeatedly and the percentiles of the
// timings, in milliseconds.

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

/** The nearest-rank percentile of timings sorted ascending. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

export function summarize(times: readonly number[]): LatencySummary {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

export const ms = (n: number): string => `${n.toFixed(1)} ms`;

/** Runs `run` n times one after another; the timings, sorted ascending. */
export async function timeSequential(run: () => Promise<unknown>, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}
