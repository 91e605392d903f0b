// The embedded engine (LadybugDB, in-process) behind the GraphStore interface: on disk or in
// memory; each operation delegates to the module that owns it over one set of connections.

import { Database } from "@ladybugdb/core";
import type {
  Article,
  CypherResult,
  DisputeRecord,
  EntityRecord,
  Mention,
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
  Subgraph,
  SubgraphQuery,
} from "../graph-store.js";
import { LbugConnections } from "./connections.js";
import { runUserCypher } from "./cypher-runner.js";
import { loadDataset, type LoaderSettings } from "./loader.js";
import { readPaths } from "./paths.js";
import * as reads from "./reads.js";
import { readRelationList } from "./relation-list.js";
import { createTables } from "./schema.js";
import { readSubgraph } from "./subgraph.js";

export interface EmbeddedOptions {
  /** Database file, or ":memory:". */
  path: string;
  /** Reader connections for the engine's own reads (default 2). */
  readers?: number;
  /** Connections for users' Cypher (default 2). */
  cypherConnections?: number;
  /** Timeout of every read on the engine's connections (default 30 s). */
  queryTimeoutMs?: number;
  /** Timeout of each write statement, a whole COPY included (default 30 min). */
  writeTimeoutMs?: number;
  /** Deepest variable-length pattern users' Cypher may ask for (default 5). */
  maxVarLength?: number;
  /** Buffer pool in bytes (default: the engine's, a share of the machine's memory). */
  bufferPoolBytes?: number;
  /** Column compression (default true: smaller files, slower bulk loads of DOUBLE columns). */
  compression?: boolean;
  /** Default rows per write batch (default 5,000). */
  batchSize?: number;
  /** Groups at least this large are COPied into empty tables (default 500). */
  copyThreshold?: number;
}

export class EmbeddedStore implements GraphStore {
  readonly engine = "embedded" as const;

  constructor(
    private readonly db: LbugConnections,
    private readonly loader: LoaderSettings,
  ) {}

  async describe(): Promise<EngineDescription> {
    return { engine: "embedded", version: Database.getVersion(), location: this.db.location };
  }

  ensureSchema(): Promise<void> {
    return this.db.write((c) => createTables(c));
  }

  load(dataset: Dataset, options: LoadOptions = {}): Promise<LoadReport> {
    return loadDataset(this.db, dataset, options, this.loader);
  }

  counts(): Promise<GraphCounts> {
    return reads.readCounts(this.db);
  }

  entity(id: string): Promise<EntityRecord | null> {
    return reads.readEntity(this.db, id);
  }

  entities(): Promise<EntityRecord[]> {
    return reads.readAllEntities(this.db);
  }

  relation(id: string): Promise<Relation | null> {
    return reads.readRelation(this.db, id);
  }

  relationsOf(entityId: string): Promise<Relation[]> {
    return reads.readRelationsOf(this.db, entityId);
  }

  relations(query: RelationQuery): Promise<{ total: number; items: Relation[] }> {
    return readRelationList(this.db, query);
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

  mentionsOf(entityId: string): Promise<Mention[]> {
    return reads.readMentionsOf(this.db, entityId);
  }

  mentionsIn(articleId: string): Promise<Mention[]> {
    return reads.readMentionsIn(this.db, articleId);
  }

  subgraph(query: SubgraphQuery): Promise<Subgraph> {
    return readSubgraph(this.db, query);
  }

  paths(query: PathQuery): Promise<PathsResult> {
    return readPaths(this.db, query);
  }

  cypher(query: string, params: Record<string, unknown>, options: CypherOptions): Promise<CypherResult> {
    return runUserCypher(this.db, query, params, options);
  }

  close(): Promise<void> {
    return this.db.close();
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
    bufferPoolBytes: options.bufferPoolBytes ?? 0,
    compression: options.compression ?? true,
  });
  const store = new EmbeddedStore(db, {
    batchSize: options.batchSize ?? 5_000,
    copyThreshold: options.copyThreshold ?? 500,
    checkpoint: options.path !== ":memory:",
  });
  try {
    await store.ensureSchema();
  } catch (error) {
    await db.close();
    throw error;
  }
  return store;
}
