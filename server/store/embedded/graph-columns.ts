// The graph copy's relation columns as one scan per relation type grows them (GraphCache turns
// them into typed arrays): repeated strings and string lists pooled, filter fields by name.

import type { RelationType } from "../../../graph-schema/index.js";
import type { Row } from "./run.js";

/** Distinct strings (or string lists) stored once; index 0 stands for null. */
class Pool<T> {
  private readonly index = new Map<string, number>();
  readonly values: (T | null)[] = [null];

  constructor(private readonly key: (value: T) => string) {}

  add(value: T | null | undefined): number {
    if (value === null || value === undefined) return 0;
    const k = this.key(value);
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(k, i);
    }
    return i;
  }
}

export const SCALARS = ["date", "dateBasis", "dateNote", "place", "topic", "role"] as const;
export const LISTS = ["sources", "disputes"] as const;
export type Scalar = (typeof SCALARS)[number];
export type List = (typeof LISTS)[number];

/** Typed columns by name, as a plain record (a property read, not a Map look-up, per field). */
export function columnsOf<K extends string>(names: readonly K[], grown: Map<string, number[]>): Record<K, Uint32Array> {
  return Object.fromEntries(names.map((name) => [name, Uint32Array.from(grown.get(name)!)])) as Record<K, Uint32Array>;
}

export const scanStatement = (type: RelationType): string =>
  `MATCH (a)-[r:${type}]->(b) RETURN a.id AS source, b.id AS target, r.id AS id, r.confidence AS confidence, ` +
  `r.evidence AS evidence, r.disputed AS disputed, r.independentSources AS independentSources, ${[...SCALARS, ...LISTS].map((c) => `r.${c} AS ${c}`).join(", ")}`;

/** Relation columns while the scan grows them. */
export class Columns {
  readonly ids: string[] = [];
  readonly type: number[] = [];
  readonly src: number[] = [];
  readonly dst: number[] = [];
  readonly confidence: number[] = [];
  readonly disputed: boolean[] = [];
  readonly independentSources: number[] = [];
  readonly evidence: (string | null)[] = [];
  readonly scalars = new Map<string, number[]>(SCALARS.map((c) => [c, []]));
  readonly lists = new Map<string, number[]>(LISTS.map((c) => [c, []]));
  readonly strings = new Pool<string>((s) => s);
  readonly stringLists = new Pool<string[]>((l) => JSON.stringify(l));

  push(type: number, src: number, dst: number, row: Row): void {
    this.ids.push(String(row.id));
    this.type.push(type);
    this.src.push(src);
    this.dst.push(dst);
    this.confidence.push(Number(row.confidence ?? 0));
    this.disputed.push(Boolean(row.disputed));
    this.independentSources.push(row.independentSources == null ? -1 : Number(row.independentSources));
    this.evidence.push(typeof row.evidence === "string" ? row.evidence : null);
    for (const c of SCALARS)
      this.scalars.get(c)!.push(this.strings.add(row[c] === "" ? null : (row[c] as string | null)));
    for (const c of LISTS)
      this.lists.get(c)!.push(this.stringLists.add(Array.isArray(row[c]) ? row[c].map(String) : null));
  }
}
