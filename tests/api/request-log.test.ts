// What every request pays for, kept as it was: one log line per request with its method, URL,
// status and time (and nothing from the headers), the body reader skipping bodiless requests but
// still holding a GET's body to the limits, and the vocabulary answered once serialised, with a
// validator that revalidates.

import { Writable } from "node:stream";
import { pino } from "pino";
import request from "supertest";
import { createApp } from "../../server/api/app.js";
import { readConfig } from "../../server/config.js";
import { EntityIndex } from "../../server/search/entity-index.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
let lines: string[];
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  h = await startHarness();
  lines = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  const logger = pino({ level: "info", base: { app: "actorgraph" } }, sink);
  const config = readConfig({ ACTORGRAPH_DB: ":memory:", RATE_LIMIT_PER_MINUTE: "0" });
  app = createApp({ store: h.store, index: new EntityIndex(await h.store.entities()), config, logger });
});
afterAll(() => h.close());

/** The log lines written while `send` ran, parsed. */
async function logOf(send: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  lines.length = 0;
  await send();
  // pino-http writes when the response finishes, which supertest may see a tick earlier.
  await new Promise((resolve) => setImmediate(resolve));
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

test("a request is logged once: method, URL with its query, status and time, at info", async () => {
  const log = await logOf(() => request(app).get("/api/entities?q=lavrov&limit=3").expect(200));
  expect(log).toHaveLength(1);
  const [line] = log;
  expect(line).toEqual({
    level: 30,
    time: expect.any(Number),
    app: "actorgraph",
    req: { method: "GET", url: "/api/entities?q=lavrov&limit=3" },
    res: { status: 200 },
    responseTime: expect.any(Number),
    msg: "request completed",
  });
});

test("no header reaches the log, secrets included", async () => {
  const log = await logOf(() =>
    request(app).get("/api/schema").set("X-API-Key", "a-secret-key-0123456789").set("Cookie", "s=cookie-value"),
  );
  expect(JSON.stringify(log)).not.toMatch(/a-secret-key|cookie-value|headers/i);
});

test("client errors are logged at warn with their status", async () => {
  const [notFound] = await logOf(() => request(app).get("/api/no-such-thing").expect(404));
  expect(notFound).toMatchObject({
    level: 40,
    req: { method: "GET", url: "/api/no-such-thing" },
    res: { status: 404 },
  });
  const [wrongMethod] = await logOf(() => request(app).delete("/api/schema").expect(405));
  expect(wrongMethod).toMatchObject({ level: 40, req: { method: "DELETE" }, res: { status: 405 } });
});

test("a GET carrying a JSON body is still read and held to the shape limits", async () => {
  const deep = JSON.stringify({ a: [[[[[[[[[[1]]]]]]]]]] });
  const res = await request(app).get("/api/schema").set("Content-Type", "application/json").send(deep);
  expect(res.status).toBe(400);
  expect(res.body.detail).toMatch(/a nested deeper than 8 levels/);
  const plain = await request(app).get("/api/schema").set("Content-Type", "text/plain").send("x");
  expect(plain.status).toBe(415);
});

test("the vocabulary is the same bytes every time, with a validator a client can revalidate", async () => {
  const first = await request(app).get("/api/schema").expect(200);
  const second = await request(app).get("/api/schema").expect(200);
  expect(first.headers["content-type"]).toBe("application/json; charset=utf-8");
  expect(second.text).toBe(first.text);
  expect(first.headers.etag).toMatch(/^W\/"/);
  await request(app)
    .get("/api/schema")
    .set("If-None-Match", first.headers.etag as string)
    .expect(304);
});
