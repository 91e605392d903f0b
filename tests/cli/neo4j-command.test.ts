// `actorgraph neo4j` where the toolchain is missing: one line saying what to install, exit 2,
// never a stack trace (the running server itself is exercised by every Neo4j test file).

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../support/cli.js";

const neo4jCommand = (env: Record<string, string>, args: string[] = []) => runCli(["neo4j", ...args], env, 60_000);

let empty: string;
beforeAll(async () => {
  empty = await mkdtemp(join(tmpdir(), "actorgraph-no-java-"));
});
afterAll(() => rm(empty, { recursive: true, force: true }));

test("without Java on PATH it names what to install, in one line, exit 2", () => {
  const { code, stderr } = neo4jCommand({ PATH: empty, NEO4J_PASSWORD: "long-enough-pw" }, [
    "--data",
    join(empty, "db"),
  ]);
  expect(code).toBe(2);
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/needs Java 17 or newer: install a JDK/);
});

test("a password Neo4j would refuse is refused before anything starts", () => {
  const { code, stderr } = neo4jCommand({ NEO4J_PASSWORD: "short" }, ["--data", join(empty, "db")]);
  expect(code).toBe(1);
  expect(stderr).toMatch(/at least 8 characters/);
});
