// The API benchmark's requests: subgraph depth 1 and 2 (limit 500), search by prefix or typo,
// paths, and depth 2 with evidence counted instead of sent, each a seeded sequence over the
// graph's ids and names, so every run and every engine receives the same requests in the same order.

import type { GraphStore } from "../server/store/graph-store.js";
import { random } from "./synthetic.js";

export interface Scenario {
  /** Stable key for result files. */
  key: string;
  name: string;
  /** The next request's path and query string. */
  path: () => string;
  /** The same kind of work without HTTP, to show where the time goes. */
  engine?: (store: GraphStore) => Promise<unknown>;
}

export interface RequestPool {
  ids: readonly string[];
  names: readonly string[];
}

export function scenarios(pool: RequestPool, seed: number): Scenario[] {
  const rng = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const typo = (s: string): string => (s.length > 5 ? s.slice(0, 3) + s.slice(4, 7) : s);
  return [1, 2]
    .map((depth): Scenario => ({
      key: `subgraph-depth-${depth}`,
      name: `subgraph depth ${depth}, limit 500`,
      path: () => `/api/subgraph?seeds=${encodeURIComponent(pick(pool.ids))}&depth=${depth}&limit=500`,
      engine: (store) => store.subgraph({ seeds: [pick(pool.ids)], depth, limit: 500 }),
    }))
    .concat([
      {
        key: "search",
        name: "search (prefix or typo)",
        path: () =>
          `/api/entities?q=${encodeURIComponent(rng() < 0.5 ? pick(pool.names).slice(0, 5) : typo(pick(pool.names)))}`,
      },
      {
        key: "paths",
        name: "paths, maxLength 4",
        path: () =>
          `/api/paths?from=${encodeURIComponent(pick(pool.ids))}&to=${encodeURIComponent(pick(pool.ids))}&maxLength=4`,
        engine: (store) => store.paths({ from: pick(pool.ids), to: pick(pool.ids), maxLength: 4 }),
      },
      // Last, so the scenarios above draw the same requests as before it was added.
      {
        key: "subgraph-depth-2-lean",
        name: "subgraph depth 2, limit 500, evidence counted",
        path: () => `/api/subgraph?seeds=${encodeURIComponent(pick(pool.ids))}&depth=2&limit=500&include=evidenceCount`,
        engine: (store) => store.subgraph({ seeds: [pick(pool.ids)], depth: 2, limit: 500, evidence: "count" }),
      },
    ]);
}

/** The first `n` requests of a scenario's sequence. */
export const requestPaths = (scenario: Scenario, n: number): string[] => Array.from({ length: n }, scenario.path);
