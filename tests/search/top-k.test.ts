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
