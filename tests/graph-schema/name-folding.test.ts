// Name folding: case, accents, apostrophes and punctuation do not make two names different;
// spelling (transliteration) does.

import { foldCaseAndAccents, foldName, nameTokens } from "../../graph-schema/index.js";

describe("foldName", () => {
  it("folds case, accents and punctuation", () => {
    expect(foldName("ALICÉ, Example!")).toBe("alice example");
    expect(foldName("  Abbās   Araghchī, Jr. ")).toBe("abbas araghchi jr");
    expect(foldName("José")).toBe(foldName("JOSE"));
  });

  it("folds decomposed and composed accents alike, and compatibility forms", () => {
    expect(foldName("Jose\u0301")).toBe(foldName("Jos\u00e9"));
    expect(foldName("\ufb01nance")).toBe("finance");
    expect(foldName("İstanbul")).toBe("istanbul");
  });

  it("drops apostrophes inside a word, typographic or not", () => {
    expect(foldName("Dmitri Peskow’s")).toBe("dmitri peskows");
    expect(foldName("Peskow's")).toBe(foldName("Peskow’s"));
    expect(foldName("O'Neill")).toBe("oneill");
  });

  it("keeps other scripts' letters and digits, their marks dropped too (й folds to и)", () => {
    expect(foldName("Сергей Лавров")).toBe("сергеи лавров");
    expect(foldName("G7 summit")).toBe("g7 summit");
  });

  it("does not transliterate: Sergueï is Serguei, not Sergei", () => {
    expect(foldName("Sergueï Lavrov")).toBe("serguei lavrov");
    expect(foldName("Sergueï Lavrov")).not.toBe(foldName("Sergei Lavrov"));
    expect(foldName("Søren")).toBe("søren");
  });

  it("folds text with no letters to the empty string", () => {
    expect(foldName(" — ’ … ")).toBe("");
  });
});

describe("foldCaseAndAccents", () => {
  it("folds case and accents but keeps punctuation and spacing", () => {
    expect(foldCaseAndAccents("Abbās  Araghchī, Jr.")).toBe("abbas  araghchi, jr.");
  });
});

describe("nameTokens", () => {
  it("splits a folded name into words", () => {
    expect(nameTokens("Dmitri Peskow’s")).toEqual(["dmitri", "peskows"]);
    expect(nameTokens("U.S.-Iran")).toEqual(["u", "s", "iran"]);
    expect(nameTokens("…")).toEqual([]);
  });
});
