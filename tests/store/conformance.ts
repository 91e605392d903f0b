// The GraphStore specification as a test suite: a function that takes a way to open any
// engine and declares the tests every engine must pass (graphology's approach to its core).

import type { GraphStore, PathFilter, SubgraphQuery } from "../../server/store/graph-store.js";
import { disputes, entities, idsOf, miniDataset, relations } from "../fixtures/mini-dataset.js";

export interface ConformanceTarget {
  /** Opens a store on an empty database (or empties it via load's reset). */
  open(): Promise<GraphStore>;
}

const sortedIds = (items: { id: string }[]): string[] => items.map((i) => i.id).sort();

export function describeGraphStoreConformance(name: string, target: ConformanceTarget): void {
  describe(`GraphStore conformance: ${name}`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      store = await target.open();
      await store.load(miniDataset(), { reset: true });
    });
    afterAll(async () => {
      await store?.close();
    });

    describeLoading(() => store);
    describeLookups(() => store);
    describeSubgraphs(() => store);
    describePaths(() => store);
    describeDateWindows(() => store);
    describeCypher(() => store);
  });
}

function describeLoading(get: () => GraphStore): void {
  test("counts what was loaded", async () => {
    const counts = await get().counts();
    expect(counts.entities).toEqual({ Person: 5, State: 2, Organization: 2, Place: 1 });
    expect(counts.totalEntities).toBe(10);
    expect(counts.totalRelations).toBe(Object.keys(relations).length);
    expect(counts.relations.MET).toBe(1);
    expect(counts.articles).toBe(2);
    expect(counts.disputes).toBe(1);
    expect(counts.mentions).toBe(3);
  });

  test("loading the same dataset again changes nothing", async () => {
    const before = await get().counts();
    const progress: string[] = [];
    const report = await get().load(miniDataset(), { onProgress: (p) => progress.push(p.phase) });
    expect(report.relations).toBe(Object.keys(relations).length);
    expect(progress).toContain("relations");
    expect(await get().counts()).toEqual(before);
    expect(await get().relation(relations.met.id)).toEqual(relations.met);
    expect(await get().entity("alice")).toEqual(entities[0]);
  });

  test("describes its engine", async () => {
    const d = await get().describe();
    expect(d.engine).toBe(get().engine);
    expect(d.version).toMatch(/\d/);
    expect(d.location).not.toMatch(/password/i);
  });
}

function describeLookups(get: () => GraphStore): void {
  test("entity by id returns every property; unknown id gives null", async () => {
    for (const e of entities) expect(await get().entity(e.id)).toEqual(e);
    expect(await get().entity("nobody")).toBeNull();
  });

  test("lists every entity", async () => {
    expect(sortedIds(await get().entities())).toEqual(sortedIds(entities));
  });

  test("relation by id keeps evidence, sources, dispute and derived codes", async () => {
    const met = await get().relation(relations.met.id);
    expect(met).toEqual(relations.met);
    expect(met?.sources).toEqual(["a1", "a2"]);
    const offered = await get().relation(relations.offered.id);
    expect(offered?.disputed).toBe(true);
    expect(offered?.cameo).toBe("039");
    expect(await get().relation("r-0000000000000000")).toBeNull();
  });

  test("relations of an entity, both directions", async () => {
    expect(sortedIds(await get().relationsOf("alice"))).toEqual(idsOf("called", "met", "reported"));
    expect(sortedIds(await get().relationsOf("atlantis"))).toEqual(
      idsOf("offered", "sanctions", "partOf", "locatedIn"),
    );
    expect(await get().relationsOf("eve")).toEqual([]);
  });

  test("disputes come back whole", async () => {
    expect(await get().disputes()).toEqual(disputes);
  });
}

function describeSubgraphs(get: () => GraphStore): void {
  const ask = (q: Partial<SubgraphQuery>) => get().subgraph({ seeds: ["alice"], depth: 1, limit: 100, ...q });
  const cases: [string, Partial<SubgraphQuery>, string[], string[]][] = [
    ["depth 1", {}, ["alice", "bob", "herald"], idsOf("called", "met", "reported")],
    [
      "depth 2",
      { depth: 2 },
      ["alice", "atlantis", "bob", "carol", "herald"],
      idsOf("called", "met", "reported", "offered", "discussed"),
    ],
    ["depth 0: the seeds alone", { depth: 0, seeds: ["alice", "bob"] }, ["alice", "bob"], idsOf("called", "met")],
    ["relation types", { depth: 2, relationTypes: ["CALLED"] }, ["alice", "bob"], idsOf("called")],
    [
      "entity types",
      { depth: 2, entityTypes: ["Person"] },
      ["alice", "bob", "carol"],
      idsOf("called", "met", "discussed"),
    ],
    ["date range", { from: "2025-02-15" }, ["alice", "bob", "herald"], idsOf("met", "reported")],
    ["sources", { sources: ["a2"] }, ["alice", "bob", "herald"], idsOf("met", "reported")],
    ["min confidence", { depth: 2, minConfidence: 0.85 }, ["alice", "bob"], idsOf("called")],
    [
      "several seeds",
      { seeds: ["alice", "dave"] },
      ["alice", "bob", "borduria", "dave", "herald"],
      idsOf("called", "met", "reported", "leads"),
    ],
    ["unknown seed", { seeds: ["nobody"] }, [], []],
  ];
  test.each(cases)("subgraph: %s", async (_label, query, entityIds, relationIds) => {
    const sub = await ask(query);
    expect(sortedIds(sub.entities)).toEqual(entityIds);
    expect(sortedIds(sub.relations)).toEqual(relationIds);
    expect(sub.truncated).toBe(false);
  });

  test("subgraph: a limit keeps the nearest entities and says what it left out", async () => {
    const sub = await ask({ depth: 2, limit: 2 });
    expect(sortedIds(sub.entities)).toEqual(["alice", "bob"]);
    expect(sortedIds(sub.relations)).toEqual(idsOf("called", "met"));
    expect(sub).toMatchObject({ truncated: true, omittedEntities: 3, omittedRelations: 3 });
  });

  test("subgraph: relations come back whole", async () => {
    const sub = await ask({});
    expect(sub.relations.find((r) => r.id === relations.met.id)).toEqual(relations.met);
    expect(sub.entities.find((e) => e.id === "herald")).toEqual(entities.find((e) => e.id === "herald"));
  });

  test.each<[string, Partial<SubgraphQuery>]>([
    ["depth 2", { depth: 2 }],
    ["a limit and a filter", { depth: 2, limit: 3, sources: ["a1"] }],
  ])("subgraph at evidence depth count (%s): the same answer, evidence counted, no evidence", async (_label, query) => {
    const full = await get().subgraph({ seeds: ["alice"], limit: 100, depth: 1, ...query, evidence: "full" });
    const counted = await get().subgraph({ seeds: ["alice"], limit: 100, depth: 1, ...query, evidence: "count" });
    expect(counted.relations.length).toBeGreaterThan(0);
    expect(counted.entities).toEqual(full.entities);
    const { relations: _full, ...frame } = full;
    expect(counted).toMatchObject(frame);
    expect(counted.relations.map((r) => r.id)).toEqual(full.relations.map((r) => r.id));
    const fixture = new Map(Object.values(relations).map((r) => [r.id, r]));
    for (const r of counted.relations) {
      expect(r).not.toHaveProperty("evidence");
      const { evidence, ...stored } = fixture.get(r.id)!;
      expect(r).toEqual({ ...stored, evidenceCount: evidence.length });
    }
  });

  test("subgraph at evidence depth count: a relation with two evidence items counts two", async () => {
    const sub = await get().subgraph({ seeds: ["alice"], depth: 1, limit: 100, evidence: "count" });
    expect(sub.relations.find((r) => r.id === relations.met.id)?.evidenceCount).toBe(2);
    expect(sub.relations.find((r) => r.id === relations.called.id)?.evidenceCount).toBe(1);
  });
}

function describePaths(get: () => GraphStore): void {
  test("the shortest path takes the most confident relation at each hop", async () => {
    const result = await get().paths({ from: "alice", to: "borduria", maxLength: 5 });
    expect(result.paths).toHaveLength(1);
    expect(result.paths[0]!.entities).toEqual(["alice", "bob", "atlantis", "borduria"]);
    expect(result.paths[0]!.relations.map((r) => r.id)).toEqual([
      relations.called.id,
      relations.offered.id,
      relations.sanctions.id,
    ]);
    expect(sortedIds(result.entities)).toEqual(["alice", "atlantis", "bob", "borduria"]);
  });

  test("all shortest paths are returned", async () => {
    const result = await get().paths({ from: "bob", to: "ministry", maxLength: 4 });
    expect(result.paths.map((p) => p.entities.join(">")).sort()).toEqual([
      "bob>atlantis>ministry",
      "bob>carol>ministry",
    ]);
  });

  test("no path: too short a bound, filtered types, or unconnected entities", async () => {
    expect((await get().paths({ from: "alice", to: "borduria", maxLength: 2 })).paths).toEqual([]);
    expect(
      (await get().paths({ from: "alice", to: "borduria", maxLength: 5, filter: { relationTypes: ["CALLED", "MET"] } }))
        .paths,
    ).toEqual([]);
    expect((await get().paths({ from: "alice", to: "eve", maxLength: 5 })).paths).toEqual([]);
    expect((await get().paths({ from: "alice", to: "nobody", maxLength: 5 })).paths).toEqual([]);
  });

  const pathsOf = async (from: string, to: string, filter: PathFilter) =>
    (await get().paths({ from, to, maxLength: 4, filter })).paths.map((p) => ({
      entities: p.entities.join(">"),
      relations: p.relations.map((r) => r.id),
    }));

  test("paths pass only through entities of the shown types, and both ends must be shown", async () => {
    expect(await pathsOf("bob", "ministry", { entityTypes: ["Person", "Organization"] })).toEqual([
      { entities: "bob>carol>ministry", relations: [relations.discussed.id, relations.holdsRole.id] },
    ]);
    expect(await pathsOf("bob", "ministry", { entityTypes: ["Person", "State"] })).toEqual([]);
    expect(await pathsOf("bob", "bob", { entityTypes: ["State"] })).toEqual([]);
  });

  test("paths take only relations in the time window, from the sources, above the confidence", async () => {
    // Both alice–bob relations pass without a filter; the more confident call is taken.
    expect(await pathsOf("alice", "bob", {})).toEqual([{ entities: "alice>bob", relations: [relations.called.id] }]);
    expect(await pathsOf("alice", "bob", { from: "2025-02-15" })).toEqual([
      { entities: "alice>bob", relations: [relations.met.id] },
    ]);
    expect(await pathsOf("alice", "atlantis", { sources: ["a2"] })).toEqual([
      { entities: "alice>bob>atlantis", relations: [relations.met.id, relations.offered.id] },
    ]);
    expect(await pathsOf("bob", "ministry", { minConfidence: 0.65 })).toEqual([
      { entities: "bob>carol>ministry", relations: [relations.discussed.id, relations.holdsRole.id] },
    ]);
    // The sanctions of 2024 are the only way to Borduria; undated relations leave with a window.
    expect(await pathsOf("alice", "borduria", { from: "2025" })).toEqual([]);
    expect(await pathsOf("bob", "ministry", { to: "2025-12" })).toEqual([]);
  });
}

/**
 * Partial dates at the edges of a window: a date is the span of days it stands for ("2025-02" is
 * 1 to 28 February, "2024" the whole year), kept when the span touches the window even by a day.
 */
function describeDateWindows(get: () => GraphStore): void {
  const hops = async (from: string, to: string, filter: PathFilter) =>
    (await get().paths({ from, to, maxLength: 4, filter })).paths.map((p) => p.relations.map((r) => r.id));

  test.each<[string, string, string, PathFilter, string[][]]>([
    ["a day is in a window ending on it", "alice", "bob", { to: "2025-02-12" }, [idsOf("called")]],
    [
      "a day is in a window of that day alone",
      "alice",
      "bob",
      { from: "2025-02-18", to: "2025-02-18" },
      [idsOf("met")],
    ],
    ["days just outside both ends", "alice", "bob", { from: "2025-02-13", to: "2025-02-17" }, []],
    ["a month reaches its last day", "bob", "atlantis", { from: "2025-02-28" }, [idsOf("offered")]],
    ["a month ends before the next one", "bob", "atlantis", { from: "2025-03" }, []],
    ["a month starts on its first day", "bob", "atlantis", { to: "2025-02-01" }, [idsOf("offered")]],
    ["a month starts after the day before", "bob", "atlantis", { to: "2025-01-31" }, []],
    ["a year reaches 31 December", "atlantis", "borduria", { from: "2024-12-31" }, [idsOf("sanctions")]],
    [
      "a year holds a month within it",
      "atlantis",
      "borduria",
      { from: "2024-06", to: "2024-06" },
      [idsOf("sanctions")],
    ],
    ["a year ends before 1 January", "atlantis", "borduria", { from: "2025-01-01" }, []],
    ["undated passes without a window", "carol", "ministry", { minConfidence: 0.9 }, [idsOf("holdsRole")]],
    ["undated leaves with an open-ended window", "carol", "ministry", { from: "1900" }, []],
  ])("paths, window edges: %s", async (_label, from, to, filter, expected) => {
    expect(await hops(from, to, filter)).toEqual(expected);
  });

  test("subgraph, window edges: the month relations reach the window's first day, the days do not", async () => {
    const sub = await get().subgraph({ seeds: ["bob"], depth: 1, limit: 100, from: "2025-02-28" });
    expect(sortedIds(sub.relations)).toEqual(idsOf("offered", "discussed"));
  });

  test("relation list, window edges: a one-day window keeps that day and the months around it", async () => {
    const listed = await get().relations({ from: "2025-02-20", to: "2025-02-20", limit: 50, offset: 0 });
    expect(sortedIds(listed.items)).toEqual(idsOf("reported", "offered", "discussed"));
    expect(listed.total).toBe(3);
  });

  test("overview, window edges: the last day of a year counts the year's relation only", async () => {
    const overview = await get().overview({ from: "2024-12-31", to: "2024-12-31", limit: 10 });
    expect(overview.totalRelations).toBe(1);
    expect(overview.actors.map((a) => a.id).sort()).toEqual(["atlantis", "borduria"]);
  });
}

function describeCypher(get: () => GraphStore): void {
  const opts = { timeoutMs: 5000, rowLimit: 100 };

  test("cypher: scalar rows with parameters", async () => {
    const r = await get().cypher(
      "MATCH (p:Person) WHERE p.id <> $skip RETURN p.id AS id ORDER BY id",
      { skip: "eve" },
      opts,
    );
    expect(r.columns).toEqual(["id"]);
    expect(r.rows.map((row) => row.id)).toEqual(["alice", "bob", "carol", "dave"]);
    expect(r.truncated).toBe(false);
  });

  test("cypher: nodes and relationships come back in the common shape", async () => {
    const r = await get().cypher("MATCH (a:Person {id: 'alice'})-[r:CALLED]-(b:Person) RETURN a, r, b", {}, opts);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]!.a).toMatchObject({
      kind: "node",
      id: "alice",
      label: "Person",
      properties: { name: "Alice Example" },
    });
    expect(r.rows[0]!.r).toMatchObject({
      kind: "relationship",
      id: relations.called.id,
      type: "CALLED",
      source: "alice",
      target: "bob",
    });
  });

  test("cypher: the row limit cuts and says so", async () => {
    const r = await get().cypher("MATCH (p:Person) RETURN p.id AS id", {}, { ...opts, rowLimit: 2 });
    expect(r.rows).toHaveLength(2);
    expect(r.truncated).toBe(true);
  });

  test("cypher: a syntax error is reported, not swallowed", async () => {
    await expect(get().cypher("MATCH (n RETURN n", {}, opts)).rejects.toThrow(/./);
  });
}
