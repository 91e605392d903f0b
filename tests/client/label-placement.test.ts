// Label placement: a label goes right of its node, flips left at the viewport's right edge or
// when the right spot is taken, never leaves the view, and forced labels never pile up.

import { labelSpots, placeLabelBoxes, type Box, type LabelCandidate } from "../../client/src/graph/label-placement.js";

const VIEW = { width: 400, height: 300 };

function candidate(id: string, x: number, y: number, forced = false, width = 80): LabelCandidate {
  return { id, spot: { x, y, size: 6, width, fontSize: 13 }, forced };
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe("labelSpots", () => {
  it("puts the label right of the node, and left of it near the right edge", () => {
    const [middle] = labelSpots(candidate("a", 100, 100).spot, VIEW.width, false);
    expect(middle!.x1).toBeGreaterThan(100);
    const [edge] = labelSpots(candidate("b", 380, 100).spot, VIEW.width, false);
    expect(edge!.x2).toBeLessThan(380);
  });

  it("offers forced labels spots above and below as well", () => {
    expect(labelSpots(candidate("a", 100, 100).spot, VIEW.width, true)).toHaveLength(4);
    expect(labelSpots(candidate("a", 100, 100).spot, VIEW.width, false)).toHaveLength(2);
  });
});

describe("placeLabelBoxes", () => {
  it("moves a label that would cover one already placed to the other side", () => {
    const placed = placeLabelBoxes([candidate("a", 200, 100), candidate("b", 130, 102)], VIEW);
    const a = placed.get("a")!;
    const b = placed.get("b")!;
    expect(overlaps(a, b)).toBe(false);
    expect(b.x2).toBeLessThan(130);
  });

  it("leaves out an unforced label with no free spot, and keeps every label inside the view", () => {
    const crowd = [candidate("a", 100, 100), candidate("b", 270, 100), candidate("c", 200, 100)];
    const placed = placeLabelBoxes([...crowd, candidate("d", 2, 298)], VIEW);
    expect([...placed.keys()].sort()).toEqual(["a", "b"]);
  });

  it("finds forced labels of close nodes spots that do not collide", () => {
    const forced = [candidate("peskov", 200, 150, true, 110), candidate("lavrov", 205, 152, true, 100)];
    const placed = placeLabelBoxes(forced, VIEW);
    expect(placed.size).toBe(2);
    expect(overlaps(placed.get("peskov")!, placed.get("lavrov")!)).toBe(false);
  });

  it("keeps labels off node discs", () => {
    const disc = { x1: 108, y1: 92, x2: 124, y2: 108 };
    const placed = placeLabelBoxes([candidate("a", 100, 100)], VIEW, [disc]);
    expect(overlaps(placed.get("a")!, disc)).toBe(false);
  });
});
