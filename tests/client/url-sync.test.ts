// Which view changes are steps of the trail (a new history entry for Back/Forward) and which only
// update the current entry.

import { isTrailStep } from "../../client/src/share/url-sync.js";
import { defaultViewState } from "../../client/src/state/view-state.js";

const base = defaultViewState();

test("another selection, path, expansion or query graph is a step", () => {
  expect(isTrailStep({ ...base, sel: "russia" }, base)).toBe(true);
  expect(isTrailStep({ ...base, path: ["a", "b"] }, base)).toBe(true);
  expect(isTrailStep({ ...base, expanded: ["iran"] }, base)).toBe(true);
  expect(isTrailStep({ ...base, qgraph: true }, base)).toBe(true);
});

test("camera, filters, appearance and typing replace the current entry", () => {
  expect(isTrailStep({ ...base, cam: { x: 0.2, y: 0.3, ratio: 0.5 } }, base)).toBe(false);
  expect(isTrailStep({ ...base, relationTypes: ["MET"], from: "2025-02" }, base)).toBe(false);
  expect(isTrailStep({ ...base, colour: "community", q: "MATCH (n) RETURN n" }, base)).toBe(false);
  // An equal path in a new array is no step.
  expect(isTrailStep({ ...base, path: ["a", "b"] }, { ...base, path: ["a", "b"] })).toBe(false);
});
