// Reusing mention counts after a change gives exactly what counting again from scratch gives.

import type { EntityRecord } from "../../graph-schema/index.js";
import { loadCuratedDataset } from "../../server/dataset/curated.js";
import { countMentions, updateMentions } from "../../server/dataset/mentions.js";

test("a new alias that occurs in the texts changes exactly the counts a full count changes", async () => {
  const before = await loadCuratedDataset();
  const entities: EntityRecord[] = before.entities.map((e) =>
    e.id === "dmitry-peskov" ? { ...e, aliases: [...e.aliases, "Kremlin spokesperson"] } : e,
  );
  const fresh = countMentions(before.articles, entities);
  expect(fresh).not.toEqual(before.mentions);
  expect(updateMentions(before, before.articles, entities)).toEqual(fresh);
});

test("a new entity and a new article are counted; untouched articles keep their counts", async () => {
  const before = await loadCuratedDataset();
  const article = { ...before.articles[0]!, id: "new", text: "Lavrov met Marchetti in Rome. Peskow said so." };
  const marchetti: EntityRecord = {
    type: "Person",
    id: "elena-marchetti",
    name: "Marchetti",
    aliases: [],
    description: "",
  };
  const articles = [...before.articles, article];
  const entities = [...before.entities, marchetti];
  expect(updateMentions(before, articles, entities)).toEqual(countMentions(articles, entities));
});

test("a removed alias falls back to counting everything again", async () => {
  const before = await loadCuratedDataset();
  const entities = before.entities.map((e) => (e.id === "russia" ? { ...e, aliases: [] } : e));
  expect(updateMentions(before, before.articles, entities)).toEqual(countMentions(before.articles, entities));
});
