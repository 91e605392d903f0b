// One breadth-first step over the graph: every relation touching a set of entities, as ids and
// the few fields filters and path choices read (full records are fetched later, for what is kept).

import {
  ENTITY_TYPES,
  isEntityType,
  isRelationType,
  type EntityType,
  type RelationType,
} from "../../../graph-schema/index.js";
import type { FilteredRelation } from "../../../graph-schema/index.js";
import type { LbugConnections } from "./connections.js";
import { hop } from "./read-statements.js";
import { runCached } from "./run.js";

export interface HopEdge extends FilteredRelation {
  id: string;
  type: RelationType;
  /** The frontier entity the edge was reached from, and the entity at its other end. */
  node: string;
  nodeLabel: EntityType;
  other: string;
  otherLabel: EntityType;
  /** True when stored as node → other. */
  outgoing: boolean;
}

export const edgeSource = (e: HopEdge): string => (e.outgoing ? e.node : e.other);
export const edgeSourceLabel = (e: HopEdge): EntityType => (e.outgoing ? e.nodeLabel : e.otherLabel);

/** Edges of the frontier's entities (each label's lookup on its own reader call, in parallel). */
export async function expand(
  db: LbugConnections,
  frontier: Map<string, EntityType>,
  types: readonly RelationType[] | undefined,
  filterFields: boolean,
): Promise<HopEdge[]> {
  const perLabel = ENTITY_TYPES.map((label) => {
    const ids = [...frontier].filter(([, l]) => l === label).map(([id]) => id);
    if (ids.length === 0) return Promise.resolve([] as HopEdge[]);
    const statement = hop(label, types, { filterFields });
    return db.read(async (c) => {
      const edges: HopEdge[] = [];
      for (const row of await runCached(c, statement, { ids })) {
        const [type, otherLabel] = [String(row.type), String(row.otherLabel)];
        if (!isRelationType(type) || !isEntityType(otherLabel)) continue;
        edges.push({
          id: String(row.id),
          type,
          node: String(row.node),
          nodeLabel: label,
          other: String(row.other),
          otherLabel,
          outgoing: row.outgoing === true,
          confidence: Number(row.confidence ?? 0),
          date: typeof row.date === "string" && row.date !== "" ? row.date : null,
          sources: Array.isArray(row.sources) ? row.sources.map(String) : [],
        });
      }
      return edges;
    });
  });
  return (await Promise.all(perLabel)).flat();
}
