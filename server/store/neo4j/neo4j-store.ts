// The Neo4j engine behind the GraphStore interface: each operation delegates to the module that
// owns it (loader, reads, subgraph, paths, user Cypher) over one verified driver connection.

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
import { Neo4jConnection, type Neo4jConfig } from "./connection.js";
import { runUserCypher } from "./cypher-runner.js";
import { loadIntoNeo4j } from "./loader.js";
import { readPaths } from "./paths.js";
import {
  readAllEntities,
  readArticle,
  readArticles,
  readCounts,
  readDisputes,
  readEntity,
  readMentionsIn,
  readMentionsOf,
  readRelation,
  readRelationsOf,
} from "./reads.js";
import { readRelationList } from "./relation-list.js";
import { readOverview, readTimeline } from "./overview.js";
import { ensureNeo4jSchema, migrateDaySpans } from "./schema.js";
import { COMPONENTS } from "./statements.js";
import { readSubgraph } from "./subgraph.js";
import { NEO4J_CYPHER_EXAMPLES } from "./cypher-examples.js";

export type { Neo4jConfig } from "./connection.js";

export class Neo4jStore implements GraphStore {
  readonly engine = "neo4j" as const;
  readonly cypherExamples = NEO4J_CYPHER_EXAMPLES;

  constructor(private readonly connection: Neo4jConnection) {}

  async describe(): Promise<EngineDescription> {
    const rows = await this.connection.readRows(COMPONENTS, {});
    const kernel = rows.find((r) => String(r.name).toLowerCase().includes("kernel")) ?? rows[0];
    const versions = Array.isArray(kernel?.versions) ? kernel.versions.map(String) : [];
    const edition = kernel?.edition ? ` ${String(kernel.edition)}` : "";
    return { engine: "neo4j", version: `${versions[0] ?? "unknown"}${edition}`, location: this.connection.location };
  }

  ensureSchema(): Promise<void> {
    return ensureNeo4jSchema(this.connection);
  }

  load(dataset: Dataset, options?: LoadOptions): Promise<LoadReport> {
    return loadIntoNeo4j(this.connection, dataset, options);
  }

  counts(): Promise<GraphCounts> {
    return readCounts(this.connection);
  }

  entity(id: string): Promise<EntityRecord | null> {
    return readEntity(this.connection, id);
  }

  entities(): Promise<EntityRecord[]> {
    return readAllEntities(this.connection);
  }

  relation(id: string): Promise<Relation | null> {
    return readRelation(this.connection, id);
  }

  relationsOf(entityId: string): Promise<Relation[]> {
    return readRelationsOf(this.connection, entityId);
  }

  relations(query: RelationQuery): Promise<{ total: number; items: Relation[] }> {
    return readRelationList(this.connection, query);
  }

  overview(query: OverviewQuery): Promise<OverviewCounts> {
    return readOverview(this.connection, query);
  }

  timeline(filter: TimelineFilter): Promise<DateTally[]> {
    return readTimeline(this.connection, filter);
  }

  disputes(): Promise<DisputeRecord[]> {
    return readDisputes(this.connection);
  }

  articles(): Promise<Article[]> {
    return readArticles(this.connection);
  }

  article(id: string): Promise<Article | null> {
    return readArticle(this.connection, id);
  }

  mentionsOf(entityId: string): Promise<ArticleMention[]> {
    return readMentionsOf(this.connection, entityId);
  }

  mentionsIn(articleId: string): Promise<ArticleMention[]> {
    return readMentionsIn(this.connection, articleId);
  }

  subgraph<D extends EvidenceDepth = "full">(query: SubgraphQuery<D>): Promise<Subgraph<RelationAt<D>>> {
    return readSubgraph(this.connection, query);
  }

  paths(query: PathQuery): Promise<PathsResult> {
    return readPaths(this.connection, query);
  }

  cypher(query: string, params: Record<string, unknown>, options: CypherOptions): Promise<CypherResult> {
    return runUserCypher(this.connection, query, params, options);
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}

/**
 * Connects and verifies server, credentials and database before returning; failures are
 * EngineUnavailableError naming the URI (never the password) and what to check. Relations stored
 * before they carried their day span get it here, so every read may filter on it.
 */
export async function openNeo4jStore(config: Neo4jConfig): Promise<Neo4jStore> {
  const connection = await Neo4jConnection.open(config);
  try {
    await migrateDaySpans(connection);
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw error;
  }
  return new Neo4jStore(connection);
}
