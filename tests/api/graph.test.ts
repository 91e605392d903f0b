// /api/subgraph and /api/paths: graphology-ready neighbourhoods with filters and limits,
// and shortest paths, on the curated corpus.

import { MultiGraph } from "graphology";
import request from "supertest";
import { LeanSerializedSubgraph, SUBGRAPH_EVIDENCE_MAX_LIMIT, SerializedSubgraph } from "../../graph-schema/index.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const subgraph = async (query: Record<string, string | number>): Promise<SerializedSubgraph> =>
  SerializedSubgraph.parse((await request(h.app).get("/api/subgraph").query(query).expect(200)).body);
const leanSubgraph = async (query: Record<string, string | number>): Promise<LeanSerializedSubgraph> =>
  LeanSerializedSubgraph.parse((await request(h.app).get("/api/subgraph").query(query).expect(200)).body);

test("a neighbourhood imports straight into graphology", async () => {
  const body = await subgraph({ seeds: "vladimir-putin", depth: 1 });
  const graph = new MultiGraph({ type: "mixed" });
  graph.import(body as never);
  expect(graph.hasNode("vladimir-putin")).toBe(true);
  expect(graph.hasNode("donald-trump")).toBe(true);
  expect(graph.order).toBe(body.nodes.length);
  expect(graph.size).toBe(body.edges.length);
  const call = body.edges.find((e) => e.attributes.relationType === "CALLED")!;
  expect(call.undirected).toBe(true);
  expect(call.attributes.evidence[0]!.sentence).toMatch(/phone call/);
  expect(body.attributes).toMatchObject({ seeds: ["vladimir-putin"], truncated: false });
});

test("without seeds, the whole graph", async () => {
  const body = await subgraph({});
  expect(body.nodes).toHaveLength(h.dataset.entities.length);
  expect(body.edges).toHaveLength(h.dataset.relations.length);
});

test("filters narrow the neighbourhood", async () => {
  const all = await subgraph({ seeds: "russia", depth: 1 });
  const sanctions = await subgraph({ seeds: "russia", depth: 1, relationTypes: "SANCTIONS,INVADED" });
  expect(sanctions.edges.length).toBeGreaterThan(0);
  expect(sanctions.edges.length).toBeLessThan(all.edges.length);
  expect(new Set(sanctions.edges.map((e) => e.attributes.relationType))).toEqual(new Set(["SANCTIONS", "INVADED"]));
  const people = await subgraph({ seeds: "russia", depth: 1, entityTypes: "Person" });
  expect(people.nodes.filter((n) => n.key !== "russia").every((n) => n.attributes.entityType === "Person")).toBe(true);
  const feb18 = await subgraph({ seeds: "russia", depth: 1, from: "2025-02-18", to: "2025-02-18" });
  expect(feb18.edges.every((e) => e.attributes.date?.startsWith("2025"))).toBe(true);
  const confident = await subgraph({ seeds: "russia", depth: 1, minConfidence: 0.9 });
  expect(confident.edges.every((e) => e.attributes.confidence >= 0.9)).toBe(true);
  const article = h.dataset.articles[2]!.id;
  const fromOne = await subgraph({ seeds: "russia", depth: 1, sources: article });
  expect(fromOne.edges.every((e) => e.attributes.sources.includes(article))).toBe(true);
});

test("above the evidence limit relations carry an evidence count; include=evidence brings the sentences", async () => {
  const full = await subgraph({ seeds: "russia", depth: 2 });
  const large = SUBGRAPH_EVIDENCE_MAX_LIMIT + 1;
  const lean = await leanSubgraph({ seeds: "russia", depth: 2, limit: large });
  expect(lean.edges.map((e) => e.key).sort()).toEqual(full.edges.map((e) => e.key).sort());
  const fullEdges = new Map(full.edges.map((e) => [e.key, e]));
  for (const edge of lean.edges) {
    expect(edge.attributes).not.toHaveProperty("evidence");
    // Everything else as the full answer has it, the evidence replaced by its count.
    const { evidence, ...stored } = fullEdges.get(edge.key)!.attributes;
    expect(edge).toEqual({ ...fullEdges.get(edge.key), attributes: { ...stored, evidenceCount: evidence.length } });
  }
  const asked = await subgraph({ seeds: "russia", depth: 2, limit: large, include: "evidence" });
  expect(asked).toEqual(full);
  const small = await leanSubgraph({ seeds: "russia", depth: 1, include: "evidenceCount" });
  expect(small.edges.length).toBeGreaterThan(0);
  const bad = await request(h.app).get("/api/subgraph").query({ seeds: "russia", include: "sentences" }).expect(400);
  expect(bad.body.errors[0].parameter).toBe("include");
});

test("exports keep every relation's evidence at any limit and take no include", async () => {
  const res = await request(h.app).get("/api/export").query({ format: "json", limit: 100_000 }).expect(200);
  const body = SerializedSubgraph.parse(JSON.parse(res.text));
  expect(body.edges.every((e) => e.attributes.evidence.length > 0)).toBe(true);
  await request(h.app).get("/api/export").query({ format: "json", include: "evidenceCount" }).expect(400);
});

test("a limit says it cut the result and by how much", async () => {
  const body = await subgraph({ seeds: "russia", depth: 2, limit: 5 });
  expect(body.nodes).toHaveLength(5);
  expect(body.attributes.truncated).toBe(true);
  expect(body.attributes.omittedEntities).toBeGreaterThan(0);
});

test("bad subgraph input is a 400 naming the parameter; an unknown seed a 404", async () => {
  const depth = await request(h.app).get("/api/subgraph").query({ seeds: "russia", depth: 9 }).expect(400);
  expect(depth.body.errors[0].parameter).toBe("depth");
  const type = await request(h.app)
    .get("/api/subgraph")
    .query({ seeds: "russia", relationTypes: "HUGGED" })
    .expect(400);
  expect(type.body.errors[0].parameter).toMatch(/^relationTypes/);
  const date = await request(h.app).get("/api/subgraph").query({ seeds: "russia", from: "Feb 2025" }).expect(400);
  expect(date.body.errors[0].parameter).toBe("from");
  const seed = await request(h.app).get("/api/subgraph").query({ seeds: "russia,atlantis" }).expect(404);
  expect(seed.body.detail).toContain("atlantis");
});

test("shortest paths between two entities, with the relation at each hop", async () => {
  const res = await request(h.app).get("/api/paths").query({ from: "donald-trump", to: "abbas-araghchi" }).expect(200);
  expect(res.body.length).toBeGreaterThanOrEqual(2);
  for (const path of res.body.paths) {
    expect(path.entities[0]).toBe("donald-trump");
    expect(path.entities.at(-1)).toBe("abbas-araghchi");
    expect(path.relations).toHaveLength(res.body.length);
  }
  const graph = new MultiGraph({ type: "mixed" });
  graph.import(res.body.graph);
  expect(graph.hasNode("abbas-araghchi")).toBe(true);
  await request(h.app).get("/api/paths").query({ from: "donald-trump", to: "nobody" }).expect(404);
  await request(h.app).get("/api/paths").query({ from: "donald-trump" }).expect(400);
});
