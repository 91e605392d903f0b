// Where a load phase's time went, from the embedded loader's part timings (load-trace.ts) and the
// phase's CPU: a table of parts, the fixed and per-row cost of a COPY, and CPU per relation.

import type { LoadPhase } from "../server/store/graph-store.js";
import type { LoadPart, LoadPartTiming } from "../server/store/embedded/load-trace.js";
import { phaseMs, type TimedLoad } from "./load-timing.js";

/** Parts on the writer's own path inside a transaction, and outside one; `copy` runs beside `file`. */
const IN_TRANSACTION: LoadPart[] = ["file", "wait", "create", "upsert"];
const OUTSIDE: LoadPart[] = ["count", "checkpoint"];

export interface CopyCost {
  statements: number;
  fixedMs: number;
  msPerThousandRows: number;
}

/** Least-squares line through (rows, ms) of every COPY: the cost of a statement and of its rows. */
export function copyCost(copies: LoadPartTiming[]): CopyCost | null {
  if (copies.length < 3) return null;
  const n = copies.length;
  const mx = copies.reduce((a, c) => a + c.rows, 0) / n;
  const my = copies.reduce((a, c) => a + c.ms, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const c of copies) {
    sxy += (c.rows - mx) * (c.ms - my);
    sxx += (c.rows - mx) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { statements: n, fixedMs: my - slope * mx, msPerThousandRows: slope * 1000 };
}

const fmt = (n: number): string => Math.round(n).toLocaleString("en");
const s = (ms: number): string => (ms / 1000).toFixed(2).padStart(7);

/** Prints the phase's parts, COPY cost and CPU; `rows` is what the phase wrote. */
export function printPhaseParts(load: TimedLoad, phase: LoadPhase, rows: number): void {
  const parts = load.parts.get(phase) ?? [];
  const wall = phaseMs(load.phases, phase);
  console.log(`\n${phase} phase by part (wall; COPY runs while the writer writes the next file)`);
  console.log(`  part        count        rows   total s   share`);
  const line = (name: string, list: LoadPartTiming[], ms: number): void => {
    const rowCount = list.reduce((a, p) => a + p.rows, 0);
    const share = `${((100 * ms) / Math.max(wall, 1)).toFixed(1)} %`;
    console.log(
      `  ${name.padEnd(10)} ${String(list.length).padStart(6)} ${fmt(rowCount).padStart(11)} ${s(ms)}   ${share.padStart(6)}`,
    );
  };
  const total = (list: LoadPartTiming[]): number => list.reduce((a, p) => a + p.ms, 0);
  const of = (part: LoadPart): LoadPartTiming[] => parts.filter((p) => p.part === part);
  let insideMs = 0;
  for (const part of [...OUTSIDE, ...IN_TRANSACTION]) {
    const list = of(part);
    if (list.length === 0) continue;
    if (IN_TRANSACTION.includes(part)) insideMs += total(list);
    line(part, list, total(list));
  }
  const transactions = of("transaction");
  // BEGIN and COMMIT: what a transaction took beyond the parts it holds.
  line("commit", transactions, total(transactions) - insideMs);
  line("other", [], Math.max(0, wall - total(transactions) - OUTSIDE.reduce((a, p) => a + total(of(p)), 0)));
  const copies = parts.filter((p) => p.part === "copy");
  if (copies.length > 0) line("(copy)", copies, total(copies));
  const cost = copyCost(copies);
  if (cost) {
    console.log(
      `  one COPY: ${cost.fixedMs.toFixed(1)} ms + ${cost.msPerThousandRows.toFixed(1)} ms per 1,000 rows ` +
        `(least squares over ${cost.statements} statements)`,
    );
  }
  const cpu = load.cpu.get(phase);
  if (cpu && rows > 0) {
    const us = (ms: number): string => ((ms * 1000) / rows).toFixed(1);
    console.log(
      `  CPU: main thread ${s(cpu.main).trim()} s (${us(cpu.main)} µs/row), other threads ${s(cpu.other).trim()} s ` +
        `(${us(cpu.other)} µs/row), ${us(cpu.main + cpu.other)} µs/row in all over ${s(wall).trim()} s of wall time`,
    );
  }
}
