// JSON shape of read-only Cypher results, the same whichever engine ran the query.

export interface CypherNode {
  kind: "node";
  /** Our stable `id` property when the node has one, else the engine's own id. */
  id: string;
  label: string;
  properties: Record<string, unknown>;
}

export interface CypherRelationship {
  kind: "relationship";
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface CypherPath {
  kind: "path";
  nodes: CypherNode[];
  relationships: CypherRelationship[];
}

/** Scalars, lists and maps come back as plain JSON; graph values as the shapes above. */
export type CypherValue =
  | null
  | boolean
  | number
  | string
  | CypherNode
  | CypherRelationship
  | CypherPath
  | CypherValue[]
  | { [key: string]: CypherValue };

export interface CypherResult {
  columns: string[];
  rows: Record<string, CypherValue>[];
  /** True when the row limit cut the result. */
  truncated: boolean;
  elapsedMs: number;
}
