// The README's table of Cypher differences, each row run on both engines: the Neo4j form works on
// Neo4j and is refused by the embedded engine, the embedded form the other way round, and both
// give the same answer. This is the only place the engines may answer differently.

import type { CypherResult } from "../../graph-schema/index.js";
import { loadCuratedDataset } from "../../server/dataset/curated.js";
import type { GraphStore } from "../../server/store/graph-store.js";
import { openTestStore } from "../support/test-engine.js";

let embedded: GraphStore;
let neo4j: GraphStore;

beforeAll(async () => {
  const dataset = await loadCuratedDataset();
  [embedded, neo4j] = await Promise.all([openTestStore("embedded"), openTestStore("neo4j")]);
  await Promise.all([embedded.load(dataset, { reset: true }), neo4j.load(dataset, { reset: true })]);
}, 120_000);
afterAll(async () => {
  await Promise.all([embedded?.close(), neo4j?.close()]);
});

const run = (store: GraphStore, query: string): Promise<CypherResult> =>
  store.cypher(query, {}, { timeoutMs: 5_000, rowLimit: 100 });

interface DialectRow {
  difference: string;
  neo4j: string;
  embedded: string;
  /** The embedded form is plain Cypher that Neo4j runs too (the portable way to write it). */
  portable?: boolean;
}

const TRUMP = "(n:Person {id: 'donald-trump'})";
const ROWS: DialectRow[] = [
  {
    difference: "labels(n) is a list; label(n) a string",
    neo4j: `MATCH ${TRUMP} RETURN labels(n)[0] AS answer`,
    embedded: `MATCH ${TRUMP} RETURN label(n) AS answer`,
  },
  {
    difference: "label predicates in WHERE",
    neo4j: "MATCH (n) WHERE n:Person RETURN count(n) AS answer",
    embedded: "MATCH (n) WHERE label(n) = 'Person' RETURN count(n) AS answer",
  },
  {
    difference: "type(r) is label(r)",
    neo4j: "MATCH (:Person {id: 'donald-trump'})-[r:CALLED]-() RETURN type(r) AS answer",
    embedded: "MATCH (:Person {id: 'donald-trump'})-[r:CALLED]-() RETURN label(r) AS answer",
  },
  {
    difference: "shortest paths",
    neo4j:
      "MATCH (a:Person {id: 'donald-trump'}), (b:Person {id: 'abbas-araghchi'}) " +
      "MATCH p = shortestPath((a)-[*..5]-(b)) RETURN length(p) AS answer",
    embedded:
      "MATCH (a:Person {id: 'donald-trump'}) MATCH (b:Person {id: 'abbas-araghchi'}) " +
      "MATCH p = (a)-[* SHORTEST 1..5]-(b) RETURN length(p) AS answer",
  },
  {
    difference: "element ids; the id property is the identity on both",
    neo4j: `MATCH ${TRUMP} RETURN elementId(n) IS NOT NULL AND n.id = 'donald-trump' AS answer`,
    embedded: `MATCH ${TRUMP} RETURN n.id = 'donald-trump' AS answer`,
    portable: true,
  },
  {
    difference: "map projection",
    neo4j: `MATCH ${TRUMP} RETURN n {.name}.name AS answer`,
    embedded: `MATCH ${TRUMP} RETURN n.name AS answer`,
    portable: true,
  },
  {
    difference: "lists are 0-based on Neo4j, 1-based on the embedded engine",
    neo4j: "RETURN [10, 20, 30][0] AS answer",
    embedded: "RETURN [10, 20, 30][1] AS answer",
  },
];

describe.each(ROWS)("$difference", (row) => {
  test("each form gives the same answer on its own engine", async () => {
    const [a, b] = await Promise.all([run(neo4j, row.neo4j), run(embedded, row.embedded)]);
    expect(a.rows).toHaveLength(1);
    expect(b.rows).toEqual(a.rows);
  });

  test("the other engine refuses the form, or answers it differently", async () => {
    const crossed: [GraphStore, string, GraphStore][] = [[embedded, row.neo4j, neo4j]];
    if (!row.portable) crossed.push([neo4j, row.embedded, embedded]);
    for (const [other, query, own] of crossed) {
      const expected = (await run(own, query)).rows;
      const result = await run(other, query).then(
        (r) => r.rows,
        (error: unknown) => error,
      );
      if (Array.isArray(result)) expect(result).not.toEqual(expected);
      else expect(result).toMatchObject({ name: "QuerySyntaxError" });
    }
  });
});

test("an unknown label is an empty answer on Neo4j and an error on the embedded engine", async () => {
  expect((await run(neo4j, "MATCH (n:Nope) RETURN count(n) AS c")).rows).toEqual([{ c: 0 }]);
  await expect(run(embedded, "MATCH (n:Nope) RETURN count(n) AS c")).rejects.toMatchObject({
    name: "QuerySyntaxError",
    message: expect.stringMatching(/Nope does not exist/),
  });
});

test("a variable-length MATCH follows trails on Neo4j and walks on the embedded engine (edges may repeat)", async () => {
  const query = "MATCH (a:Person {id: 'marco-rubio'})-[*2..2]-(b) RETURN count(*) AS c";
  const trails = (await run(neo4j, query)).rows[0]!.c as number;
  const walks = (await run(embedded, query)).rows[0]!.c as number;
  expect(walks).toBeGreaterThan(trails);
  const trailsOnly = (
    await run(embedded, "MATCH p = (a:Person {id: 'marco-rubio'})-[*2..2]-(b) WHERE is_trail(p) RETURN count(*) AS c")
  ).rows[0]!.c;
  expect(trailsOnly).toBe(trails);
});
