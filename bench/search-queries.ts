// The name-search benchmarks' queries, shared by the in-process and the HTTP one: prefix, typo
// inside a word's beginning (as the API benchmark builds it), whole-word typo, and alias, each a
// seeded sequence over the synthetic entities.

import { seededRandom } from "../graph-schema/seeded-random.js";
import type { EntityRecord } from "../graph-schema/index.js";

export interface QueryKind {
  kind: string;
  make: (e: EntityRecord, rng: () => number) => string | null;
}

export const QUERY_KINDS: QueryKind[] = [
  { kind: "prefix", make: (e) => e.name.slice(0, 5) },
  { kind: "typo in beginning", make: (e) => (e.name.length > 5 ? e.name.slice(0, 3) + e.name.slice(4, 7) : null) },
  {
    kind: "typo in a word",
    make: (e, rng) => {
      const word = e.name.split(" ").find((w) => w.length >= 5);
      if (!word) return null;
      const i = 1 + Math.floor(rng() * (word.length - 1));
      return word.slice(0, i) + "x" + word.slice(i + 1);
    },
  },
  { kind: "alias", make: (e, rng) => (e.aliases.length ? e.aliases[Math.floor(rng() * e.aliases.length)]! : null) },
];

/** Up to `n` queries of one kind, from entities drawn with `seed`. */
export function queriesOf(kind: QueryKind, entities: readonly EntityRecord[], n: number, seed: number): string[] {
  const rng = seededRandom(seed);
  const out: string[] = [];
  for (let tries = 0; out.length < n && tries < n * 20; tries++) {
    const q = kind.make(entities[Math.floor(rng() * entities.length)]!, rng);
    if (q) out.push(q);
  }
  return out;
}
