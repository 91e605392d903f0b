// An in-process copy of the entity graph for traversals and relation look-ups at scale. The engine
// expands a node through ~100 relationship sub-tables (~5 ms a node, and UNWIND-driven expansions
// are planned as full scans) and finds a relation by id only by scanning, so subgraphs, paths and
// relation reads use this copy, and entity records too (a subgraph then needs no database round
// trip): built from one scan, dropped at every write. The database stays the source of truth;
// columns are typed arrays and pooled strings to keep memory near the data size.

import {
  ENTITY_TYPES,
  nodeProperties,
  RELATION_TYPES,
  type EntityType,
  type EntityRecord,
  type Relation,
  type RelationType,
} from "../../../graph-schema/index.js";
import type { CountedRelation } from "../graph-store.js";
import { evidenceItemCount, rowToCountedRelation, rowToEntity, rowToRelation } from "../stored-records.js";
import type { LbugConnections } from "./connections.js";
import { eachRow, type Row } from "./run.js";

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

const SCALARS = ["date", "dateBasis", "dateNote", "place", "topic", "role"] as const;
const LISTS = ["sources", "disputes"] as const;

/** An entity label's property columns, as rowToEntity() takes them (the same as the look-up by id). */
const entityScan = (label: EntityType): string =>
  `MATCH (n:${label}) RETURN ${nodeProperties(label)
    .map((p) => `n.${p.name} AS ${p.name}`)
    .join(", ")}`;

const scanStatement = (type: RelationType): string =>
  `MATCH (a)-[r:${type}]->(b) RETURN a.id AS source, b.id AS target, r.id AS id, r.confidence AS confidence, ` +
  `r.evidence AS evidence, r.disputed AS disputed, r.independentSources AS independentSources, ${[...SCALARS, ...LISTS].map((c) => `r.${c} AS ${c}`).join(", ")}`;

/** Relation columns while the scan grows them. */
class Columns {
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

export class GraphCache {
  readonly relationIndex: Map<string, number>;
  /** Edges of node n: adjacency[adjacencyStart[n] .. adjacencyStart[n+1]) (relation indices). */
  private readonly adjacencyStart: Int32Array;
  private readonly adjacency: Int32Array;
  readonly type: Uint8Array;
  readonly src: Int32Array;
  readonly dst: Int32Array;
  readonly confidence: Float64Array;
  private readonly ids: string[];
  private readonly evidence: (string | null)[];
  /** Evidence items per relation, counted on first use (-1: not yet). */
  private evidenceCounts: Int32Array | null = null;
  private readonly disputedFlags: Uint8Array;
  /** -1 where unset (rows written before the count existed). */
  private readonly independentSources: Int32Array;
  private readonly scalars: Map<string, Uint32Array>;
  private readonly lists: Map<string, Uint32Array>;
  private readonly strings: (string | null)[];
  private readonly stringLists: (string[] | null)[];

  private constructor(
    readonly nodeIndex: Map<string, number>,
    readonly nodeIds: string[],
    /** Index into ENTITY_TYPES. */
    private readonly nodeLabels: Uint8Array,
    /** Each node's stored properties as the engine returned them (converted on read). */
    private readonly entityRows: Row[],
    columns: Columns,
  ) {
    this.ids = columns.ids;
    this.relationIndex = new Map(columns.ids.map((id, i) => [id, i]));
    this.type = Uint8Array.from(columns.type);
    this.src = Int32Array.from(columns.src);
    this.dst = Int32Array.from(columns.dst);
    this.confidence = Float64Array.from(columns.confidence);
    this.evidence = columns.evidence;
    this.disputedFlags = Uint8Array.from(columns.disputed, Number);
    this.independentSources = Int32Array.from(columns.independentSources);
    this.scalars = new Map([...columns.scalars].map(([k, v]) => [k, Uint32Array.from(v)]));
    this.lists = new Map([...columns.lists].map(([k, v]) => [k, Uint32Array.from(v)]));
    this.strings = columns.strings.values;
    this.stringLists = columns.stringLists.values;
    [this.adjacencyStart, this.adjacency] = adjacencyOf(nodeIds.length, this.src, this.dst);
  }

  static async build(db: LbugConnections): Promise<GraphCache> {
    const nodeIndex = new Map<string, number>();
    const nodeIds: string[] = [];
    const labels: number[] = [];
    const entityRows: Row[] = [];
    for (const [l, label] of ENTITY_TYPES.entries()) {
      await db.read((c) =>
        eachRow(c, entityScan(label), (row) => {
          nodeIndex.set(String(row.id), nodeIds.length);
          nodeIds.push(String(row.id));
          labels.push(l);
          entityRows.push(row);
        }),
      );
    }
    const columns = new Columns();
    for (const [t, type] of RELATION_TYPES.entries()) {
      await db.read((c) =>
        eachRow(c, scanStatement(type), (row) => {
          const [src, dst] = [nodeIndex.get(String(row.source)), nodeIndex.get(String(row.target))];
          if (src !== undefined && dst !== undefined) columns.push(t, src, dst, row);
        }),
      );
    }
    return new GraphCache(nodeIndex, nodeIds, Uint8Array.from(labels), entityRows, columns);
  }

  get relationCount(): number {
    return this.type.length;
  }

  label(node: number): EntityType {
    return ENTITY_TYPES[this.nodeLabels[node]!]!;
  }

  typeOf(relation: number): RelationType {
    return RELATION_TYPES[this.type[relation]!]!;
  }

  /** The stored entity, through the row conversion every engine shares (a new object each call). */
  entity(node: number): EntityRecord {
    return rowToEntity(this.label(node), this.entityRows[node]!);
  }

  /** 1 at the node number of each of `ids` found, 0 elsewhere. */
  nodeMask(ids: Iterable<string>): Uint8Array {
    const mask = new Uint8Array(this.nodeIds.length);
    for (const id of ids) {
      const node = this.nodeIndex.get(id);
      if (node !== undefined) mask[node] = 1;
    }
    return mask;
  }

  /** Relation indices touching the node, either direction. */
  edgesOf(node: number): Int32Array {
    return this.adjacency.subarray(this.adjacencyStart[node]!, this.adjacencyStart[node + 1]!);
  }

  /** The filter fields without building the whole record (lists are shared: do not mutate). */
  date(relation: number): string | null {
    return this.strings[this.scalars.get("date")![relation]!] ?? null;
  }

  sources(relation: number): string[] {
    return this.stringLists[this.lists.get("sources")![relation]!] ?? [];
  }

  disputed(relation: number): boolean {
    return this.disputedFlags[relation] === 1;
  }

  /** How many evidence items (sentences or event rows) the relation has. */
  evidenceCount(relation: number): number {
    this.evidenceCounts ??= new Int32Array(this.type.length).fill(-1);
    let n = this.evidenceCounts[relation]!;
    if (n < 0) n = this.evidenceCounts[relation] = evidenceItemCount(this.evidence[relation] ?? null);
    return n;
  }

  /** The id of the relation's end that is not `entityId`. */
  otherEnd(relation: number, entityId: string): string {
    const source = this.nodeIds[this.src[relation]!]!;
    return source === entityId ? this.nodeIds[this.dst[relation]!]! : source;
  }

  relationId(relation: number): string {
    return this.ids[relation]!;
  }

  /** The whole stored relation, through the row conversion every engine shares. */
  relation(relation: number): Relation {
    const row = this.storedRow(relation);
    row.evidence = this.evidence[relation];
    return rowToRelation(this.typeOf(relation), this.sourceId(relation), this.targetId(relation), row);
  }

  /** The relation with the number of its evidence items instead of the items (nothing parsed). */
  countedRelation(relation: number): CountedRelation {
    const row = this.storedRow(relation);
    row.evidenceCount = this.evidenceCount(relation);
    return rowToCountedRelation(this.typeOf(relation), this.sourceId(relation), this.targetId(relation), row);
  }

  private sourceId(relation: number): string {
    return this.nodeIds[this.src[relation]!]!;
  }

  private targetId(relation: number): string {
    return this.nodeIds[this.dst[relation]!]!;
  }

  /** Every stored property but the evidence, as an engine row. */
  private storedRow(relation: number): Row {
    const row: Row = {
      id: this.ids[relation],
      confidence: this.confidence[relation],
      disputed: this.disputed(relation),
      independentSources: this.independentSources[relation]! < 0 ? null : this.independentSources[relation],
    };
    for (const s of SCALARS) row[s] = this.strings[this.scalars.get(s)![relation]!];
    for (const l of LISTS) row[l] = [...(this.stringLists[this.lists.get(l)![relation]!] ?? [])];
    return row;
  }
}

function adjacencyOf(nodes: number, src: Int32Array, dst: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(nodes + 1);
  for (let i = 0; i < src.length; i++) {
    start[src[i]! + 1]! += 1;
    start[dst[i]! + 1]! += 1;
  }
  for (let n = 0; n < nodes; n++) start[n + 1]! += start[n]!;
  const fill = start.slice(0, nodes);
  const edges = new Int32Array(src.length * 2);
  for (let i = 0; i < src.length; i++) {
    edges[fill[src[i]!]!++] = i;
    edges[fill[dst[i]!]!++] = i;
  }
  return [start, edges];
}
