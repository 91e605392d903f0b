// The GraphStore interface: what every engine (embedded LadybugDB, Neo4j) offers the rest of
// the application. Nothing above this interface knows which engine runs or sees its Cypher.

import type {
  Article,
  CypherExample,
  CypherResult,
  ArticleMention,
  DisputeRecord,
  EntityType,
  EntityRecord,
  Relation,
  RelationType,
} from "../../graph-schema/index.js";
import type { Dataset } from "../dataset/dataset.js";

export type EngineName = "embedded" | "neo4j";

export type LoadPhase = "schema" | "reset" | "articles" | "entities" | "disputes" | "relations" | "mentions";

export interface LoadProgress {
  phase: LoadPhase;
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Delete everything first. */
  reset?: boolean;
  /** Rows per write batch. */
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadReport {
  articles: number;
  entities: number;
  relations: number;
  mentions: number;
  disputes: number;
  elapsedMs: number;
}

export interface GraphCounts {
  entities: Record<EntityType, number>;
  relations: Partial<Record<RelationType, number>>;
  articles: number;
  disputes: number;
  mentions: number;
  totalEntities: number;
  totalRelations: number;
}

/**
 * How much of a relation's evidence a read returns: every item ("full"), or only how many there
 * are ("count": the engine neither ships nor parses the evidence text).
 */
export type EvidenceDepth = "full" | "count";

/** A relation read at evidence depth "count": its evidence replaced by the number of items. */
export type CountedRelation = Omit<Relation, "evidence"> & { evidenceCount: number };

/** The relation shape a read at evidence depth D returns. */
export type RelationAt<D extends EvidenceDepth> = D extends "count" ? CountedRelation : Relation;

export interface SubgraphQuery<D extends EvidenceDepth = EvidenceDepth> {
  seeds: string[];
  /** Hops from the seeds (0 = the seeds alone). */
  depth: number;
  relationTypes?: RelationType[];
  /** Keep only neighbours of these types (seeds are always kept). */
  entityTypes?: EntityType[];
  /** Keep relations dated within [from, to] (partial ISO dates compare by prefix). */
  from?: string;
  to?: string;
  /** Keep relations asserted by at least one of these articles. */
  sources?: string[];
  minConfidence?: number;
  /** Most entities returned; nearer ones first. */
  limit: number;
  /** How much of each relation's evidence to read (default "full"). */
  evidence?: D;
}

export interface Subgraph<R extends Relation | CountedRelation = Relation> {
  seeds: string[];
  entities: EntityRecord[];
  relations: R[];
  truncated: boolean;
  omittedEntities: number;
  omittedRelations: number;
}

/** The subgraph's filters, as paths apply them: every hop passes, every entity (ends too) is shown. */
export type PathFilter = Pick<
  SubgraphQuery,
  "relationTypes" | "entityTypes" | "from" | "to" | "sources" | "minConfidence"
>;

export interface PathQuery {
  /** The two ends (entity ids). */
  from: string;
  to: string;
  maxLength: number;
  /** Absent: every relation and entity may be on a path. */
  filter?: PathFilter;
  /** Most paths returned (all shortest ones up to this many). */
  limit?: number;
}

export interface GraphPath {
  /** Entity ids from `from` to `to`. */
  entities: string[];
  /** The relation taken at each hop (one fewer than entities). */
  relations: Relation[];
}

export interface PathsResult {
  paths: GraphPath[];
  entities: EntityRecord[];
}

/** Filters of a relation listing; every given filter must hold. Ordered by date then id. */
export interface RelationQuery {
  type?: RelationType;
  /** Either end is this entity. */
  entity?: string;
  /** With `entity`: the other end is this entity. */
  other?: string;
  /** Date within [from, to], with the partial-date semantics of relation-filter.ts. */
  from?: string;
  to?: string;
  /** Asserted by this article. */
  source?: string;
  disputed?: boolean;
  limit: number;
  offset: number;
}

/** The overview: actors ranked by connections, and per-type tallies between the top ones. */
export interface OverviewQuery extends Pick<
  SubgraphQuery,
  "relationTypes" | "from" | "to" | "sources" | "minConfidence"
> {
  /** Count only relations whose two ends are of these types. */
  entityTypes?: EntityType[];
  /** Most actors ranked. */
  limit: number;
}

/** Relations (after the filters) touching an actor, and the reports (evidence items) behind them. */
export interface ActorDegree {
  id: string;
  relations: number;
  events: number;
}

/** Relations of one type between two actors (`source` < `target`, either direction counted). */
export interface PairTally {
  source: string;
  target: string;
  type: RelationType;
  relations: number;
  events: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface OverviewCounts {
  /** Actors with at least one passing relation: most relations first, then most events, then id. */
  actors: ActorDegree[];
  /** Relations passing the filters in the whole graph. */
  totalRelations: number;
  /** Tallies between the ranked actors. */
  pairs: PairTally[];
}

export type TimelineFilter = Pick<SubgraphQuery, "relationTypes" | "sources" | "minConfidence">;

/** Relations sharing one stored date (null: undated) and the reports behind them. */
export interface DateTally {
  date: string | null;
  relations: number;
  events: number;
}

export interface CypherOptions {
  timeoutMs: number;
  rowLimit: number;
}

export interface EngineDescription {
  engine: EngineName;
  version: string;
  /** Where the data lives (file path or URI without credentials). */
  location: string;
}

export interface GraphStore {
  readonly engine: EngineName;
  /** Ready-made queries for the Cypher console, in this engine's dialect. */
  readonly cypherExamples: readonly CypherExample[];
  describe(): Promise<EngineDescription>;
  /** Create tables / constraints / indexes if they do not exist. */
  ensureSchema(): Promise<void>;
  /** Idempotent: MERGE on ids, so loading the same dataset twice changes nothing. */
  load(dataset: Dataset, options?: LoadOptions): Promise<LoadReport>;
  counts(): Promise<GraphCounts>;
  entity(id: string): Promise<EntityRecord | null>;
  /** Every entity, for the in-process name/alias index. */
  entities(): Promise<EntityRecord[]>;
  relation(id: string): Promise<Relation | null>;
  relationsOf(entityId: string): Promise<Relation[]>;
  /** Relations matching every filter given, with the total before paging. */
  relations(query: RelationQuery): Promise<{ total: number; items: Relation[] }>;
  disputes(): Promise<DisputeRecord[]>;
  articles(): Promise<Article[]>;
  article(id: string): Promise<Article | null>;
  /** Articles naming the entity, with counts (most first). */
  mentionsOf(entityId: string): Promise<ArticleMention[]>;
  /** Entities an article names, with counts (most first). */
  mentionsIn(articleId: string): Promise<ArticleMention[]>;
  subgraph<D extends EvidenceDepth = "full">(query: SubgraphQuery<D>): Promise<Subgraph<RelationAt<D>>>;
  /** The most connected actors and what lies between them, aggregated in the engine. */
  overview(query: OverviewQuery): Promise<OverviewCounts>;
  /** Relation and report counts per stored date, for the time histogram. */
  timeline(filter: TimelineFilter): Promise<DateTally[]>;
  paths(query: PathQuery): Promise<PathsResult>;
  /** Runs a read-only statement with a timeout and a row cap; the caller has vetted it. */
  cypher(query: string, params: Record<string, unknown>, options: CypherOptions): Promise<CypherResult>;
  close(): Promise<void>;
}
