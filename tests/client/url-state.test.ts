// The view state survives a trip through the URL, defaults stay out of it, and a hand-edited
// link with bad values opens with those values dropped.

import { decodeViewState, encodeViewState } from "../../client/src/state/url-state.js";
import { defaultViewState, type ViewState } from "../../client/src/state/view-state.js";

describe("URL view state", () => {
  it("round-trips every field", () => {
    const state: ViewState = {
      sel: "e:r-09e5c1e1c6ac0db9",
      q: "MATCH (a)-[r:MET]-(b) RETURN a, r, b",
      types: ["MET", "CALLED"],
      etypes: ["Person", "State"],
      sources: ["000_ae70984ab181cade"],
      conf: 0.75,
      disp: true,
      from: "2025-02",
      to: "2025-03-31",
      undated: false,
      colour: "community",
      size: "betweenness",
      path: ["donald-trump", "abbas-araghchi"],
      cam: { x: 0.5123, y: 0.25, ratio: 0.7 },
      expanded: ["russia", "iran"],
      limit: 200,
      qgraph: true,
      view: "overview",
    };
    expect(decodeViewState(encodeViewState(state))).toEqual(state);
  });

  it("writes nothing for the default view and reads the default back", () => {
    expect(encodeViewState(defaultViewState())).toBe("");
    expect(decodeViewState("")).toEqual(defaultViewState());
  });

  it("keeps an empty restriction (nothing shown) apart from no restriction", () => {
    const none = { ...defaultViewState(), types: [] };
    expect(encodeViewState(none)).toBe("types=");
    expect(decodeViewState("types=").types).toEqual([]);
  });

  it("drops malformed values instead of failing", () => {
    const s = decodeViewState("types=MET,NOT_A_TYPE&conf=7&from=2025-13&colour=rainbow&cam=1,2&limit=-3&path=a");
    expect(s.types).toEqual(["MET"]);
    expect(s.conf).toBe(0);
    expect(s.from).toBeNull();
    expect(s.colour).toBe("type");
    expect(s.cam).toBeNull();
    expect(s.limit).toBe(defaultViewState().limit);
    expect(s.path).toBeNull();
  });
});
