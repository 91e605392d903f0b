// The project's own curated data (data/): it must validate cleanly, every evidence entry must be
// a whole sentence at its offsets, and the facts the corpus states plainly must be there.

import { foldName, type Evidence, type Relation } from "../../graph-schema/index.js";
import { loadCuratedDataset } from "../../server/dataset/curated.js";
import type { Dataset } from "../../server/dataset/dataset.js";
import { validateDataFolder } from "../../server/dataset/validate.js";

const A0 = "000_ae70984ab181cade";
const A1 = "001_b54041ff09dc4f03";
const A4 = "004_3082130f9483ea17";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadCuratedDataset();
});

const find = (type: string, source: string, target: string): Relation[] =>
  dataset.relations.filter(
    (r) =>
      r.type === type && ((r.source === source && r.target === target) || (r.source === target && r.target === source)),
  );

test("data/ validates with no problems and no warnings", async () => {
  const result = await validateDataFolder();
  expect(result.problems).toEqual([]);
  expect(result.warnings).toEqual([]);
  const total = (o: object) => Object.values(o).reduce((a: number, b: number) => a + b, 0);
  expect(result.summary.articles).toBe(3);
  expect(total(result.summary.entities)).toBeGreaterThanOrEqual(25);
  expect(total(result.summary.relations)).toBeGreaterThanOrEqual(60);
  expect(result.summary.disputes).toBeGreaterThanOrEqual(3);
});

test("every evidence entry is a whole sentence found exactly at its offsets", () => {
  const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
  const all: Evidence[] = [
    ...dataset.relations.flatMap((r) => r.evidence),
    ...dataset.disputes.flatMap((d) => d.claims.flatMap((c) => c.evidence)),
  ];
  expect(all.length).toBeGreaterThan(100);
  for (const e of all) {
    const text = texts.get(e.article)!;
    expect(text.slice(e.start, e.end)).toBe(e.sentence);
    // Starts a line (after indentation or a bullet) or follows the previous sentence's end.
    const before = text.slice(0, e.start);
    expect(before === "" || /\n[\s•]*$/.test(before) || /[.!?][”’"]?\s+$/.test(before)).toBe(true);
    // Ends a sentence, or a line (headlines, bullets, the source line).
    const after = text.slice(e.end);
    expect(/[.!?][”’"]?$/.test(e.sentence) || after === "" || after.startsWith("\n")).toBe(true);
  }
});

test("relation ids are unique and each relation's sources are its evidence articles", () => {
  expect(new Set(dataset.relations.map((r) => r.id)).size).toBe(dataset.relations.length);
  for (const r of dataset.relations) expect(r.sources).toEqual([...new Set(r.evidence.map((e) => e.article))]);
});

test("the Trump–Putin call of 12 February 2025 is one relation corroborated by two articles", () => {
  const calls = find("CALLED", "donald-trump", "vladimir-putin");
  expect(calls).toHaveLength(1);
  expect(calls[0]).toMatchObject({ date: "2025-02-12", sources: [A0, A1], cameo: "041" });
});

test("the Riyadh meeting of 18 February 2025 has its date and place", () => {
  expect(find("MET", "marco-rubio", "sergei-lavrov")).toEqual([
    expect.objectContaining({ date: "2025-02-18", place: "riyadh" }),
  ]);
  expect(find("MET", "united-states", "russia")).toEqual([
    expect.objectContaining({ date: "2025-02-18", place: "riyadh", sources: [A0, A1] }),
  ]);
  expect(find("MET", "sergei-lavrov", "abbas-araghchi")).toEqual([expect.objectContaining({ place: "tehran" })]);
});

test("the disputed offer keeps both accounts", () => {
  const [offer] = find("OFFERED_MEDIATION", "russia", "united-states");
  expect(offer).toMatchObject({ source: "russia", disputed: true, sources: [A0, A1] });
  expect(offer!.disputes).toContain("russia-offer-unprompted");
  for (const id of ["russia-offer-unprompted", "white-house-commented", "iran-acknowledged-mediation-offer"]) {
    const dispute = dataset.disputes.find((d) => d.id === id)!;
    expect(dispute.claims.length).toBeGreaterThanOrEqual(2);
    expect(dataset.relations.some((r) => r.disputes.includes(id))).toBe(true);
  }
  const wh = dataset.disputes.find((d) => d.id === "white-house-commented")!;
  expect(wh.claims.map((c) => c.evidence[0]!.article)).toEqual([A0, A1]);
});

test("offices are HOLDS_ROLE / LEADS relations with the role named", () => {
  expect(find("HOLDS_ROLE", "sergei-lavrov", "russia")[0]).toMatchObject({ role: "Foreign Minister" });
  expect(find("HOLDS_ROLE", "dmitry-peskov", "russia")[0]).toMatchObject({
    role: "Kremlin spokesperson",
    sources: [A0, A1],
  });
  expect(find("LEADS", "vladimir-putin", "russia")[0]!.source).toBe("vladimir-putin");
  expect(find("SUPPLIES", "iran", "russia")[0]).toMatchObject({ source: "iran", sources: [A4] });
});

test("every spelling in the articles resolves to one entity", () => {
  const owner = new Map<string, string>();
  for (const e of dataset.entities) for (const n of [e.name, ...e.aliases]) owner.set(foldName(n), e.id);
  expect(owner.get(foldName("Dmitri Peskow"))).toBe("dmitry-peskov");
  expect(owner.get(foldName("Dmitry Peskov"))).toBe("dmitry-peskov");
  expect(owner.get(foldName("Washington"))).toBe("united-states");
  expect(owner.get(foldName("U.S."))).toBe("united-states");
  expect(owner.get(foldName("Moscow"))).toBe("russia");
  expect(owner.get(foldName("Kremlin"))).toBe("russia");
  expect(owner.get(foldName("Tehran"))).toBe("iran");
});

test("mentions count whole names once and never 'us'", () => {
  const count = (article: string, entity: string) =>
    dataset.mentions.find((m) => m.article === article && m.entity === entity)?.count ?? 0;
  expect(count(A0, "vladimir-putin")).toBe(1); // "Russian President Vladimir Putin" only
  expect(count(A4, "vladimir-putin")).toBe(5);
  expect(count(A4, "tehran-dialogue-forum")).toBe(1);
  expect(count(A0, "dmitry-peskov")).toBe(1);
  expect(count(A1, "dmitry-peskov")).toBe(1);
  expect(count(A1, "united-states")).toBeGreaterThan(0);
});

test("article metadata: no stated dates, so a reasoned range", () => {
  for (const a of dataset.articles) {
    expect(a.published).toBeNull();
    expect(a.publishedRange!.from <= a.publishedRange!.to).toBe(true);
    expect(a.publishedRange!.basis.length).toBeGreaterThan(50);
    expect(a.language).toBe("en");
  }
  const byId = new Map(dataset.articles.map((a) => [a.id, a]));
  expect(byId.get(A0)!.text.startsWith(byId.get(A0)!.title)).toBe(true);
  expect(byId.get(A4)!.text.startsWith(byId.get(A4)!.title)).toBe(true);
  expect(byId.get(A1)!.note).toMatch(/no headline/);
  expect(byId.get(A1)!.note).toMatch(/Financial Post/);
});
