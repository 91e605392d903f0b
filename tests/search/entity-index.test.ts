// The in-process name/alias index: folding, fuzzy and prefix matches, type filter, paging.

import { EntityIndex, foldForSearch } from "../../server/search/entity-index.js";
import { entities } from "../fixtures/mini-dataset.js";

const index = new EntityIndex(entities);
const top = (q: string) => index.search(q, { limit: 5 }).hits[0]?.entity.id;

test("folding strips accents, case, apostrophes and punctuation", () => {
  expect(foldForSearch("Dmitri Peskow’s")).toBe("dmitri peskows");
  expect(foldForSearch("ALICÉ, Example!")).toBe("alice example");
});

test("finds by name, alias, prefix, accent and typo", () => {
  expect(top("Alice")).toBe("alice");
  expect(top("alicé")).toBe("alice");
  expect(top("Herald")).toBe("herald");
  expect(top("Borduri")).toBe("borduria");
  expect(top("Atlantsi")).toBe("atlantis");
  expect(top("Republic of Atlantis")).toBe("atlantis");
  expect(index.search("zzzz", { limit: 5 }).total).toBe(0);
});

test("says which spelling matched", () => {
  expect(index.search("Republic", { limit: 1 }).hits[0]?.matched).toBe("Republic of Atlantis");
});

test("filters by type and pages", () => {
  expect(index.search("Example", { limit: 10, type: "Person" }).hits.every((h) => h.entity.type === "Person")).toBe(
    true,
  );
  const all = index.list({ limit: 100 });
  expect(all.total).toBe(entities.length);
  const page = index.list({ limit: 3, offset: 3 });
  expect(page.entities.map((e) => e.id)).toEqual(all.entities.slice(3, 6).map((e) => e.id));
});

test("upsert replaces an entity instead of duplicating it", () => {
  const local = new EntityIndex(entities);
  local.upsert([{ ...entities[0]!, aliases: ["Ally"] }]);
  expect(local.size).toBe(entities.length);
  expect(local.search("Ally", { limit: 1 }).hits[0]?.entity.id).toBe("alice");
});
