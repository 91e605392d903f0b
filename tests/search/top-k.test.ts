// The first k of a list in order, equal to sorting it all and cutting, ties kept in input order.

import { topK } from "../../server/search/top-k.js";
import { seededRandom as random } from "../../graph-schema/seeded-random.js";

test("topK equals a stable full sort cut to k, for small and large k", () => {
  const rng = random(3);
  const items = Array.from({ length: 500 }, (_, i) => ({ i, key: Math.floor(rng() * 50) }));
  const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
  const sorted = [...items].sort(compare);
  for (const k of [0, 1, 7, 60, 499, 800]) expect(topK(items, k, compare)).toEqual(sorted.slice(0, k));
});

test("topK reads a typed array of ordinals as it reads an array", () => {
  const rng = random(5);
  const values = Array.from({ length: 400 }, () => Math.floor(rng() * 1000));
  const ordinals = Int32Array.from(values.keys());
  const compare = (a: number, b: number) => values[a]! - values[b]! || a - b;
  for (const k of [3, 60, 400]) expect(topK(ordinals, k, compare)).toEqual(topK([...ordinals], k, compare));
});
