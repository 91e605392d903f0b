// The overview and the timeline on Neo4j: ranking, pair tallies and per-date counts are
// aggregated by the database (overview-statements.ts); only the results cross the wire.

import neo4j from "neo4j-driver";
import type { DateTally, OverviewCounts, OverviewQuery, PairTally, TimelineFilter } from "../graph-store.js";
import { addToPairTally } from "../store-shared.js";
import { storedText, EVIDENCE_ITEM_KEY } from "../stored-records.js";
import { runRows, type Neo4jConnection, type Row } from "./connection.js";
import {
  OVERVIEW_ACTORS,
  OVERVIEW_PAIRS,
  OVERVIEW_TOTAL,
  TIMELINE,
  type OverviewFilterParam,
} from "./overview-statements.js";
import { LOCATE_ENTITIES } from "./statements.js";
import { isRelationType } from "../../../graph-schema/index.js";
import { relationFilterParams } from "./relation-filter-cypher.js";

type FilterParams = Record<OverviewFilterParam, unknown>;

function filterParams(query: TimelineFilter & Partial<OverviewQuery>): FilterParams {
  return { ...relationFilterParams(query), labels: query.entityTypes?.length ? query.entityTypes : null };
}

/** Rows of both directions of a pair fold into one tally per (pair, type). */
function pairTallies(rows: Row[]): PairTally[] {
  const pairs = new Map<string, PairTally>();
  for (const row of rows) {
    const type = String(row.type);
    if (!isRelationType(type)) continue;
    addToPairTally(pairs, {
      a: String(row.source),
      b: String(row.target),
      type,
      relations: Number(row.relations),
      events: Number(row.events),
      firstDate: storedText(row.firstDate),
      lastDate: storedText(row.lastDate),
    });
  }
  return [...pairs.values()];
}

export function readOverview(connection: Neo4jConnection, query: OverviewQuery): Promise<OverviewCounts> {
  return connection.read(async (tx) => {
    const filter = filterParams(query);
    const ranked = await runRows(tx, OVERVIEW_ACTORS, {
      ...filter,
      itemKey: EVIDENCE_ITEM_KEY,
      limit: neo4j.int(query.limit),
    });
    const actors = ranked.map((r) => ({ id: String(r.id), relations: Number(r.relations), events: Number(r.events) }));
    const [total] = await runRows(tx, OVERVIEW_TOTAL, filter);
    const located = await runRows(tx, LOCATE_ENTITIES, { ids: actors.map((a) => a.id) });
    const elementIds = located.map((r) => String(r.elementId));
    const pairRows =
      elementIds.length > 0
        ? await runRows(tx, OVERVIEW_PAIRS, { ...filter, itemKey: EVIDENCE_ITEM_KEY, elementIds })
        : [];
    return { actors, totalRelations: Number(total?.total ?? 0), pairs: pairTallies(pairRows) };
  });
}

export function readTimeline(connection: Neo4jConnection, filter: TimelineFilter): Promise<DateTally[]> {
  return connection.read(async (tx) => {
    const rows = await runRows(tx, TIMELINE, { ...filterParams(filter), itemKey: EVIDENCE_ITEM_KEY });
    const byDate = new Map<string | null, DateTally>();
    for (const row of rows) {
      // "" and null both mean undated.
      const date = storedText(row.date);
      const tally = byDate.get(date) ?? { date, relations: 0, events: 0 };
      tally.relations += Number(row.relations);
      tally.events += Number(row.events);
      byDate.set(date, tally);
    }
    return [...byDate.values()];
  });
}
