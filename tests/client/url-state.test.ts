// The view state survives a trip through the URL, defaults stay out of it, a hand-edited link
// with bad values opens with those values dropped, and links with the old short keys still open.

import { LEGACY_URL_KEYS, decodeViewState, encodeViewState } from "../../client/src/state/url-state.js";
import { defaultViewState, type ViewState } from "../../client/src/state/view-state.js";

describe("URL view state", () => {
  it("round-trips every field", () => {
    const state: ViewState = {
      sel: "e:r-09e5c1e1c6ac0db9",
      q: "MATCH (a)-[r:MET]-(b) RETURN a, r, b",
      relationTypes: ["MET", "CALLED"],
      entityTypes: ["Person", "State"],
      sources: ["000_ae70984ab181cade"],
      minConfidence: 0.75,
      disputed: true,
      from: "2025-02",
      to: "2025-03-31",
      includeUndated: false,
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
    const none = { ...defaultViewState(), relationTypes: [] };
    expect(encodeViewState(none)).toBe("relationTypes=");
    expect(decodeViewState("relationTypes=").relationTypes).toEqual([]);
  });

  it("drops malformed values instead of failing", () => {
    const s = decodeViewState(
      "relationTypes=MET,NOT_A_TYPE&minConfidence=7&from=2025-13&colour=rainbow&cam=1,2&limit=-3&path=a",
    );
    expect(s.relationTypes).toEqual(["MET"]);
    expect(s.minConfidence).toBe(0);
    expect(s.from).toBeNull();
    expect(s.colour).toBe("type");
    expect(s.cam).toBeNull();
    expect(s.limit).toBe(defaultViewState().limit);
    expect(s.path).toBeNull();
  });

  it("writes the filters under the API's names", () => {
    const state = {
      ...defaultViewState(),
      relationTypes: ["MET" as const],
      entityTypes: ["State" as const],
      minConfidence: 0.5,
      disputed: true,
      includeUndated: false,
    };
    const keys = [...new URLSearchParams(encodeViewState(state)).keys()];
    expect(keys).toEqual(["relationTypes", "entityTypes", "minConfidence", "disputed", "includeUndated"]);
  });

  it("opens a link written with the old short keys, and writes it back under the new ones", () => {
    const old = decodeViewState("types=MET,CALLED&etypes=Person&conf=0.5&disp=1&undated=0&from=2025");
    expect(old).toEqual({
      ...defaultViewState(),
      relationTypes: ["MET", "CALLED"],
      entityTypes: ["Person"],
      minConfidence: 0.5,
      disputed: true,
      includeUndated: false,
      from: "2025",
    });
    const rewritten = new URLSearchParams(encodeViewState(old));
    for (const legacy of Object.keys(LEGACY_URL_KEYS)) expect(rewritten.has(legacy)).toBe(false);
  });

  it("lets a new key win over its old alias in the same link", () => {
    expect(decodeViewState("types=MET&relationTypes=CALLED").relationTypes).toEqual(["CALLED"]);
    expect(decodeViewState("conf=0.9&minConfidence=0.2").minConfidence).toBe(0.2);
  });
});
