// Rows as UNWIND batches need them (every row the same keys in the same order, numbers as strings
// for the statement to CAST), and the comparison of a planned row with what is stored.

import type { LbugValue } from "@ladybugdb/core";
import type { PropertyDef } from "../../../graph-schema/index.js";
import type { Row } from "./run.js";

/** The row's properties in `props` order; numbers as strings (a batch mixing 1 and 0.5 is refused); "" as null. */
export function batchRow(props: readonly PropertyDef[], row: Row, extra: readonly string[] = []): LbugValue {
  const out: Record<string, LbugValue> = {};
  for (const key of extra) out[key] = row[key] as LbugValue;
  for (const p of props) {
    const v = row[p.name];
    out[p.name] =
      v === null || v === undefined || v === ""
        ? null
        : p.kind === "number" || p.kind === "integer"
          ? String(v)
          : (v as LbugValue);
  }
  return out;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const blank = (v: unknown): boolean => v === null || v === undefined || v === "";

function sameValue(kind: PropertyDef["kind"], a: unknown, b: unknown): boolean {
  if (kind === "string[]") {
    const [x, y] = [(a ?? []) as unknown[], (b ?? []) as unknown[]];
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i]);
  }
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (kind === "number" || kind === "integer") return Number(a) === Number(b);
  return a === b;
}

/** True when the stored value of every property equals the planned one ("" = null, [] = null list). */
export function sameProperties(props: readonly PropertyDef[], planned: Row, stored: Row): boolean {
  return props.every((p) => sameValue(p.kind, planned[p.name], stored[p.name]));
}
