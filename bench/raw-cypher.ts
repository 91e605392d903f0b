// The API's depth-2 neighbourhood as one hand-written Cypher query sent straight through
// neo4j-driver (no GraphStore, no HTTP): what Neo4j itself needs for the same answer, so the
// API's overhead over it is a number. Same semantics as the store's subgraph: entities by hop then
// id, cut at the limit, and every relation between kept entities.

import neo4j, { type Driver } from "neo4j-driver";
import { ENTITY_TYPES, RELATION_TYPES, type EntityType } from "../graph-schema/index.js";
import type { Neo4jTarget } from "./neo4j-target.js";

const ANY_RELATION = RELATION_TYPES.join("|");

/** One statement per seed label, so the seed lookup uses the label's unique-id index. */
function depthTwoQuery(label: EntityType): string {
  if (!ENTITY_TYPES.includes(label)) throw new Error(`unknown entity label ${label}`);
  return `MATCH (s:${label} {id: $id})
CALL (s) {
  RETURN s AS n, 0 AS hop
  UNION ALL
  MATCH (s)-[:${ANY_RELATION}]-(n) RETURN DISTINCT n, 1 AS hop
  UNION ALL
  MATCH (s)-[:${ANY_RELATION}]-()-[:${ANY_RELATION}]-(n) RETURN DISTINCT n, 2 AS hop
}
WITH n, min(hop) AS hop
ORDER BY hop, n.id
LIMIT $limit
WITH collect(n) AS kept
UNWIND kept AS a
OPTIONAL MATCH (a)-[r:${ANY_RELATION}]->(b)
WHERE b IN kept
WITH kept, collect(r) AS rels
RETURN [n IN kept | n {.*, label: labels(n)[0]}] AS entities,
  [r IN rels | r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS relations`;
}

export interface RawNeighbourhood {
  entities: number;
  relations: number;
}

export class RawCypher {
  private constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  static async connect(target: Neo4jTarget): Promise<RawCypher> {
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
    await driver.verifyConnectivity();
    return new RawCypher(driver, target.database);
  }

  /** The depth-2 neighbourhood of `id`, limit `limit`, in one read transaction. */
  async depthTwo(id: string, label: EntityType, limit: number): Promise<RawNeighbourhood> {
    const { records } = await this.driver.executeQuery(
      depthTwoQuery(label),
      { id, limit: neo4j.int(limit) },
      { routing: neo4j.routing.READ, database: this.database },
    );
    const row = records[0];
    if (!row) return { entities: 0, relations: 0 };
    return {
      entities: (row.get("entities") as unknown[]).length,
      relations: (row.get("relations") as unknown[]).length,
    };
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
