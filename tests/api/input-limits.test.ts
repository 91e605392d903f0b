// Every request body is held to limits before anything touches it (bytes, nesting depth, keys and
// items, string length) and the HTTP edges answer as HTTP says: 415, 405 with Allow, OPTIONS, and
// the API key checked before an article's body is read.

import request from "supertest";
import { startHarness, type Harness } from "./harness.js";

const API_KEY = "input-limits-test-key";
const ALLOWED_ORIGIN = "https://colleague.example";
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    ACTORGRAPH_API_KEY: API_KEY,
    JSON_MAX_ITEMS: "100",
    JSON_MAX_STRING_LENGTH: "1000",
    CORS_ORIGINS: ALLOWED_ORIGIN,
  });
});
afterAll(() => h.close());

/** `levels` arrays, one inside the other, around a 1. */
const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

const cypher = (body: unknown) =>
  request(h.app)
    .post("/api/cypher")
    .send(body as object);

function expectProblem(res: request.Response, status: number, title: string, detail: RegExp): void {
  expect(res.status).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, title });
  expect(res.body.detail).toMatch(detail);
}

describe("JSON bodies", () => {
  test("parameters nested 40 deep (which froze the server) are a 400 naming the limit, and the server answers on", async () => {
    const res = await cypher({ query: "RETURN 1 AS one", params: { p: nested(40) } });
    expectProblem(res, 400, "Bad Request", /^params nested deeper than 8 levels$/);
    expect(res.body.errors).toEqual([{ parameter: "params", message: "nested deeper than 8 levels" }]);
    await request(h.app).get("/api/health").expect(200);
    await cypher({ query: "RETURN 1 AS one" }).expect(200);
  });

  test("parameters exactly at the depth limit still run", async () => {
    // params is level 1, the object holding p level 2 ... so 7 arrays reach level 8.
    const res = await cypher({ query: "RETURN 1 AS one", params: { p: nested(7) } });
    expect(res.status).toBe(200);
    expectProblem(await cypher({ query: "RETURN 1 AS one", params: { p: nested(8) } }), 400, "Bad Request", /deeper/);
  });

  test("a deep object is refused like a deep array", async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 12; i++) deep = { a: deep };
    expectProblem(await cypher({ query: "RETURN 1", params: deep }), 400, "Bad Request", /^params nested deeper/);
  });

  test("too many keys and items are refused, naming the limit", async () => {
    const res = await cypher({ query: "RETURN 1", params: { ids: Array.from({ length: 150 }, (_, i) => i) } });
    expectProblem(res, 400, "Bad Request", /^params makes the body hold more than 100 keys and array items$/);
  });

  test("a long string, as a value or as a key, is refused naming the limit", async () => {
    const long = "x".repeat(1001);
    expectProblem(await cypher({ query: "RETURN 1", params: { s: long } }), 400, "Bad Request", /longer than 1000/);
    expectProblem(await cypher({ query: "RETURN 1", params: { [long]: 1 } }), 400, "Bad Request", /longer than 1000/);
  });

  test("a body that is not an object is held to the same limits", async () => {
    const res = await cypher(nested(20));
    expectProblem(res, 400, "Bad Request", /^body nested deeper than 8 levels$/);
  });

  test("the article endpoint's body is held to them too", async () => {
    const res = await request(h.app)
      .post("/api/articles")
      .set("X-API-Key", API_KEY)
      .send({ title: "t", text: "Putin met Trump.", dryRun: true, extra: nested(30) });
    expectProblem(res, 400, "Bad Request", /^extra nested deeper than 8 levels$/);
  });
});

describe("media types", () => {
  test("a text/plain body is a 415 Unsupported Media Type, not a 400", async () => {
    const res = await request(h.app).post("/api/cypher").set("Content-Type", "text/plain").send("RETURN 1");
    expectProblem(res, 415, "Unsupported Media Type", /application\/json/);
  });

  test("a JSON body in a charset the parser refuses is titled Unsupported Media Type", async () => {
    const res = await request(h.app)
      .post("/api/cypher")
      .set("Content-Type", "application/json; charset=latin1")
      .send('{"query":"RETURN 1"}');
    expectProblem(res, 415, "Unsupported Media Type", /charset/i);
  });
});

describe("methods", () => {
  test("a wrong method on a known path is a 405 with Allow, naming the path with its /api prefix", async () => {
    const res = await request(h.app).delete("/api/entities");
    expectProblem(
      res,
      405,
      "Method Not Allowed",
      /^DELETE is not allowed on \/api\/entities; allowed: GET, HEAD, OPTIONS$/,
    );
    expect(res.headers.allow).toBe("GET, HEAD, OPTIONS");
    const put = await request(h.app).put("/api/entities/russia").send({});
    expect(put.status).toBe(405);
    expect((await request(h.app).get("/api/cypher")).headers.allow).toBe("POST, OPTIONS");
  });

  test("an unknown path is still a 404, and keeps its /api prefix", async () => {
    expectProblem(await request(h.app).delete("/api/nothing-here"), 404, "Not Found", /DELETE \/api\/nothing-here$/);
  });

  test("OPTIONS lists every method of the path, POST included for /api/articles", async () => {
    const res = await request(h.app).options("/api/articles");
    expect(res.status).toBe(204);
    expect(res.headers.allow).toBe("GET, HEAD, POST, OPTIONS");
    expect((await request(h.app).options("/api/articles/some-id")).headers.allow).toBe("GET, HEAD, OPTIONS");
  });

  test("a CORS preflight gets both the CORS headers and the Allow list", async () => {
    const res = await request(h.app)
      .options("/api/cypher")
      .set("Origin", ALLOWED_ORIGIN)
      .set("Access-Control-Request-Method", "POST");
    expect(res.status).toBe(204);
    expect(res.headers["access-control-allow-origin"]).toBe(ALLOWED_ORIGIN);
    expect(res.headers.allow).toBe("POST, OPTIONS");
  });
});

describe("the API key comes before the body", () => {
  test("without the key, a broken body is never parsed: 401, not a JSON error", async () => {
    const res = await request(h.app)
      .post("/api/articles")
      .set("Content-Type", "application/json")
      .send(`{"text": "${"a".repeat(50_000)}`);
    expectProblem(res, 401, "Unauthorized", /API key is required/);
  });

  test("with a wrong key, an oversized body is refused for the key, not for its size", async () => {
    const res = await request(h.app)
      .post("/api/articles")
      .set("X-API-Key", "not-the-key-at-all")
      .set("Content-Type", "application/json")
      .send(`{"text": "${"b".repeat(3_000_000)}"}`);
    expectProblem(res, 401, "Unauthorized", /not valid/);
  });
});
