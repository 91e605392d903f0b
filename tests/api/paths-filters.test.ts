// /api/paths under the subgraph's filters: every hop is a relation the filter lets through and
// every entity on a path (the ends too) is of a shown type; the time window is dateFrom/dateTo.

import request from "supertest";
import { PathsResponse, relationPasses, type RelationFilter } from "../../graph-schema/index.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const paths = async (query: Record<string, string>): Promise<PathsResponse> =>
  PathsResponse.parse((await request(h.app).get("/api/paths").query(query).expect(200)).body);

const TRUMP_ARAGHCHI = { from: "donald-trump", to: "abbas-araghchi" };

test("with States hidden, no path passes through a State (unfiltered, Trump → Araghchi goes through Iran)", async () => {
  const unfiltered = await paths(TRUMP_ARAGHCHI);
  expect(unfiltered.paths.map((p) => p.entities)).toContainEqual(["donald-trump", "iran", "abbas-araghchi"]);
  const typeOf = new Map(h.dataset.entities.map((e) => [e.id, e.type]));
  const shown = "Person,Organization,Place";
  const noStates = await paths({ ...TRUMP_ARAGHCHI, entityTypes: shown, maxLength: "6" });
  for (const p of noStates.paths) expect(p.entities.filter((id) => typeOf.get(id) === "State")).toEqual([]);
  expect(noStates.graph.nodes.filter((n) => n.attributes.entityType === "State")).toEqual([]);
  // An end of a hidden type: no path at all, even to itself.
  expect((await paths({ from: "iran", to: "iran", entityTypes: shown })).paths).toEqual([]);
  expect((await paths({ from: "iran", to: "iran" })).paths).toEqual([{ entities: ["iran"], relations: [] }]);
});

test("every hop passes the time window, the sources and the minimum confidence", async () => {
  const byId = new Map(h.dataset.relations.map((r) => [r.id, r]));
  const article = h.dataset.articles[0]!.id;
  const cases: [Record<string, string>, RelationFilter][] = [
    [
      { dateFrom: "2025-02", dateTo: "2025-03" },
      { from: "2025-02", to: "2025-03" },
    ],
    [{ sources: article }, { sources: [article] }],
    [{ minConfidence: "0.8" }, { minConfidence: 0.8 }],
  ];
  let hops = 0;
  for (const [query, filter] of cases) {
    for (const ends of [TRUMP_ARAGHCHI, { from: "donald-trump", to: "sergei-lavrov" }]) {
      const result = await paths({ ...ends, ...query, maxLength: "6" });
      const taken = result.paths.flatMap((p) => p.relations).map((id) => byId.get(id)!);
      expect(taken.filter((r) => !relationPasses(r, filter))).toEqual([]);
      hops += taken.length;
    }
  }
  expect(hops).toBeGreaterThan(0);
  // A window without any relation leaves no path.
  expect((await paths({ ...TRUMP_ARAGHCHI, dateFrom: "2030" })).paths).toEqual([]);
});

test("filter parameters are validated as the subgraph's are; the dates are dateFrom and dateTo", async () => {
  const bad = await request(h.app)
    .get("/api/paths")
    .query({ ...TRUMP_ARAGHCHI, dateFrom: "Feb 2025" })
    .expect(400);
  expect(bad.body.errors[0].parameter).toBe("dateFrom");
  const type = await request(h.app)
    .get("/api/paths")
    .query({ ...TRUMP_ARAGHCHI, entityTypes: "Planet" })
    .expect(400);
  expect(type.body.errors[0].parameter).toMatch(/^entityTypes/);
  await request(h.app)
    .get("/api/paths")
    .query({ ...TRUMP_ARAGHCHI, minConfidence: "2" })
    .expect(400);
});
