// GET /api/export: the filtered subgraph as files other graph tools open.

import { parse as parseCsv } from "csv-parse/sync";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import request from "supertest";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const get = (query: Record<string, string>) =>
  request(h.app)
    .get("/api/export")
    .query({ seeds: "russia", depth: "1", ...query });

test("json is the subgraph itself", async () => {
  const [file, sub] = await Promise.all([
    get({ format: "json" }).expect(200),
    request(h.app).get("/api/subgraph").query({ seeds: "russia", depth: 1 }),
  ]);
  expect(file.headers["content-disposition"]).toMatch(/attachment/);
  expect(JSON.parse(file.text)).toEqual(sub.body);
});

test("gexf opens as the same graph", async () => {
  const res = await get({ format: "gexf" }).expect(200);
  expect(res.headers["content-type"]).toMatch(/xml/);
  const sub = (await request(h.app).get("/api/subgraph").query({ seeds: "russia", depth: 1 })).body;
  const graph = parseGexf(MultiGraph, res.text);
  expect(graph.order).toBe(sub.nodes.length);
  expect(graph.size).toBe(sub.edges.length);
  expect(graph.getNodeAttribute("russia", "label")).toBe("Russia");
});

test("graphml opens as the same graph", async () => {
  const res = await get({ format: "graphml" }).expect(200);
  const sub = (await request(h.app).get("/api/subgraph").query({ seeds: "russia", depth: 1 })).body;
  const graph = parseGraphml(MultiGraph, res.text);
  expect(graph.order).toBe(sub.nodes.length);
  expect(graph.size).toBe(sub.edges.length);
});

test("csv: the edge table by default, the node table on request", async () => {
  const edges = parseCsv(
    await get({ format: "csv" })
      .expect(200)
      .then((r) => r.text),
    { columns: true },
  ) as Record<string, string>[];
  expect(edges[0]).toHaveProperty("source");
  expect(edges.some((e) => e.type === "INVADED" && e.target === "ukraine")).toBe(true);
  const nodes = parseCsv(
    await get({ format: "csv", part: "nodes" })
      .expect(200)
      .then((r) => r.text),
    { columns: true },
  ) as Record<string, string>[];
  expect(nodes.map((n) => n.id)).toContain("russia");
});

test("an unknown format is a 400", async () => {
  const res = await get({ format: "xlsx" }).expect(400);
  expect(res.body.errors[0].parameter).toBe("format");
});
