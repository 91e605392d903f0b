// Issue 10's file read through the guard, as the attacker sent it: every parameter-name trick is
// refused with a 403 before the engine sees it, and a canary file's content never comes back.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import request from "supertest";
import { PARAMETER_TRICKS, TRICK_PARAMS, trickQuery } from "../cypher-guard/parameter-tricks.js";
import { startHarness, type Harness } from "./harness.js";

const CANARY = "canary-4b1e";
let h: Harness;
let dir: string;
let canaryFile: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "actorgraph-canary-"));
  canaryFile = join(dir, "passwd");
  writeFileSync(canaryFile, `${CANARY}:x:0:0\n`);
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

test.each(PARAMETER_TRICKS.map((t) => [t.id, t] as const))("%s is a 403 and reads nothing", async (_id, trick) => {
  const res = await request(h.app)
    .post("/api/cypher")
    .send({ query: trickQuery(trick, canaryFile), params: TRICK_PARAMS });
  expect(res.status).toBe(403);
  expect(res.body.detail).toMatch(/^refused, nothing was run: /);
  expect(JSON.stringify(res.body)).not.toContain(CANARY);
});
