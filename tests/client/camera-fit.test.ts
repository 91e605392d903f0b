// The resting frame leaves room for labels: with the widened bounding box, every label drawn to
// the right of its node ends inside the viewport (sigma's padding alone only covers the nodes).

import { fitScale, labelAwareBBox, type LabelledPoint } from "../../client/src/graph/camera-fit.js";

/** Right end in px of each label when sigma fits `bbox` (centred) into width × height. */
function labelEnds(points: LabelledPoint[], bbox: ReturnType<typeof labelAwareBBox>, width: number, height: number) {
  const scale = fitScale(bbox!, width, height, 40);
  const centre = (bbox!.x[0] + bbox!.x[1]) / 2;
  return points.map((p) => width / 2 + scale * (p.x - centre) + p.size + 3 + p.label);
}

describe("labelAwareBBox", () => {
  const points: LabelledPoint[] = [
    { x: -10, y: 0, size: 10, label: 40 },
    { x: 0, y: 8, size: 5, label: 60 },
    { x: 10, y: -3, size: 6, label: 120 },
  ];

  it("widens the box on the right until the longest label fits", () => {
    const plain = { x: [-10, 10] as [number, number], y: [-3, 8] as [number, number] };
    expect(Math.max(...labelEnds(points, plain, 580, 480))).toBeGreaterThan(580);
    const bbox = labelAwareBBox(points, 580, 480, 40);
    expect(bbox!.x[0]).toBe(-10);
    expect(bbox!.x[1]).toBeGreaterThan(10);
    for (const end of labelEnds(points, bbox, 580, 480)) expect(end).toBeLessThanOrEqual(580 - 8 + 1);
  });

  it("leaves the box alone when no label overflows, and gives up on an empty graph", () => {
    const unlabelled = points.map((p) => ({ ...p, label: 0 }));
    expect(labelAwareBBox(unlabelled, 580, 480, 40)).toEqual({ x: [-10, 10], y: [-3, 8] });
    expect(labelAwareBBox([], 580, 480, 40)).toBeNull();
  });
});
