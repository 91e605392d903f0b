// The in-process name/alias index: folding, fuzzy and prefix matches, type filter, paging.

import { EntityIndex } from "../../server/search/entity-index.js";
import { entities } from "../fixtures/mini-dataset.js";

const index = new EntityIndex(entities);
const top = (q: string) => index.search(q, { limit: 5 }).hits[0]?.entity.id;

test("search folds a query as names are folded: case, accents, apostrophes, punctuation", () => {
  expect(top("ALICÉ!")).toBe(top("alice"));
  expect(top("alice")).toBe("alice");
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

test("upsert forgets the spellings an entity no longer has", () => {
  const local = new EntityIndex(entities);
  const alice = entities.find((e) => e.id === "alice")!;
  local.upsert([{ ...alice, name: "Zelda Example", aliases: [] }]);
  expect(local.search("Alice", { limit: 5 }).hits.map((h) => h.entity.id)).not.toContain("alice");
  expect(local.search("Zelda", { limit: 5 }).hits[0]?.entity.id).toBe("alice");
});

test("every query word must match; a typo inside a word's beginning still finds it", () => {
  const local = new EntityIndex([
    ...entities,
    { id: "p1", type: "Person", name: "Aleksandr Petrov", aliases: [], description: "" },
    { id: "p2", type: "Person", name: "Aleksandr Ivanov", aliases: [], description: "" },
  ]);
  expect(local.search("aleksandr petrov", { limit: 5 }).hits.map((h) => h.entity.id)).toEqual(["p1"]);
  expect(local.search("Alesan", { limit: 5 }).total).toBe(2);
  expect(local.search("Alesan Ivan", { limit: 5 }).hits.map((h) => h.entity.id)).toEqual(["p2"]);
});

test("search pages through the ranked matches and counts them all", () => {
  const many = Array.from({ length: 40 }, (_, i) => ({
    id: `org-${i}`,
    type: "Organization" as const,
    name: `Ministry ${"x".repeat(i)}`,
    aliases: [],
    description: "",
    kind: "government body",
    country: null,
  }));
  const local = new EntityIndex(many);
  const all = local.search("minis", { limit: 40 });
  expect(all.total).toBe(40);
  const page = local.search("minis", { limit: 5, offset: 10 });
  expect(page.total).toBe(40);
  expect(page.hits.map((h) => h.entity.id)).toEqual(all.hits.slice(10, 15).map((h) => h.entity.id));
  expect(all.hits[0]?.entity.id).toBe("org-0"); // the shortest name first among equal matches
});

describe("answers kept for repeated searches", () => {
  const queries = ["alice", "Alicé!", "atlantsi", "example", "Example Person", "borduri", "herald", "zzzz"];
  const pages = [{ limit: 5 }, { limit: 2, offset: 1 }, { limit: 5, type: "Person" as const }];

  test("are the answers a fresh index gives, page by page and type by type", () => {
    const kept = new EntityIndex(entities);
    const fresh = new EntityIndex(entities, { keepResults: 0 });
    for (let round = 0; round < 2; round++)
      for (const q of queries) for (const p of pages) expect(kept.search(q, p)).toEqual(fresh.search(q, p));
  });

  test("are forgotten on upsert, and a caller changing one changes no later answer", () => {
    const local = new EntityIndex(entities);
    const first = local.search("Alice", { limit: 5 });
    first.hits[0]!.score = -1;
    expect(local.search("Alice", { limit: 5 }).hits[0]!.score).toBeGreaterThan(0);
    const alice = entities.find((e) => e.id === "alice")!;
    local.upsert([{ ...alice, name: "Zelda Example", aliases: [] }]);
    expect(local.search("Alice", { limit: 5 }).hits.map((h) => h.entity.id)).not.toContain("alice");
  });
});

describe("match weights kept per query word", () => {
  const queries = ["alic", "alicé", "atlantsi", "exampl", "example person", "borduri", "republic atlantis"];

  test("give on the second search of a word what they gave on the first", () => {
    const local = new EntityIndex(entities, { keepResults: 0 });
    const first = queries.map((q) => local.search(q, { limit: 5 }));
    expect(queries.map((q) => local.search(q, { limit: 5 }))).toEqual(first);
    expect(first.some((a) => a.total > 1)).toBe(true);
  });

  test("are worked out again once an upsert brings new words among a query word's candidates", () => {
    const local = new EntityIndex(entities, { keepResults: 0 });
    for (const q of queries) local.search(q, { limit: 5 });
    const added = [
      { id: "alica", type: "Person" as const, name: "Alica Examplar", aliases: ["Alicja"], description: "" },
      { id: "atlan", type: "State" as const, name: "Atlantsia", aliases: [], description: "", iso3: "ATX" },
    ];
    local.upsert(added);
    const fresh = new EntityIndex([...entities, ...added], { keepResults: 0 });
    for (const q of queries) expect(local.search(q, { limit: 5 })).toEqual(fresh.search(q, { limit: 5 }));
    expect(local.search("alic", { limit: 10 }).hits.map((h) => h.entity.id)).toContain("alica");
  });
});
