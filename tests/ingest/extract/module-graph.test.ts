// The extractor's modules import each other without cycles (mentions, titles and pronouns share
// sentence-scan.ts instead of importing one another).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fromRoot } from "../../../server/paths.js";

const DIR = fromRoot("server/ingest/extract");

function importsOf(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".ts"))) {
    const source = readFileSync(join(DIR, file), "utf8");
    graph.set(
      file.replace(/\.ts$/, ""),
      [...source.matchAll(/from "\.\/([\w-]+)\.js"/g)].map((m) => m[1]!),
    );
  }
  return graph;
}

/** One import cycle as a list of modules, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const done = new Set<string>();
  const visit = (node: string, path: string[]): string[] | null => {
    if (path.includes(node)) return [...path.slice(path.indexOf(node)), node];
    if (done.has(node)) return null;
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next, [...path, node]);
      if (cycle) return cycle;
    }
    done.add(node);
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node, []);
    if (cycle) return cycle;
  }
  return null;
}

test("the extractor's modules have no import cycle", () => {
  const graph = importsOf();
  expect(graph.get("mentions")).toContain("titles");
  expect(findCycle(graph)).toBeNull();
});

test("the cycle finder finds a cycle", () => {
  const graph = new Map([
    ["a", ["b"]],
    ["b", ["c"]],
    ["c", ["a"]],
  ]);
  expect(findCycle(graph)).toEqual(["a", "b", "c", "a"]);
});
