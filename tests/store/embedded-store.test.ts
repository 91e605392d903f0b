// Engine-specific behaviour of the embedded store (LadybugDB): both write paths (COPY into empty
// tables, id-keyed upserts), awkward text through COPY, write serialisation, timeouts, the
// var-length cap, refused writes, value shapes, user Cypher in sandbox processes (limits, crashes,
// file access, fresh data after writes, closing under a runaway), and the traversal cache.

import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article, DisputeRecord, EntityRecord, RelationRecord } from "../../graph-schema/index.js";
import { syntheticDataset } from "../../bench/synthetic.js";
import type { Dataset } from "../../server/dataset/dataset.js";
import { toRelation } from "../../server/dataset/to-relation.js";
import { openEmbeddedStore, type EmbeddedStore } from "../../server/store/embedded/embedded-store.js";
import {
  EngineUnavailableError,
  QueryLimitError,
  QuerySyntaxError,
  QueryTimeoutError,
  WriteRefusedError,
} from "../../server/store/errors.js";
import type { LoadPhase } from "../../server/store/graph-store.js";
import { describeGraphStoreConformance } from "./conformance.js";

const TEXT = 'Ann called Bo.\nShe said "yes, \\ no" — [x]; tab\there.\u0002\u0003 Done.';
const sentence = (s: string) => ({
  article: "art-1",
  sentence: s,
  start: TEXT.indexOf(s),
  end: TEXT.indexOf(s) + s.length,
});
const ev = sentence('She said "yes, \\ no" — [x]; tab\there.');

const person = (id: string, name: string, aliases: string[], description = ""): EntityRecord => ({
  type: "Person",
  id,
  name,
  aliases,
  description,
});
const entities: EntityRecord[] = [
  person("ann", 'Ann "Q" O\'Neil', ["A, N", "[Ann]", 'say "hi"', "multi\nline"]),
  person("bo", "Bo", ["odd\u001fsep"], "a person, with\ttabs"),
  { type: "State", id: "ruritania", name: "Ruritania", aliases: [], description: "a state", iso3: "RUR" },
  { type: "State", id: "elbonia", name: "Elbonia", aliases: ["Elb"], description: "another", iso3: "ELB" },
  {
    type: "Organization",
    id: "council",
    name: "Council",
    aliases: [],
    description: "",
    kind: "forum",
    country: "ruritania",
  },
  { type: "Place", id: "harbour", name: "Harbour", aliases: [], description: "", kind: "city", country: null },
];
const rel = (
  type: RelationRecord["type"],
  source: string,
  target: string,
  extra: Partial<RelationRecord> = {},
): RelationRecord => ({
  type,
  source,
  target,
  date: null,
  dateBasis: "unknown",
  dateNote: null,
  place: null,
  topic: null,
  role: null,
  confidence: 1,
  evidence: [ev],
  disputes: [],
  ...extra,
});
const records: RelationRecord[] = [
  rel("CALLED", "bo", "ann", { date: "2025-02-12", dateBasis: "stated", confidence: 0.9 }),
  rel("MET", "ann", "ruritania", { date: "2025-02", dateBasis: "inferred", place: "harbour" }),
  rel("SANCTIONS", "ruritania", "elbonia", { confidence: 0.55, disputes: ["d1"] }),
  rel("HOLDS_ROLE", "ann", "council", {
    date: "2024",
    role: "chair, acting",
    topic: "x\ny",
    confidence: 0.7,
    evidence: [ev, sentence("Ann called Bo.")],
  }),
  rel("LOCATED_IN", "harbour", "ruritania"),
];
const articles: Article[] = [1, 2].map((n) => ({
  id: `art-${n}`,
  file: `a${n}.txt`,
  derivedFrom: null,
  title: `Title, "${n}"`,
  outlet: n === 1 ? "Wire" : null,
  published: "2025-02-19",
  publishedRange: null,
  url: null,
  language: "en",
  note: "",
  text: n === 1 ? TEXT : "Second\r\ntext",
}));
const disputes: DisputeRecord[] = [
  {
    id: "d1",
    question: "Sanctions?",
    claims: [
      { position: "yes", evidence: [ev] },
      { position: "no", evidence: [ev] },
    ],
  },
];
const dataset = (): Dataset => ({
  articles,
  entities,
  disputes,
  relations: records.map(toRelation),
  mentions: [
    { article: "art-1", entity: "ann", count: 3 },
    { article: "art-2", entity: "harbour", count: 1 },
  ],
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "actorgraph-embedded-test-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const onDisk = (name: string, extra = {}) => openEmbeddedStore({ path: join(dir, name), ...extra });

describeGraphStoreConformance("embedded, per-hop Cypher (no graph cache)", {
  open: () => openEmbeddedStore({ path: ":memory:", graphCache: false }),
});
describeGraphStoreConformance("embedded, on disk, every group through COPY", {
  open: () => onDisk("conf.lbug", { copyThreshold: 1 }),
});

describe.each([
  ["COPY into empty tables", 1],
  ["batched CREATE", 1_000_000],
])("round trip through %s", (_name, copyThreshold) => {
  let store: EmbeddedStore;
  beforeAll(async () => {
    store = await onDisk(`round-${copyThreshold}.lbug`, { copyThreshold });
    await store.load(dataset());
  });
  afterAll(() => store.close());

  test("entities, relations, articles and disputes come back exactly", async () => {
    for (const e of entities) expect(await store.entity(e.id)).toEqual(e);
    for (const r of dataset().relations) expect(await store.relation(r.id)).toEqual(r);
    expect(await store.articles()).toEqual(articles);
    expect(await store.disputes()).toEqual(disputes);
    expect(await store.mentionsOf("ann")).toEqual([{ article: "art-1", entity: "ann", count: 3 }]);
  });

  test("a second load changes nothing; a changed record is updated in place", async () => {
    const before = await store.counts();
    await store.load(dataset());
    expect(await store.counts()).toEqual(before);
    const changed = dataset();
    changed.entities[2] = { ...entities[2]!, name: "Ruritania (renamed)" } as EntityRecord;
    changed.relations[0] = { ...changed.relations[0]!, confidence: 0.25, topic: "new topic" };
    changed.mentions[0] = { article: "art-1", entity: "ann", count: 7 };
    await store.load(changed);
    expect(await store.counts()).toEqual(before);
    expect((await store.entity("ruritania"))?.name).toBe("Ruritania (renamed)");
    expect(await store.relation(changed.relations[0]!.id)).toEqual(changed.relations[0]);
    expect((await store.mentionsOf("ann"))[0]?.count).toBe(7);
  });

  test("a mutual relation written the other way round replaces the stored one", async () => {
    const flipped = dataset();
    flipped.relations = [toRelation({ ...records[0]!, source: "ann", target: "bo" })];
    expect(flipped.relations[0]!.id).toBe(dataset().relations[0]!.id);
    const before = await store.counts();
    await store.load(flipped);
    expect(await store.counts()).toEqual(before);
    expect(await store.relation(flipped.relations[0]!.id)).toMatchObject({ source: "ann", target: "bo" });
  });
});

describe("loading", () => {
  test("reports every phase in order, each reaching its total", async () => {
    const store = await openEmbeddedStore({ path: ":memory:" });
    const seen: { phase: LoadPhase; done: number; total: number }[] = [];
    const report = await store.load(dataset(), { reset: true, onProgress: (p) => seen.push(p) });
    const phases = [...new Set(seen.map((p) => p.phase))];
    expect(phases).toEqual(["schema", "reset", "articles", "entities", "disputes", "relations", "mentions"]);
    for (const phase of phases)
      expect(seen.filter((p) => p.phase === phase).at(-1)).toMatchObject({ done: expect.any(Number) });
    expect(seen.filter((p) => p.phase === "relations").at(-1)).toEqual({ phase: "relations", done: 5, total: 5 });
    expect(report).toMatchObject({ entities: 6, relations: 5, articles: 2, disputes: 1, mentions: 2 });
    await store.close();
  });

  test("refuses a relation whose end is neither loaded nor stored, writing nothing", async () => {
    const store = await openEmbeddedStore({ path: ":memory:" });
    const bad = dataset();
    bad.relations = [toRelation({ ...records[0]!, target: "nobody" })];
    await expect(store.load(bad)).rejects.toThrow(/nobody/);
    expect((await store.counts()).totalEntities).toBe(0);
    await store.close();
  });

  test("concurrent loads are serialised, and reads run meanwhile", async () => {
    const store = await openEmbeddedStore({ path: ":memory:" });
    const big = syntheticDataset({ entities: 300, relations: 3_000, seed: 3 });
    const loads = [store.load(big), store.load(dataset()), store.load(big)];
    const reads = [store.counts(), store.entities(), store.subgraph({ seeds: ["ann"], depth: 1, limit: 10 })];
    await expect(Promise.all([...loads, ...reads])).resolves.toHaveLength(6);
    expect((await store.counts()).totalRelations).toBe(big.relations.length + 5);
    await store.close();
  });

  test("counts are kept between writes and read again after each", async () => {
    const store = await openEmbeddedStore({ path: ":memory:" });
    await store.load(dataset());
    const first = await store.counts();
    expect(await store.counts()).toBe(first);
    const more = syntheticDataset({ entities: 30, relations: 60, seed: 4 });
    await store.load(more);
    const after = await store.counts();
    expect(after).not.toBe(first);
    expect(after.totalRelations).toBe(first.totalRelations + more.relations.length);
    await store.close();
  });

  test("reset empties the database first; the file reopens with its data", async () => {
    let store = await onDisk("reset.lbug");
    await store.load(syntheticDataset({ entities: 50, relations: 200, seed: 9 }));
    await store.load(dataset(), { reset: true });
    await store.close();
    store = await onDisk("reset.lbug");
    expect((await store.counts()).totalRelations).toBe(5);
    await expect(onDisk("reset.lbug")).rejects.toBeInstanceOf(EngineUnavailableError);
    await store.close();
  });
});

describe("user Cypher", () => {
  let store: EmbeddedStore;
  const opts = { timeoutMs: 5_000, rowLimit: 100 };
  beforeAll(async () => {
    store = await openEmbeddedStore({ path: ":memory:" });
    await store.load(dataset());
  });
  afterAll(() => store.close());

  test("a write is refused and nothing is written", async () => {
    await expect(store.cypher("CREATE (:Person {id: 'zed', name: 'Zed'})", {}, opts)).rejects.toBeInstanceOf(
      WriteRefusedError,
    );
    await expect(store.cypher("MATCH (n:Person {id: 'ann'}) DETACH DELETE n", {}, opts)).rejects.toBeInstanceOf(
      WriteRefusedError,
    );
    expect((await store.counts()).entities.Person).toBe(2);
  });

  test("a syntax error carries the engine's message and position", async () => {
    const error = await store.cypher("MATCH (n\nRETURN n", {}, opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect((error as QuerySyntaxError).message).toMatch(/^Parser exception/);
    expect((error as QuerySyntaxError).position).toMatchObject({ line: 2 });
  });

  test("a query past its time limit is stopped, and the connection still works", async () => {
    const slow = "UNWIND range(1, 20000) AS x UNWIND range(1, 20000) AS y RETURN sum(x * y) AS s";
    await expect(store.cypher(slow, {}, { ...opts, timeoutMs: 50 })).rejects.toBeInstanceOf(QueryTimeoutError);
    expect((await store.cypher("RETURN 1 AS one", {}, opts)).rows).toEqual([{ one: 1 }]);
  });

  test("variable-length patterns are capped", async () => {
    await expect(store.cypher("MATCH p = (a)-[*1..9]-(b) RETURN count(*) AS n", {}, opts)).rejects.toThrow(
      /exceeds maximum/,
    );
    expect(
      (await store.cypher("MATCH p = (a:Person {id: 'bo'})-[*1..2]-(b) RETURN count(*) AS n", {}, opts)).rows[0]!.n,
    ).toBeGreaterThan(0);
  });

  test("values: relationship ends by our ids, paths, dates, structs, big integers", async () => {
    const r = await store.cypher(
      "MATCH p = (a:Person {id: 'bo'})-[c:CALLED]->(b) RETURN c, p, date('2025-02-18') AS d, {k: [1, 2]} AS m, CAST(9007199254740993 AS INT128) AS big",
      {},
      opts,
    );
    const row = r.rows[0]!;
    expect(row.c).toMatchObject({ kind: "relationship", type: "CALLED", source: "bo", target: "ann" });
    expect(row.p).toMatchObject({
      kind: "path",
      nodes: [{ id: "bo" }, { id: "ann" }],
      relationships: [{ source: "bo", target: "ann" }],
    });
    expect(row.d).toBe("2025-02-18T00:00:00.000Z");
    expect(row.m).toEqual({ k: [1, 2] });
    expect(row.big).toBe("9007199254740993");
    expect((row.p as { nodes: { properties: object }[] }).nodes[0]!.properties).not.toHaveProperty("_label");
    const alone = await store.cypher("MATCH ()-[m:MET]->() RETURN m", {}, opts);
    expect(alone.rows[0]!.m).toMatchObject({ kind: "relationship", source: "ann", target: "ruritania" });
  });
});

/** Ids of this process's children that run the Cypher sandbox worker. */
async function sandboxPids(): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    const command = await readFile(`/proc/${entry}/cmdline`, "utf8").catch(() => "");
    if (parent === process.pid && command.includes("cypher-sandbox")) pids.push(Number(entry));
  }
  return pids;
}

/** User + system CPU time of a process in ms (Linux counts it in ticks of 10 ms); 0 once it is gone. */
async function cpuMsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
}

/**
 * The sandbox process that has spent `ms` of CPU since the call: a statement is running on it (a
 * process starting up spends well under that), not waiting for a process to start.
 */
async function busySandboxPid(ms: number, timeoutMs: number): Promise<number> {
  const start = new Map<number, number>();
  for (const pid of await sandboxPids()) start.set(pid, await cpuMsOf(pid));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const pid of await sandboxPids()) if ((await cpuMsOf(pid)) - (start.get(pid) ?? 0) >= ms) return pid;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no sandbox process spent ${ms} ms of CPU within ${timeoutMs} ms`);
}

let nested = "1";
for (let i = 0; i < 50; i++) nested = `CASE WHEN true THEN ${nested} ELSE 0 END`;
/** Planning this takes minutes (issue 10): nothing inside the engine stops it. */
const RUNAWAY = `RETURN ${nested} AS v`;

/** The serve command's shutdown bound: closing must fit well inside it. */
const CLOSE_BOUND_MS = 5_000;

describe("user Cypher in sandbox processes", () => {
  // Each test may start query processes (~1 s each from TypeScript sources on 2 busy cores).
  jest.setTimeout(90_000);
  let store: EmbeddedStore;
  const opts = { timeoutMs: 1_000, rowLimit: 100 };
  const ordinary = async () => (await store.cypher("MATCH (p:Person) RETURN count(p) AS n", {}, opts)).rows[0]!.n;
  beforeAll(async () => {
    store = await openEmbeddedStore({ path: ":memory:" });
    await store.load(dataset());
  });
  afterAll(() => store.close());

  test("a statement the engine cannot stop is killed at its time limit; the next one runs", async () => {
    const error = await store.cypher(RUNAWAY, {}, opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as Error).message).toMatch(/longer than 1000 ms; the process running it was killed/);
    expect(await ordinary()).toBe(2);
  });

  test("a statement that outgrows its memory is killed at the memory limit; the next one runs", async () => {
    const error = await store
      .cypher("UNWIND range(1, 10000*1000) AS x RETURN count(x) AS n", {}, { ...opts, timeoutMs: 30_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryLimitError);
    expect(error).toMatchObject({ limit: "memory" });
    expect(await ordinary()).toBe(2);
  });

  test("a crash of the engine costs only the statement that ran", async () => {
    expect(await ordinary()).toBe(2); // a ready process, so the runaway starts at once
    const running = store.cypher(RUNAWAY, {}, { ...opts, timeoutMs: 30_000 }).catch((e: unknown) => e);
    // Crashed once it runs (crashing a process still starting cuts the statement off instead), and
    // only the process running it: the idle one stays for the next statement.
    process.kill(await busySandboxPid(2_000, 20_000), "SIGSEGV");
    const error = await running;
    expect(error).toBeInstanceOf(QueryLimitError);
    expect((error as QueryLimitError).message).toMatch(/SIGSEGV/);
    expect(await ordinary()).toBe(2);
  });

  test("as root, a file clause cannot read a file only its owner may read: the processes run as nobody", async () => {
    const folder = await mkdtemp(join(tmpdir(), "actorgraph-canary-"));
    await chmod(folder, 0o755);
    const canary = join(folder, "canary.txt");
    await writeFile(canary, "canary-7f3a9\n", { mode: 0o600 });
    try {
      const load = `LOAD FROM '${canary}' (file_format='csv', header=false) RETURN *`;
      const answer = await store.cypher(load, {}, opts).then(
        (r) => JSON.stringify(r.rows),
        (e: unknown) => String((e as Error).message),
      );
      // Not as root (a developer's machine) the processes run as the same user: then only the guard stands.
      expect(answer.includes("canary-7f3a9")).toBe(process.getuid?.() !== 0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  test("statements see every write committed before them", async () => {
    expect(await ordinary()).toBe(2);
    await store.load({ ...dataset(), entities: [...entities, person("cy", "Cy", [])] });
    expect(await ordinary()).toBe(3);
  });

  test("CHECKPOINT from a statement leaves the database whole", async () => {
    await store.cypher("CHECKPOINT", {}, opts).catch(() => undefined);
    await store.load(dataset());
    expect(await ordinary()).toBe(3);
  });

  test("closing under a runaway finishes at once and answers it", async () => {
    const before = new Set(await sandboxPids());
    const other = await openEmbeddedStore({ path: ":memory:" });
    await other.load(dataset());
    await other.cypher("RETURN 1 AS one", {}, opts);
    const running = other.cypher(RUNAWAY, {}, { ...opts, timeoutMs: 60_000 }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const its = (await sandboxPids()).filter((pid) => !before.has(pid));
    expect(its.length).toBeGreaterThan(0);
    const started = performance.now();
    await other.close();
    expect(performance.now() - started).toBeLessThan(CLOSE_BOUND_MS);
    expect(await running).toBeInstanceOf(EngineUnavailableError);
    const remaining = await sandboxPids();
    expect(its.filter((pid) => remaining.includes(pid))).toEqual([]);
  });
});

/**
 * Two in-memory stores loaded with the same data, one reading through the traversal cache and one
 * without it (opened before the block's tests, closed after them): the cache must answer as Cypher does.
 */
function cachedAndPlain(data: () => Dataset): { cached: EmbeddedStore; plain: EmbeddedStore } {
  const stores = {} as { cached: EmbeddedStore; plain: EmbeddedStore };
  beforeAll(async () => {
    [stores.cached, stores.plain] = await Promise.all([
      openEmbeddedStore({ path: ":memory:" }),
      openEmbeddedStore({ path: ":memory:", graphCache: false }),
    ]);
    const loaded = data();
    await Promise.all([stores.cached.load(loaded), stores.plain.load(loaded)]);
  });
  afterAll(async () => {
    await Promise.all([stores.cached.close(), stores.plain.close()]);
  });
  return stores;
}

describe("traversal cache", () => {
  const big = syntheticDataset({ entities: 400, relations: 4_000, seed: 11 });
  const stores = cachedAndPlain(() => big);

  test("subgraphs, paths and listings equal those of per-hop Cypher", async () => {
    const seeds = [big.relations[0]!.source, big.relations[7]!.target, "person-1"];
    const queries = [
      { seeds, depth: 1, limit: 50 },
      { seeds: seeds.slice(0, 1), depth: 2, limit: 40, minConfidence: 0.7 },
      {
        seeds: seeds.slice(1),
        depth: 2,
        limit: 500,
        entityTypes: ["Person" as const, "State" as const],
        from: "2025-01",
      },
      { seeds, depth: 3, limit: 60, relationTypes: ["STATED" as const, "MET" as const], sources: ["art-3", "art-10"] },
    ];
    for (const q of queries) expect(await stores.cached.subgraph(q)).toEqual(await stores.plain.subgraph(q));
    let countedRelations = 0;
    for (const q of queries) {
      const counted = { ...q, evidence: "count" as const };
      const [fromCache, fromCypher] = [await stores.cached.subgraph(counted), await stores.plain.subgraph(counted)];
      expect(fromCache).toEqual(fromCypher);
      const full = await stores.plain.subgraph(q);
      expect(fromCache.relations.map((r) => [r.id, r.evidenceCount])).toEqual(
        full.relations.map((r) => [r.id, r.evidence.length]),
      );
      countedRelations += fromCache.relations.length;
    }
    expect(countedRelations).toBeGreaterThan(0);
    const path = { from: seeds[0]!, to: seeds[1]!, maxLength: 4, limit: 5 };
    expect(await stores.cached.paths(path)).toEqual(await stores.plain.paths(path));
    const list = { limit: 7, offset: 3, from: "2024-06", to: "2025-03" };
    expect(await stores.cached.relations(list)).toEqual(await stores.plain.relations(list));
    expect(await stores.cached.relationsOf(seeds[0]!)).toEqual(await stores.plain.relationsOf(seeds[0]!));
  });

  test("is dropped at every load", async () => {
    const before = (await stores.cached.relationsOf("ann")).length;
    await stores.cached.load(dataset());
    expect(before).toBe(0);
    expect((await stores.cached.relationsOf("ann")).length).toBe(3);
    expect(
      (await stores.cached.subgraph({ seeds: ["ann"], depth: 1, limit: 10 })).entities.map((e) => e.id).sort(),
    ).toEqual(["ann", "bo", "council", "ruritania"]);
  });
});

describe("entity records in the traversal cache", () => {
  const stores = cachedAndPlain(dataset);

  test("every label's records, awkward text included, equal the database's, alone and in a subgraph", async () => {
    for (const e of entities) {
      expect(await stores.cached.entity(e.id)).toEqual(e);
      expect(await stores.cached.entity(e.id)).toEqual(await stores.plain.entity(e.id));
    }
    expect(await stores.cached.entity("nobody")).toBeNull();
    const query = { seeds: ["ann", "harbour"], depth: 2, limit: 10 };
    const subgraph = await stores.cached.subgraph(query);
    expect(subgraph.entities).toHaveLength(entities.length);
    expect(subgraph).toEqual(await stores.plain.subgraph(query));
  });

  test("answers share one frozen record: a reader cannot change it, so no later answer changes", async () => {
    const first = (await stores.cached.entity("ann"))!;
    // (The engine's realm throws the TypeError: matched by message, not by this realm's class.)
    expect(() => first.aliases.push("changed")).toThrow(/not extensible/);
    expect(() => {
      first.name = "changed";
    }).toThrow(/read only/);
    expect(await stores.cached.entity("ann")).toEqual(entities[0]);
  });

  test("a record changed by a later load is served changed", async () => {
    const renamed = entities.map((e) => (e.id === "bo" ? { ...e, description: "renamed", aliases: ["B"] } : e));
    await stores.cached.load({ ...dataset(), entities: renamed });
    expect(await stores.cached.entity("bo")).toEqual({ ...entities[1], description: "renamed", aliases: ["B"] });
    const subgraph = await stores.cached.subgraph({ seeds: ["ann"], depth: 1, limit: 10 });
    expect(subgraph.entities.find((e) => e.id === "bo")?.description).toBe("renamed");
  });
});

describe("records and searches of the traversal cache", () => {
  const big = syntheticDataset({ entities: 300, relations: 3_000, seed: 5 });
  const stores = cachedAndPlain(() => big);

  test("entities() hands out the records subgraphs answer with (one copy of each), equal to the database's", async () => {
    const [shared, plain] = [await stores.cached.entities(), await stores.plain.entities()];
    expect(shared).toEqual(plain);
    const seed = big.relations[0]!.source;
    const subgraph = await stores.cached.subgraph({ seeds: [seed], depth: 1, limit: 20 });
    const byId = new Map(shared.map((e) => [e.id, e]));
    expect(subgraph.entities.length).toBeGreaterThan(1);
    for (const e of subgraph.entities) expect(e).toBe(byId.get(e.id));
    // The caller's array is its own: sorting or emptying it changes nothing the store holds.
    shared.length = 0;
    expect(await stores.cached.entities()).toEqual(plain);
  });

  test("many searches in a row (marks reused) answer as per-hop Cypher, found relations by id too", async () => {
    const seeds = big.entities.filter((_, i) => i % 29 === 0).map((e) => e.id);
    for (const [i, seed] of seeds.entries()) {
      const q = {
        seeds: [seed],
        depth: 1 + (i % 3),
        limit: 5 + 17 * i,
        entityTypes: i % 2 ? ["Person" as const] : undefined,
      };
      expect(await stores.cached.subgraph(q)).toEqual(await stores.plain.subgraph(q));
    }
    for (const r of big.relations.filter((_, i) => i % 97 === 0))
      expect(await stores.cached.relation(r.id)).toEqual(await stores.plain.relation(r.id));
    expect(await stores.cached.relation("no-such-relation")).toBeNull();
  });

  test("a load replaces the shared records", async () => {
    const renamed = big.entities.map((e, i) => (i === 0 ? { ...e, description: "renamed" } : e));
    const before = await stores.cached.entities();
    await stores.cached.load({ ...big, entities: renamed });
    const after = await stores.cached.entities();
    expect(after.find((e) => e.id === renamed[0]!.id)?.description).toBe("renamed");
    expect(before.find((e) => e.id === renamed[0]!.id)?.description).not.toBe("renamed");
  });
});
