// The extractor's modules import each other without cycles (mentions, titles and pronouns share
// sentence-scan.ts instead of importing one another), and annotators never import each other.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fromRoot } from "../../../server/paths.js";

const DIR = fromRoot("server/ingest/extract");
const ANNOTATORS = "annotators";
/** The one module that lists the annotators to build the pipeline. */
const PIPELINE_LIST = "sentence-annotators";

/**
 * Each module's imports within the extractor, by path from its folder without ".ts": top-level
 * modules as "mentions", annotators as "annotators/mentions" (imports of "../x.js" resolve to "x").
 */
function importsOf(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const folder of ["", ANNOTATORS]) {
    for (const file of readdirSync(join(DIR, folder)).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(join(DIR, folder, file), "utf8");
      const imports = [...source.matchAll(/from "(\.\.?)\/([\w/-]+)\.js"/g)].map(([, dots, path]) =>
        dots === ".." || folder === "" ? path! : `${folder}/${path!}`,
      );
      graph.set(join(folder, file.replace(/\.ts$/, "")), imports);
    }
  }
  return graph;
}

/** Imports that reach an annotator from anywhere but the pipeline's list (an annotator included). */
function annotatorImports(graph: Map<string, string[]>): string[] {
  return [...graph].flatMap(([module, imports]) =>
    module === PIPELINE_LIST
      ? []
      : imports.filter((i) => i.startsWith(`${ANNOTATORS}/`)).map((i) => `${module} → ${i}`),
  );
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

test("annotators import no annotator, and only the pipeline's list imports them", () => {
  const graph = importsOf();
  const annotators = [...graph.keys()].filter((m) => m.startsWith(`${ANNOTATORS}/`));
  expect(annotators).toEqual(
    expect.arrayContaining(["annotators/mentions", "annotators/speech", "annotators/negation"]),
  );
  expect(graph.get(PIPELINE_LIST)).toEqual(expect.arrayContaining(annotators));
  expect(graph.get("annotators/speech")).toContain("speech");
  expect(annotatorImports(graph)).toEqual([]);
});

test("the annotator import check finds an annotator importing another", () => {
  const graph = new Map([
    ["annotators/speech", ["speech", "annotators/cues"]],
    ["annotators/cues", ["cues"]],
    ["sentence-relations", ["annotators/cues"]],
    [PIPELINE_LIST, ["annotators/speech", "annotators/cues"]],
  ]);
  expect(annotatorImports(graph)).toEqual([
    "annotators/speech → annotators/cues",
    "sentence-relations → annotators/cues",
  ]);
});

test("the cycle finder finds a cycle", () => {
  const graph = new Map([
    ["a", ["b"]],
    ["b", ["c"]],
    ["c", ["a"]],
  ]);
  expect(findCycle(graph)).toEqual(["a", "b", "c", "a"]);
});
