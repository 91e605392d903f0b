// Turns the engine's overview tallies into the overview response: the ranked actors as nodes and
// one weighted edge per pair, with per-type tallies, cooperation/conflict balance and date range.

import { pairEdgeLabel, pairBalance, pairKey, type OverviewResponse, type Tally } from "../../graph-schema/index.js";
import type { EntityIndex } from "../search/entity-index.js";
import type { OverviewCounts, OverviewQuery, PairTally } from "../store/graph-store.js";
import { entityNode } from "./subgraph-json.js";

interface PairSum {
  source: string;
  target: string;
  byType: Record<string, Tally>;
  firstDate: string | null;
  lastDate: string | null;
}

function sumPairs(tallies: PairTally[]): PairSum[] {
  const pairs = new Map<string, PairSum>();
  for (const t of tallies) {
    const key = pairKey(t.source, t.target);
    const pair = pairs.get(key) ?? { source: t.source, target: t.target, byType: {}, firstDate: null, lastDate: null };
    const tally = pair.byType[t.type] ?? { relations: 0, events: 0 };
    pair.byType[t.type] = { relations: tally.relations + t.relations, events: tally.events + t.events };
    if (t.firstDate !== null && (pair.firstDate === null || t.firstDate < pair.firstDate)) pair.firstDate = t.firstDate;
    if (t.lastDate !== null && (pair.lastDate === null || t.lastDate > pair.lastDate)) pair.lastDate = t.lastDate;
    pairs.set(key, pair);
  }
  return [...pairs.values()];
}

function pairEdge(pair: PairSum): OverviewResponse["edges"][number] {
  const tallies = Object.values(pair.byType);
  const relations = tallies.reduce((n, t) => n + t.relations, 0);
  const events = tallies.reduce((n, t) => n + t.events, 0);
  return {
    key: pairKey(pair.source, pair.target),
    source: pair.source,
    target: pair.target,
    undirected: true,
    attributes: {
      label: pairEdgeLabel(relations, events),
      relations,
      events,
      byType: pair.byType,
      ...pairBalance(pair.byType),
      firstDate: pair.firstDate,
      lastDate: pair.lastDate,
    },
  };
}

export function overviewResponse(counts: OverviewCounts, index: EntityIndex, query: OverviewQuery): OverviewResponse {
  const nodes: OverviewResponse["nodes"] = [];
  for (const actor of counts.actors) {
    const entity = index.get(actor.id);
    if (!entity) continue;
    const { key, attributes } = entityNode(entity);
    nodes.push({
      key,
      attributes: { ...attributes, relations: actor.relations, events: actor.events, rank: nodes.length + 1 },
    });
  }
  const shown = new Set(nodes.map((n) => n.key));
  const edges = sumPairs(counts.pairs)
    .filter((p) => shown.has(p.source) && shown.has(p.target))
    .map(pairEdge);
  const totalEntities = index.countOf(query.entityTypes);
  return {
    options: { type: "undirected", multi: false, allowSelfLoops: true },
    attributes: {
      totalEntities,
      totalRelations: counts.totalRelations,
      omittedEntities: Math.max(0, totalEntities - nodes.length),
      shownRelations: edges.reduce((n, e) => n + e.attributes.relations, 0),
    },
    nodes,
    edges,
  };
}
