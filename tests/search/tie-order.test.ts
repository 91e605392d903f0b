// The tie order between equal scores: after any mix of additions and renames, small batches
// placed one by one or large ones sorted again, it is the order a full sort gives.

import { seededRandom } from "../../graph-schema/seeded-random.js";
import { byNameLengthThenId, TieOrder, type TieKey } from "../../server/search/tie-order.js";

const placesBySorting = (keys: readonly TieKey[]): number[] => {
  const order = keys.map((_, o) => o).sort((a, b) => byNameLengthThenId(keys[a]!, keys[b]!));
  const place: number[] = [];
  order.forEach((o, at) => (place[o] = at));
  return place;
};

test("shorter names first, then ids", () => {
  const keys = [
    { id: "b", nameLength: 5 },
    { id: "a", nameLength: 5 },
    { id: "c", nameLength: 2 },
  ];
  expect([...new TieOrder(keys).places().slice(0, 3)]).toEqual([2, 1, 0]);
});

test.each([3, 200])("stays the sorted order through additions and renames (batches of up to %i)", (batch) => {
  const rng = seededRandom(4);
  const keys: TieKey[] = Array.from({ length: 300 }, (_, i) => ({
    id: `e${i}`,
    nameLength: 1 + Math.floor(rng() * 9),
  }));
  const ties = new TieOrder(keys);
  ties.places();
  for (let round = 0; round < 30; round++) {
    const changed: number[] = [];
    const size = 1 + Math.floor(rng() * batch);
    for (let i = 0; i < size; i++) {
      if (rng() < 0.5) {
        keys.push({ id: `n${round}-${i}`, nameLength: 1 + Math.floor(rng() * 9) });
        changed.push(keys.length - 1);
      } else {
        const o = Math.floor(rng() * keys.length);
        keys[o] = { ...keys[o]!, nameLength: 1 + Math.floor(rng() * 9) };
        changed.push(o);
      }
    }
    ties.update(changed);
    expect([...ties.places().slice(0, keys.length)]).toEqual(placesBySorting(keys));
  }
});
