// An in-process copy of the entity graph for traversals and relation look-ups at scale. The engine
// expands a node through ~100 relationship sub-tables (~5 ms a node, and UNWIND-driven expansions
// are planned as full scans) and finds a relation by id only by scanning, so subgraphs, paths and
// relation reads use this copy, and entity records too (a subgraph then needs no database round
// trip): built from one scan over the frozen records the store's entities() hands out (one copy
// of each record), dropped at every write. The database stays the source of truth; columns are
// typed arrays and pooled strings, relations are found by id in a sorted index, not a Map.

import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type EntityType,
  type EntityRecord,
  type Relation,
  type RelationType,
} from "../../../graph-schema/index.js";
import type { CountedRelation } from "../graph-store.js";
import { evidenceItemCount, rowToCountedRelation, rowToRelation } from "../stored-records.js";
import type { LbugConnections } from "./connections.js";
import { findById, positionsIn, sortedById } from "./id-order.js";
import { Columns, columnsOf, LISTS, scanStatement, SCALARS, type List, type Scalar } from "./graph-columns.js";
import { eachRow, type Row } from "./run.js";

/** The record and its lists made read-only, so that a reader cannot change what every later read shares. */
export function frozenEntity(entity: EntityRecord): EntityRecord {
  Object.freeze(entity.aliases);
  return Object.freeze(entity);
}

export class GraphCache {
  /** Relation numbers in id order (compareIds): a relation is found by its id in log(n) steps. */
  private readonly relationsById: Int32Array;
  /** Edges of node n: adjacency[adjacencyStart[n] .. adjacencyStart[n+1]) (relation indices). */
  readonly adjacencyStart: Int32Array;
  readonly adjacency: Int32Array;
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
  private readonly scalars: Record<Scalar, Uint32Array>;
  private readonly lists: Record<List, Uint32Array>;
  private readonly strings: (string | null)[];
  private readonly stringLists: (string[] | null)[];

  private constructor(
    readonly nodeIndex: Map<string, number>,
    readonly nodeIds: string[],
    /** Index into ENTITY_TYPES. */
    private readonly nodeLabels: Uint8Array,
    /** Each node's record, converted once and frozen: every read shares it. */
    private readonly entityRecords: readonly EntityRecord[],
    columns: Columns,
  ) {
    this.ids = columns.ids;
    // A sorted index: a quarter of a Map's memory at 1M relations, and built faster.
    this.relationsById = sortedById(columns.ids);
    this.type = Uint8Array.from(columns.type);
    this.src = Int32Array.from(columns.src);
    this.dst = Int32Array.from(columns.dst);
    this.confidence = Float64Array.from(columns.confidence);
    this.evidence = columns.evidence;
    this.disputedFlags = Uint8Array.from(columns.disputed, Number);
    this.independentSources = Int32Array.from(columns.independentSources);
    this.scalars = columnsOf(SCALARS, columns.scalars);
    this.lists = columnsOf(LISTS, columns.lists);
    this.strings = columns.strings.values;
    this.stringLists = columns.stringLists.values;
    [this.adjacencyStart, this.adjacency] = adjacencyOf(nodeIds.length, this.src, this.dst);
  }

  /** The copy of the graph over `entities` (frozen records, see frozenEntity(): the copy shares them). */
  static async build(db: LbugConnections, entities: readonly EntityRecord[]): Promise<GraphCache> {
    const nodeIndex = new Map<string, number>();
    const nodeIds = entities.map((e, node) => (nodeIndex.set(e.id, node), e.id));
    const labels = Uint8Array.from(entities, (e) => ENTITY_TYPES.indexOf(e.type));
    const columns = new Columns();
    for (const [t, type] of RELATION_TYPES.entries()) {
      await db.read((c) =>
        eachRow(c, scanStatement(type), (row) => {
          const [src, dst] = [nodeIndex.get(String(row.source)), nodeIndex.get(String(row.target))];
          if (src !== undefined && dst !== undefined) columns.push(t, src, dst, row);
        }),
      );
    }
    return new GraphCache(nodeIndex, nodeIds, labels, entities, columns);
  }

  /** Nodes in id order, and each node's position in it (built on first use). */
  private nodeOrder: { nodes: Int32Array; rank: Int32Array } | null = null;

  private byIdOrder(): { nodes: Int32Array; rank: Int32Array } {
    if (!this.nodeOrder) {
      const nodes = sortedById(this.nodeIds);
      this.nodeOrder = { nodes, rank: positionsIn(nodes) };
    }
    return this.nodeOrder;
  }

  /** Position of each node in id order (compareIds). */
  idRank(): Int32Array {
    return this.byIdOrder().rank;
  }

  /** The node at each position of id order. */
  nodesByIdRank(): Int32Array {
    return this.byIdOrder().nodes;
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

  /** The stored entity, converted once by the row conversion every engine shares (frozen, shared by every read). */
  entity(node: number): EntityRecord {
    return this.entityRecords[node]!;
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
    return this.strings[this.scalars.date[relation]!] ?? null;
  }

  sources(relation: number): string[] {
    return this.stringLists[this.lists.sources[relation]!] ?? [];
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

  /** Each relation's position in id order (built on first use). */
  private relationRanks: Int32Array | null = null;

  /** Relation numbers sorted by id (compareIds), through their positions in the sorted index. */
  sortById(relations: readonly number[]): number[] {
    const ranks = (this.relationRanks ??= positionsIn(this.relationsById));
    const positions = Int32Array.from(relations, (r) => ranks[r]!).sort();
    return Array.from(positions, (position) => this.relationsById[position]!);
  }

  /** The number of the relation with this id, or undefined. */
  relationNumber(id: string): number | undefined {
    return findById(this.relationsById, this.ids, id);
  }

  relationId(relation: number): string {
    return this.ids[relation]!;
  }

  /** The whole stored relation, through the row conversion every engine shares. */
  relation(relation: number): Relation {
    const row = this.storedRow(relation, this.evidence[relation] ?? null);
    return rowToRelation(this.typeOf(relation), this.sourceId(relation), this.targetId(relation), row);
  }

  /** The relation with the number of its evidence items instead of the items (nothing parsed). */
  countedRelation(relation: number): CountedRelation {
    const row = this.storedRow(relation, null);
    row.evidenceCount = this.evidenceCount(relation);
    return rowToCountedRelation(this.typeOf(relation), this.sourceId(relation), this.targetId(relation), row);
  }

  private sourceId(relation: number): string {
    return this.nodeIds[this.src[relation]!]!;
  }

  private targetId(relation: number): string {
    return this.nodeIds[this.dst[relation]!]!;
  }

  /** Every stored property, the evidence given (or null), as an engine row (a literal: one shape for every row). */
  private storedRow(relation: number, evidence: string | null): Row {
    const { strings, scalars, stringLists, lists } = this;
    const sources = this.independentSources[relation]!;
    return {
      id: this.ids[relation],
      confidence: this.confidence[relation],
      disputed: this.disputed(relation),
      independentSources: sources < 0 ? null : sources,
      date: strings[scalars.date[relation]!],
      dateBasis: strings[scalars.dateBasis[relation]!],
      dateNote: strings[scalars.dateNote[relation]!],
      place: strings[scalars.place[relation]!],
      topic: strings[scalars.topic[relation]!],
      role: strings[scalars.role[relation]!],
      // Shared lists: the row conversion copies them into the record.
      sources: stringLists[lists.sources[relation]!],
      disputes: stringLists[lists.disputes[relation]!],
      evidence,
    } satisfies Record<Scalar | List, unknown> & Row;
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
