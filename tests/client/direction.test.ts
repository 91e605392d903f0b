// Walking the graph by arrow keys: the neighbour chosen lies in the arrow's direction on screen,
// the nearest and best aligned first; none when nothing lies that way.

import { neighbourInDirection } from "../../client/src/graph/direction.js";

const from = { x: 100, y: 100 };
const candidates = [
  { id: "east-far", at: { x: 300, y: 100 } },
  { id: "east-near", at: { x: 160, y: 110 } },
  { id: "north", at: { x: 100, y: 20 } },
  { id: "south-west", at: { x: 40, y: 170 } },
];

test("each arrow picks the near neighbour lying its way (screen y grows downwards)", () => {
  expect(neighbourInDirection(from, candidates, { x: 1, y: 0 })).toBe("east-near");
  expect(neighbourInDirection(from, candidates, { x: 0, y: -1 })).toBe("north");
  expect(neighbourInDirection(from, candidates, { x: 0, y: 1 })).toBe("south-west");
  expect(neighbourInDirection(from, candidates, { x: -1, y: 0 })).toBe("south-west");
});

test("nothing that way, or only the entity itself, gives none", () => {
  expect(neighbourInDirection(from, [{ id: "east", at: { x: 200, y: 100 } }], { x: -1, y: 0 })).toBeNull();
  expect(neighbourInDirection(from, [{ id: "same", at: from }], { x: 1, y: 0 })).toBeNull();
});
