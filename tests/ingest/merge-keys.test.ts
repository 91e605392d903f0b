// When two relations can be the same fact: slugs and order-free pairs for mutual types (whether
// their dates fit is tested with graph-schema's partial dates).

import { pairKey, slugify } from "../../server/ingest/merge-keys.js";

test("slugs drop accents and punctuation", () => {
  expect(slugify("Dmitri Peskow")).toBe("dmitri-peskow");
  expect(slugify("  Abbās Araghchī, Jr. ")).toBe("abbas-araghchi-jr");
  expect(slugify("Cote D'Ivoire")).toBe("cote-d-ivoire");
});

test("a mutual relation is the same pair either way round; a directed one is not", () => {
  expect(pairKey("MET", "a", "b")).toBe(pairKey("MET", "b", "a"));
  expect(pairKey("SUPPLIES", "a", "b")).not.toBe(pairKey("SUPPLIES", "b", "a"));
});
