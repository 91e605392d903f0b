// GET /api/cypher/examples on each engine: every example the server lists runs on that engine
// through POST /api/cypher and returns rows; the shortest path runs between entities only.

import request from "supertest";
import { CypherExamplesResponse, CypherResponse, type CypherExample } from "../../graph-schema/index.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
let examples: CypherExample[];
beforeAll(async () => {
  h = await startHarness();
  const res = await request(h.app).get("/api/cypher/examples").expect(200);
  examples = CypherExamplesResponse.parse(res.body).items;
}, 120_000);
afterAll(() => h?.close());

const run = async (example: CypherExample): Promise<CypherResponse> => {
  const res = await request(h.app)
    .post("/api/cypher")
    .send({ query: example.query, params: example.params ?? {} });
  if (res.status !== 200) throw new Error(`"${example.title}" answered ${res.status}: ${JSON.stringify(res.body)}`);
  return CypherResponse.parse(res.body);
};

test("the server lists examples with distinct titles, a shortest path among them", () => {
  expect(examples.length).toBeGreaterThanOrEqual(5);
  expect(new Set(examples.map((e) => e.title)).size).toBe(examples.length);
  expect(examples.map((e) => e.title)).toContainEqual(expect.stringMatching(/^Shortest path/));
});

test("every example runs on this engine and returns rows", async () => {
  for (const example of examples) {
    const result = await run(example);
    expect({ title: example.title, rows: result.rows.length > 0 }).toEqual({ title: example.title, rows: true });
  }
});

test("the shortest-path example returns a path between the two people with no article on it", async () => {
  const example = examples.find((e) => e.title.startsWith("Shortest path"))!;
  const result = await run(example);
  const articles = new Set(h.dataset.articles.map((a) => a.id));
  const entities = new Set(h.dataset.entities.map((e) => e.id));
  const nodes = result.graph.nodes.map((n) => n.key);
  expect(nodes).toEqual(expect.arrayContaining(["donald-trump", "abbas-araghchi"]));
  expect(nodes.filter((id) => articles.has(id))).toEqual([]);
  expect(nodes.filter((id) => !entities.has(id))).toEqual([]);
  // As long as the Paths API's shortest path between the same two.
  const paths = (await request(h.app).get("/api/paths?from=donald-trump&to=abbas-araghchi").expect(200)).body as {
    length: number;
  };
  expect(result.graph.edges).toHaveLength(paths.length);
});

test("the OpenAPI document lists the endpoint", async () => {
  const doc = (await request(h.app).get("/api/openapi.json").expect(200)).body as { paths: Record<string, unknown> };
  expect(Object.keys(doc.paths)).toContain("/cypher/examples");
});
