// Plain-text tables for the terminal: first column left-aligned, the others right-aligned.

import type { Scores } from "./metrics.js";

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], indent = "  "): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    indent +
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

/** A ratio as 0.000, or "—" where it is undefined. */
export const ratio = (x: number | null): string => (x === null ? "—" : x.toFixed(3));

export const percent = (part: number, whole: number): string =>
  whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)}%`;

export const SCORE_HEADER = ["TP", "FP", "FN", "P", "R", "F1"] as const;

export const scoreCells = (s: Scores): string[] => [
  String(s.tp),
  String(s.fp),
  String(s.fn),
  ratio(s.precision),
  ratio(s.recall),
  ratio(s.f1),
];
