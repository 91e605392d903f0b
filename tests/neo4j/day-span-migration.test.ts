// A Neo4j database written before relations carried their day span (the stored [first, last] day
// the time-window filters read): opening a store gives every relation its span, and filtered reads
// then answer as on a fresh load; a second open has nothing to do.

import neo4j, { type Driver } from "neo4j-driver";
import type { GraphStore } from "../../server/store/graph-store.js";
import { Neo4jConnection } from "../../server/store/neo4j/connection.js";
import { DAY_SPAN } from "../../server/store/neo4j/day-span.js";
import { openNeo4jStore } from "../../server/store/neo4j/neo4j-store.js";
import { migrateDaySpans } from "../../server/store/neo4j/schema.js";
import { DAY_SPANS_MARKER } from "../../server/store/neo4j/statements.js";
import { idsOf, miniDataset, relations } from "../fixtures/mini-dataset.js";
import { neo4jTestConfig } from "../support/test-engine.js";

const RELATION_COUNT = Object.keys(relations).length;
let driver: Driver;
let store: GraphStore | undefined;

/** Removes every day span and the mark that they were written, as the loader before them left the database. */
async function writtenBeforeDaySpans(): Promise<void> {
  await driver.executeQuery(`MATCH ()-[r]->() REMOVE r.${DAY_SPAN}`);
  await driver.executeQuery(`DROP INDEX ${DAY_SPANS_MARKER} IF EXISTS`);
}

async function withoutDaySpan(): Promise<number> {
  const { records } = await driver.executeQuery(`MATCH ()-[r]->() WHERE r.${DAY_SPAN} IS NULL RETURN count(r) AS n`);
  return Number(records[0]!.get("n"));
}

beforeAll(async () => {
  const config = neo4jTestConfig();
  driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  const loader = await openNeo4jStore(config);
  try {
    await loader.load(miniDataset(), { reset: true });
  } finally {
    await loader.close();
  }
}, 120_000);
afterAll(async () => {
  await store?.close();
  await driver?.close();
});

test("opening a store gives each relation written before day spans the span of its date", async () => {
  await writtenBeforeDaySpans();
  // Mentions carry no date and are not relations: only the relations lack a span.
  expect(await withoutDaySpan()).toBe(RELATION_COUNT + miniDataset().mentions.length);
  store = await openNeo4jStore(neo4jTestConfig());
  const { records } = await driver.executeQuery(
    `MATCH ()-[r]->() WHERE r.id IN $ids RETURN r.id AS id, r.${DAY_SPAN} AS span`,
    { ids: [relations.called.id, relations.offered.id, relations.sanctions.id, relations.holdsRole.id] },
  );
  expect(Object.fromEntries(records.map((r) => [r.get("id"), r.get("span")]))).toEqual({
    [relations.called.id]: ["2025-02-12", "2025-02-12"],
    [relations.offered.id]: ["2025-02-01", "2025-02-28"],
    [relations.sanctions.id]: ["2024-01-01", "2024-12-31"],
    [relations.holdsRole.id]: [],
  });
  expect(await withoutDaySpan()).toBe(miniDataset().mentions.length);
});

test("after the migration, filtered reads answer as on a fresh load", async () => {
  const hops = async (from: string, to: string, filter: object) =>
    (await store!.paths({ from, to, maxLength: 4, filter })).paths.map((p) => p.relations.map((r) => r.id));
  expect(await hops("alice", "bob", { to: "2025-02-12" })).toEqual([idsOf("called")]);
  expect(await hops("bob", "atlantis", { from: "2025-02-28" })).toEqual([idsOf("offered")]);
  expect(await hops("bob", "atlantis", { from: "2025-03" })).toEqual([]);
  expect(await hops("carol", "ministry", { from: "1900" })).toEqual([]);
  expect((await store!.overview({ from: "2024-12-31", to: "2024-12-31", limit: 10 })).totalRelations).toBe(1);
});

test("the migration counts what it changed and does nothing the second time", async () => {
  const connection = await Neo4jConnection.open(neo4jTestConfig());
  try {
    await writtenBeforeDaySpans();
    expect(await migrateDaySpans(connection)).toBe(RELATION_COUNT);
    expect(await migrateDaySpans(connection)).toBe(0);
    // Marked as done: a later open looks up the mark and scans nothing, even if spans went missing.
    await driver.executeQuery(`MATCH ()-[r]->() REMOVE r.${DAY_SPAN}`);
    expect(await migrateDaySpans(connection)).toBe(0);
    expect(await withoutDaySpan()).toBeGreaterThan(RELATION_COUNT);
  } finally {
    await connection.close();
  }
});
