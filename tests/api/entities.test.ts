// /api/entities: search over names and aliases, paging, and the entity detail.

import request from "supertest";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const firstHit = async (q: string): Promise<string> => {
  const res = await request(h.app).get("/api/entities").query({ q }).expect(200);
  return res.body.items[0]?.id;
};

test.each([
  ["Peskow", "dmitry-peskov"],
  ["peskov", "dmitry-peskov"],
  ["Dmitri", "dmitry-peskov"],
  ["lavrov", "sergei-lavrov"],
  ["LAVROV", "sergei-lavrov"],
  ["Lavrow", "sergei-lavrov"],
  ["kremlin", "russia"],
  ["Péskov", "dmitry-peskov"],
  ["araghchi", "abbas-araghchi"],
  ["Washington", "united-states"],
  ["riya", "riyadh"],
])("search %s finds %s first", async (q, id) => {
  expect(await firstHit(q)).toBe(id);
});

test("search says which spelling matched and filters by type", async () => {
  const res = await request(h.app).get("/api/entities").query({ q: "Peskow" }).expect(200);
  expect(res.body.items[0]).toMatchObject({ id: "dmitry-peskov", matched: expect.stringMatching(/Peskow/) });
  const states = await request(h.app).get("/api/entities").query({ q: "Tehran", type: "State" }).expect(200);
  expect(states.body.items.map((e: { type: string }) => e.type)).toEqual(states.body.items.map(() => "State"));
});

test("without q, a stable paged list of every entity", async () => {
  const page1 = await request(h.app).get("/api/entities").query({ limit: 10 }).expect(200);
  const page2 = await request(h.app).get("/api/entities").query({ limit: 10, offset: 10 }).expect(200);
  expect(page1.body.total).toBe(h.dataset.entities.length);
  expect(page1.body.items).toHaveLength(10);
  const ids = [...page1.body.items, ...page2.body.items].map((e: { id: string }) => e.id);
  expect(new Set(ids).size).toBe(20);
});

test("entity detail: aliases, roles, relations by type, articles that mention it", async () => {
  const res = await request(h.app).get("/api/entities/sergei-lavrov").expect(200);
  expect(res.body.entity).toMatchObject({ id: "sergei-lavrov", type: "Person" });
  expect(res.body.roles).toContainEqual(expect.objectContaining({ of: "russia" }));
  expect(Object.keys(res.body.relationsByType)).toEqual(expect.arrayContaining(["MET", "HOLDS_ROLE"]));
  expect(res.body.degree).toBeGreaterThanOrEqual(3);
  expect(res.body.mentionedIn.length).toBeGreaterThan(0);
  expect(res.body.mentionedIn[0]).toMatchObject({ entity: "sergei-lavrov", count: expect.any(Number) });
});

test("unknown entity is a 404 naming it; bad paging is a 400 naming the parameter", async () => {
  const missing = await request(h.app).get("/api/entities/nobody").expect(404);
  expect(missing.body.detail).toContain("nobody");
  const bad = await request(h.app).get("/api/entities").query({ limit: "-3" }).expect(400);
  expect(bad.body.errors[0].parameter).toBe("limit");
  const unknown = await request(h.app).get("/api/entities").query({ colour: "red" }).expect(400);
  expect(unknown.body.errors[0]).toEqual({ parameter: "colour", message: "unknown parameter" });
});

test("entity detail names every entity at the other end of its relations, once each", async () => {
  const id = "abbas-araghchi";
  const res = await request(h.app).get(`/api/entities/${id}`).expect(200);
  const others = new Set(
    h.dataset.relations
      .filter((r) => r.source === id || r.target === id)
      .map((r) => (r.source === id ? r.target : r.source))
      .filter((other) => other !== id),
  );
  const expected = h.dataset.entities
    .filter((e) => others.has(e.id))
    .map((e) => ({ id: e.id, name: e.name, type: e.type }));
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect(others.size).toBeGreaterThan(1);
  expect([...res.body.neighbours].sort(byId)).toEqual(expected.sort(byId));
  // The case of issue 13: Lavrov is named even when the explorer has not loaded him.
  expect(res.body.neighbours).toContainEqual({ id: "sergei-lavrov", name: "Sergei Lavrov", type: "Person" });
});
