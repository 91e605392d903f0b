// Pairing extracted entities with held-out gold ones by name: an entity's own name comes before a
// spelling it was mentioned by, so a state mentioned by its capital is not paired with the city.

import { alignEntities, type GoldEntity } from "../../../server/ingest/evaluate/entity-alignment.js";
import type { ExtractedEntity } from "../../../server/ingest/extractor.js";
import { extractedEntity } from "./gold-extractor.js";

const state: GoldEntity = { id: "gold-chile", name: "Chile", type: "State", aliases: ["Santiago"] };
const city: GoldEntity = { id: "gold-santiago", name: "Santiago", type: "Place", aliases: [] };

function proposed(id: string, name: string, type: GoldEntity["type"], mentions: string[]): ExtractedEntity {
  const e = extractedEntity({ id, name, type }, false);
  return { ...e, id, mentions: mentions.map((text, k) => ({ start: k * 10, end: k * 10 + text.length, text })) };
}

test.each([
  ["state first", [state, city]],
  ["city first", [city, state]],
])("a state mentioned by its capital is the state's, the city the city's (%s)", (_, gold) => {
  // Both extracted entities carry the spelling "Santiago": the state as a stand-in mention.
  const chile = proposed("chile", "Chile", "State", ["Chile", "Santiago"]);
  const santiago = proposed("santiago", "Santiago", "Place", ["Santiago"]);
  for (const extracted of [
    [chile, santiago],
    [santiago, chile],
  ]) {
    const a = alignEntities(gold, new Set(gold.map((g) => g.id)), extracted);
    expect(a.goldIdOf.get("chile")).toBe("gold-chile");
    expect(a.goldIdOf.get("santiago")).toBe("gold-santiago");
    expect(a.tally.total()).toEqual({ tp: 2, fp: 0, fn: 0 });
  }
});

test("a spelling still pairs an entity whose own name no gold entity has", () => {
  const chile = proposed("chilean-republic", "Chilean Republic", "State", ["Santiago"]);
  const a = alignEntities([state], new Set([state.id]), [chile]);
  expect(a.goldIdOf.get("chilean-republic")).toBe("gold-chile");
});
