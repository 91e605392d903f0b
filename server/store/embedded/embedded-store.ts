// The embedded engine (LadybugDB, in-process) behind the GraphStore interface: on disk or in
// memory; each operation delegates to the module that owns it over one set of connections.

import { Database } from "@ladybugdb/core";
import type {
  Article,
  CypherResult,
  DisputeRecord,
  EntityRecord,
  ArticleMention,
  Relation,
} from "../../../graph-schema/index.js";
import type { Dataset } from "../../dataset/dataset.js";
import type {
  CypherOptions,
  EngineDescription,
  GraphCounts,
  GraphStore,
  LoadOptions,
  LoadReport,
  PathQuery,
  PathsResult,
  RelationQuery,
  EvidenceDepth,
  RelationAt,
  Subgraph,
  SubgraphQuery,
  OverviewCounts,
  OverviewQuery,
  TimelineFilter,
  DateTally,
} from "../graph-store.js";
import { cacheAccess, databaseAccess, type GraphAccess } from "./access.js";
import { cachedRelation, cachedRelationList, cachedRelationsOf } from "./cached-reads.js";
import { ENGINE_DEFAULT } from "./buffer-pool.js";
import { LbugConnections } from "./connections.js";
import { buildBeside } from "./fresh-build.js";
import { loadDataset, type LoaderSettings } from "./loader.js";
import { readPaths } from "./paths.js";
import * as reads from "./reads.js";
import { readRelationList } from "./relation-list.js";
import { frozenEntity, GraphCache } from "./graph-cache.js";
import { KeptRead } from "./kept-read.js";
import { cacheTable, memoised, overviewOf, rowTable, timelineOf, type RelationTable } from "./overview.js";
import { createTables } from "./schema.js";
import { swapIn, withLoadMarker } from "./store-files.js";
import { readSubgraph } from "./subgraph.js";
import { cachedSubgraph } from "./cached-subgraph.js";
import { overviewScan } from "./read-statements.js";
import { runCached } from "./run.js";
import { EMBEDDED_CYPHER_EXAMPLES } from "./cypher-examples.js";

export interface EmbeddedOptions {
  /** Database file, or ":memory:". */
  path: string;
  /** Reader connections for the engine's own reads (default 2). */
  readers?: number;
  /** Read-only processes kept ready for users' Cypher (default 2; more start while all are busy, up to 4). */
  cypherConnections?: number;
  /** Timeout of every read on the engine's connections (default 30 s). */
  queryTimeoutMs?: number;
  /** Timeout of each write statement, a whole COPY included (default 30 min). */
  writeTimeoutMs?: number;
  /** Deepest variable-length pattern users' Cypher may ask for (default 5). */
  maxVarLength?: number;
  /** Buffer pool of this process's database in bytes (default 0: the engine's own, ~80 % of the machine). */
  bufferPoolBytes?: number;
  /** Buffer pool of each process running users' Cypher, which is also its memory limit (default 1 GiB). */
  userQueryBufferPoolBytes?: number;
  /** Column compression (default true: smaller files, slower bulk loads of DOUBLE columns). */
  compression?: boolean;
  /** Default rows per write batch (default 5,000). */
  batchSize?: number;
  /** Groups at least this large are COPied into empty tables (default 500). */
  copyThreshold?: number;
  /**
   * Answer subgraphs, paths, relation and entity reads from an in-process copy of the graph (default true):
   * built by one scan on first use (~6 s and ~300 MB for 1M relations, ~25 MB more per 100k entity
   * records), dropped at every write.
   * Without it those reads run per-hop Cypher, ~5 ms per entity expanded.
   */
  graphCache?: boolean;
}

export class EmbeddedStore implements GraphStore {
  readonly engine = "embedded" as const;
  readonly cypherExamples = EMBEDDED_CYPHER_EXAMPLES;
  private cache: Promise<GraphCache> | null = null;
  /** Every entity record, read once and frozen: what entities() hands out and the graph copy holds. */
  private readonly records = new KeptRead(async () => (await reads.readAllEntities(this.db)).map(frozenEntity));
  /**
   * Counting reads every table (about 40 queries; 350 ms of CPU at 1M relations), and /api/health
   * asks on every probe: the answer is kept until the next write.
   */
  private readonly counted = new KeptRead(() => reads.readCounts(this.db));
  /** Bumped before and after every write; a cache built across a write is not used. */
  private generation = 0;
  private writes = 0;

  constructor(
    /** Replaced when a full rebuild is swapped in. */
    private db: LbugConnections,
    private readonly loader: LoaderSettings,
    private readonly useCache: boolean,
  ) {}

  /** The cache when it is enabled and no write is running (built on first use), else null. */
  private async graphCache(): Promise<GraphCache | null> {
    if (!this.useCache || this.writes > 0) return null;
    const generation = this.generation;
    this.cache ??= this.records.get().then((records) => GraphCache.build(this.db, records));
    try {
      const cache = await this.cache;
      return generation === this.generation ? cache : null;
    } catch (error) {
      if (generation === this.generation) this.cache = null;
      throw error;
    }
  }

  private async graph(): Promise<GraphAccess> {
    const cache = await this.graphCache();
    return cache ? cacheAccess(cache) : databaseAccess(this.db);
  }

  /** Runs a write with the cache dropped before and after it. */
  private async writing<T>(work: () => Promise<T>): Promise<T> {
    this.writes += 1;
    this.generation += 1;
    this.dropKept();
    try {
      return await work();
    } finally {
      this.writes -= 1;
      this.generation += 1;
      this.dropKept();
    }
  }

  /** What is kept between writes: the graph copy, the shared records, the counts. */
  private dropKept(): void {
    this.cache = null;
    this.records.drop();
    this.counted.drop();
  }

  async describe(): Promise<EngineDescription> {
    return { engine: "embedded", version: Database.getVersion(), location: this.db.location };
  }

  ensureSchema(): Promise<void> {
    return this.writing(() => this.db.write((c) => createTables(c)));
  }

  /**
   * On disk, a kill at any moment leaves a store that opens or is rebuilt (recovery.ts): a load
   * runs under a marker file, and a reset builds a fresh file beside this one and swaps it in.
   */
  load(dataset: Dataset, options: LoadOptions = {}): Promise<LoadReport> {
    const location = this.db.location;
    if (location === ":memory:") return this.writing(() => loadDataset(this.db, dataset, options, this.loader));
    if (options.reset) return this.writing(() => this.rebuild(dataset, options));
    return this.writing(() =>
      withLoadMarker(location, "load", () => loadDataset(this.db, dataset, options, this.loader)),
    );
  }

  private async rebuild(dataset: Dataset, options: LoadOptions): Promise<LoadReport> {
    const { settings } = this.db;
    const fresh = { ...options, reset: false };
    const built = await buildBeside(settings, (db) => loadDataset(db, dataset, fresh, this.loader));
    await this.db.close();
    await swapIn(built.path, settings.path);
    this.db = await LbugConnections.open(settings);
    return built.result;
  }

  counts(): Promise<GraphCounts> {
    return this.writes > 0 ? reads.readCounts(this.db) : this.counted.get();
  }

  async entity(id: string): Promise<EntityRecord | null> {
    const cache = await this.graphCache();
    if (!cache) return reads.readEntity(this.db, id);
    const node = cache.nodeIndex.get(id);
    return node === undefined ? null : cache.entity(node);
  }

  /** With the graph copy on, the records it shares (frozen; a search index over them costs no second copy). */
  async entities(): Promise<EntityRecord[]> {
    if (!this.useCache || this.writes > 0) return reads.readAllEntities(this.db);
    const generation = this.generation;
    const records = [...(await this.records.get())];
    return generation === this.generation ? records : reads.readAllEntities(this.db);
  }

  async relation(id: string): Promise<Relation | null> {
    const cache = await this.graphCache();
    return cache ? cachedRelation(cache, id) : reads.readRelation(this.db, id);
  }

  async relationsOf(entityId: string): Promise<Relation[]> {
    const cache = await this.graphCache();
    return cache ? cachedRelationsOf(cache, entityId) : reads.readRelationsOf(this.db, entityId);
  }

  async relations(query: RelationQuery): Promise<{ total: number; items: Relation[] }> {
    const cache = await this.graphCache();
    return cache ? cachedRelationList(cache, query) : readRelationList(this.db, query);
  }

  disputes(): Promise<DisputeRecord[]> {
    return reads.readDisputes(this.db);
  }

  articles(): Promise<Article[]> {
    return reads.readArticles(this.db);
  }

  article(id: string): Promise<Article | null> {
    return reads.readArticle(this.db, id);
  }

  mentionsOf(entityId: string): Promise<ArticleMention[]> {
    return reads.readMentionsOf(this.db, entityId);
  }

  mentionsIn(articleId: string): Promise<ArticleMention[]> {
    return reads.readMentionsIn(this.db, articleId);
  }

  async subgraph<D extends EvidenceDepth = "full">(query: SubgraphQuery<D>): Promise<Subgraph<RelationAt<D>>> {
    const cache = await this.graphCache();
    return cache ? cachedSubgraph(cache, query) : readSubgraph(databaseAccess(this.db), query);
  }

  async overview(query: OverviewQuery): Promise<OverviewCounts> {
    const cache = await this.graphCache();
    if (cache) return memoised(cache, "overview", query, () => overviewOf(cacheTable(cache), query));
    return overviewOf(await this.scannedTable(), query);
  }

  async timeline(filter: TimelineFilter): Promise<DateTally[]> {
    const cache = await this.graphCache();
    if (cache) return memoised(cache, "timeline", filter, () => timelineOf(cacheTable(cache), filter));
    return timelineOf(await this.scannedTable(), filter);
  }

  /** Every relation read by one scan, while the graph cache is off. */
  private async scannedTable(): Promise<RelationTable> {
    return rowTable(await this.db.read((c) => runCached(c, overviewScan())));
  }

  async paths(query: PathQuery): Promise<PathsResult> {
    return readPaths(await this.graph(), query);
  }

  /** The buffer pool's size and what it holds now (not on GraphStore: only this engine has one). */
  bufferPool(): Promise<{ limitBytes: number; usedBytes: number }> {
    return reads.readBufferPool(this.db);
  }

  /** In a read-only sandbox process with hard memory and time limits (cypher-sandbox/). */
  cypher(query: string, params: Record<string, unknown>, options: CypherOptions): Promise<CypherResult> {
    return this.db.userQueries.run({ query, params, timeoutMs: options.timeoutMs, rowLimit: options.rowLimit });
  }

  async close(): Promise<void> {
    // A cache still being built holds a reader: let it finish (or fail) first.
    await this.cache?.catch(() => undefined);
    this.cache = null;
    await this.db.close();
  }
}

/** Opens (creating if need be) the database and its tables. */
export async function openEmbeddedStore(options: EmbeddedOptions): Promise<EmbeddedStore> {
  const db = await LbugConnections.open({
    path: options.path,
    readers: Math.max(1, options.readers ?? 2),
    cypherLanes: Math.max(1, options.cypherConnections ?? 2),
    readTimeoutMs: options.queryTimeoutMs ?? 30_000,
    writeTimeoutMs: options.writeTimeoutMs ?? 30 * 60_000,
    maxVarLength: options.maxVarLength ?? 5,
    bufferPoolBytes: options.bufferPoolBytes ?? ENGINE_DEFAULT,
    userQueryBufferPoolBytes: options.userQueryBufferPoolBytes,
    compression: options.compression ?? true,
  });
  const store = new EmbeddedStore(
    db,
    {
      batchSize: options.batchSize ?? 5_000,
      copyThreshold: options.copyThreshold ?? 500,
      checkpoint: options.path !== ":memory:",
    },
    options.graphCache ?? true,
  );
  try {
    await store.ensureSchema();
  } catch (error) {
    await db.close();
    throw error;
  }
  return store;
}
