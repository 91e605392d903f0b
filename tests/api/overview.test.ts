// /api/overview, /api/timeline, /api/relations?entity&other and /api/relations/:id/evidence on the
// curated corpus plus imported GDELT and ICEWS fixture rows, on the engine of this jest project.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import request from "supertest";
import {
  EvidencePage,
  OverviewResponse,
  TimelineResponse,
  pairBalance,
  type Relation,
} from "../../graph-schema/index.js";
import { importEventFiles } from "../../server/import/event-import.js";
import { loadImportedGraph } from "../../server/import/imported-graph.js";
import { PROJECT_ROOT } from "../../server/paths.js";
import { startHarness, type Harness } from "./harness.js";

const fixture = (name: string): string => join(PROJECT_ROOT, "tests", "import", "fixtures", name);

let h: Harness;
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "actorgraph-overview-"));
  const folders = {
    dataDir: join(PROJECT_ROOT, "data"),
    ingestDir: join(scratch, "ingested"),
    importDir: join(scratch, "imported"),
  };
  const now = () => new Date("2026-01-01T00:00:00Z");
  await importEventFiles([fixture("gdelt1-georgia-header.csv.gz")], { dataset: "gdelt", ...folders, now });
  await importEventFiles([fixture("icews-events.tab")], { dataset: "icews", ...folders, now });
  h = await startHarness({}, undefined, await loadImportedGraph(folders.dataDir, folders.ingestDir, folders.importDir));
}, 120_000);

afterAll(async () => {
  await h?.close();
  await rm(scratch, { recursive: true, force: true });
});

const getOverview = async (query: string): Promise<OverviewResponse> => {
  const res = await request(h.app).get(`/api/overview${query}`).expect(200);
  return OverviewResponse.parse(res.body);
};

const relationsBetween = async (a: string, b: string): Promise<{ total: number; items: Relation[] }> =>
  (await request(h.app).get(`/api/relations?entity=${a}&other=${b}&limit=1000`).expect(200)).body;

describe("GET /api/overview", () => {
  it("ranks actors by relations and draws one weighted edge per pair, expandable into the relations behind it", async () => {
    const overview = await getOverview("?limit=40");
    const counts = await h.store.counts();
    expect(overview.attributes.totalRelations).toBe(counts.totalRelations);
    const ranked = overview.nodes.map((n) => n.attributes);
    expect(ranked.map((a) => a.rank)).toEqual(ranked.map((_, i) => i + 1));
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1]!.relations).toBeGreaterThanOrEqual(ranked[i]!.relations);
    expect(overview.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(["russia", "georgia"]));

    const keys = new Set<string>();
    for (const edge of overview.edges) {
      expect(keys.has(edge.key)).toBe(false);
      keys.add(edge.key);
      const tallies = Object.values(edge.attributes.byType);
      expect(tallies.reduce((n, t) => n + t.relations, 0)).toBe(edge.attributes.relations);
      expect(tallies.reduce((n, t) => n + t.events, 0)).toBe(edge.attributes.events);
      expect(edge.attributes).toMatchObject(pairBalance(edge.attributes.byType));
    }
    // The heaviest pair opens into exactly the relations it counts, each with its reports.
    const heaviest = [...overview.edges].sort((x, y) => y.attributes.relations - x.attributes.relations)[0]!;
    const behind = await relationsBetween(heaviest.source, heaviest.target);
    expect(behind.total).toBe(heaviest.attributes.relations);
    expect(behind.items.reduce((n, r) => n + r.evidence.length, 0)).toBe(heaviest.attributes.events);
    for (const r of behind.items)
      expect([r.source, r.target].sort()).toEqual([heaviest.source, heaviest.target].sort());
  });

  it("keeps the most connected actors under a limit, and only the pairs between them", async () => {
    const whole = await getOverview("?limit=2000");
    const top = await getOverview("?limit=3");
    expect(top.nodes.map((n) => n.key)).toEqual(whole.nodes.slice(0, 3).map((n) => n.key));
    expect(top.attributes.omittedEntities).toBe(top.attributes.totalEntities - 3);
    const shown = new Set(top.nodes.map((n) => n.key));
    for (const e of top.edges) expect(shown.has(e.source) && shown.has(e.target)).toBe(true);
    expect(top.attributes.shownRelations).toBe(top.edges.reduce((n, e) => n + e.attributes.relations, 0));
  });

  it("applies the relation filters: types and a date range", async () => {
    const coerced = await getOverview("?relationTypes=COERCED");
    expect(coerced.edges.length).toBeGreaterThan(0);
    for (const e of coerced.edges) expect(Object.keys(e.attributes.byType)).toEqual(["COERCED"]);

    const day = await getOverview("?from=2011-07-07&to=2011-07-07");
    expect(day.edges.length).toBeGreaterThan(0);
    for (const e of day.edges) {
      expect(e.attributes.firstDate! <= "2011-07-07" && e.attributes.lastDate! >= "2011-07").toBe(true);
    }
    const inRange = await request(h.app).get("/api/relations?from=2011-07-07&to=2011-07-07&limit=1000").expect(200);
    expect(day.attributes.totalRelations).toBe(inRange.body.total);
  });

  it("refuses bad parameters with a problem naming them", async () => {
    const res = await request(h.app).get("/api/overview?limit=0&colour=red").expect(400);
    expect(res.body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(["colour", "limit"]);
  });
});

describe("GET /api/timeline", () => {
  it("counts every relation once: in a period, among the coarser dates, or undated", async () => {
    const timeline = TimelineResponse.parse((await request(h.app).get("/api/timeline").expect(200)).body);
    const counted = [...timeline.bins, ...timeline.coarser].reduce(
      (n, b) => n + b.relations,
      timeline.undated.relations,
    );
    expect(counted).toBe((await h.store.counts()).totalRelations);
  });

  it("bins by day on request, every day from the first to the last, with the reports of each", async () => {
    const timeline = TimelineResponse.parse(
      (await request(h.app).get("/api/timeline?precision=day&relationTypes=COERCED").expect(200)).body,
    );
    expect(timeline.precision).toBe("day");
    const days = timeline.bins.map((b) => b.period);
    for (let i = 1; i < days.length; i++) expect(Date.parse(days[i]!) - Date.parse(days[i - 1]!)).toBe(86_400_000);
    // Three arrests by Russia in Georgia on 2011-07-07 in the fixture, aggregated into one relation.
    expect(timeline.bins.find((b) => b.period === "2011-07-07")?.events).toBeGreaterThanOrEqual(3);
  });
});

describe("GET /api/relations/:id/evidence", () => {
  it("pages an aggregated relation's event rows", async () => {
    const listed = await request(h.app)
      .get("/api/relations?entity=russia&type=COERCED&from=2011-07-07&to=2011-07-07")
      .expect(200);
    const relation = (listed.body.items as Relation[]).find((r) => r.evidence.length >= 3)!;
    expect(relation).toBeDefined();
    const first = EvidencePage.parse(
      (await request(h.app).get(`/api/relations/${relation.id}/evidence?limit=2`).expect(200)).body,
    );
    const rest = EvidencePage.parse(
      (await request(h.app).get(`/api/relations/${relation.id}/evidence?limit=2&offset=2`).expect(200)).body,
    );
    expect(first.total).toBe(relation.evidence.length);
    expect([...first.items, ...rest.items]).toEqual(relation.evidence);
    expect(first.items[0]!.event).toMatchObject({ dataset: "gdelt", cameo: expect.stringMatching(/^17/) });
  });

  it("answers 404 for an unknown relation and 400 for a bad page", async () => {
    await request(h.app).get("/api/relations/no-such-relation/evidence").expect(404);
    await request(h.app).get("/api/relations/x/evidence?limit=0").expect(400);
  });
});

describe("GET /api/relations with other", () => {
  it("needs entity", async () => {
    const res = await request(h.app).get("/api/relations?other=russia").expect(400);
    expect(res.body.errors[0].parameter).toBe("other");
  });
});
