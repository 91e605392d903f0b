// The rule extractor on the curated corpus: resolution of names, transliterations, titles and
// stand-ins, relations with exact evidence offsets, relative dates and dispute cues.

import { loadCuratedDataset } from "../../../server/dataset/curated.js";
import type { Dataset } from "../../../server/dataset/dataset.js";
import type { Extraction } from "../../../server/ingest/extractor.js";
import { indexKnowledge, type KnowledgeIndex } from "../../../server/ingest/knowledge-index.js";
import { createRuleExtractor } from "../../../server/ingest/extract/index.js";
import { relationTypeDef } from "../../../graph-schema/index.js";

const A000 = "000_ae70984ab181cade";
const A001 = "001_b54041ff09dc4f03";

let ds: Dataset;
const extractor = createRuleExtractor();

beforeAll(async () => {
  ds = await loadCuratedDataset();
});

function full(): KnowledgeIndex {
  return indexKnowledge({ entities: ds.entities, relations: ds.relations });
}

/** The graph without Peskov's spellings other than his name, as if article 000 had not been read. */
function withoutPeskowSpellings(): KnowledgeIndex {
  return indexKnowledge({
    entities: ds.entities.map((e) => (e.id === "dmitry-peskov" ? { ...e, aliases: ["Peskov"] } : e)),
    relations: ds.relations,
  });
}

async function extract(id: string, knowledge: KnowledgeIndex, published: string | null = null): Promise<Extraction> {
  const a = ds.articles.find((x) => x.id === id)!;
  return extractor.extract({ id: a.id, title: a.title, text: a.text, published }, knowledge);
}

function textOf(id: string): string {
  return ds.articles.find((x) => x.id === id)!.text;
}

describe("entity resolution", () => {
  it("reads 'Dmitri Peskow' as dmitry-peskov by transliteration when the graph lacks that spelling", async () => {
    const out = await extract(A000, withoutPeskowSpellings());
    const peskov = out.entities.find((e) => e.id === "dmitry-peskov");
    expect(peskov).toBeDefined();
    expect(peskov!.status).toBe("existing");
    expect(peskov!.method).toBe("transliteration");
    expect(peskov!.score).toBeGreaterThan(0.85);
    expect(peskov!.newAliases).toContain("Dmitri Peskow");
    expect(peskov!.mentions.map((m) => m.text)).toContain("Dmitri Peskow");
  });

  it("uses the alias when the graph already carries the spelling", async () => {
    const peskov = (await extract(A000, full())).entities.find((e) => e.id === "dmitry-peskov")!;
    expect(peskov.method).toBe("alias");
    expect(peskov.newAliases).toEqual([]);
  });

  it("records the office a title gives: Kremlin spokesperson → HOLDS_ROLE in Russia", async () => {
    const out = await extract(A000, withoutPeskowSpellings());
    const role = out.relations.find((r) => r.type === "HOLDS_ROLE" && r.source === "dmitry-peskov");
    expect(role).toMatchObject({ target: "russia", role: "Kremlin spokesperson" });
  });

  it("takes 'Tehran' as the state when it acts and as the city after 'in'", async () => {
    const text = "Tehran rejected the proposal. Later, Lavrov met Araghchi in Tehran.";
    const out = await extractor.extract({ id: "t", title: "t", text, published: "2025-03-01" }, full());
    const iran = out.entities.find((e) => e.id === "iran")!;
    const city = out.entities.find((e) => e.id === "tehran")!;
    expect(iran.mentions.map((m) => m.start)).toEqual([0]);
    expect(city.mentions.map((m) => m.start)).toEqual([text.lastIndexOf("Tehran")]);
    const met = out.relations.find((r) => r.type === "MET")!;
    expect([met.source, met.target].sort()).toEqual(["abbas-araghchi", "sergei-lavrov"]);
    expect(met.place).toBe("tehran");
  });

  it("resolves an unnamed title through the roles the graph knows", async () => {
    const text = "Iran's top diplomat met Sergei Lavrov in Moscow on Monday.";
    const out = await extractor.extract({ id: "t", title: "t", text, published: "2025-04-02" }, full());
    const araghchi = out.entities.find((e) => e.id === "abbas-araghchi");
    expect(araghchi?.method).toBe("role");
    expect(araghchi?.note).toMatch(/top diplomat/);
    expect(out.relations.some((r) => r.type === "MET" && [r.source, r.target].includes("abbas-araghchi"))).toBe(true);
  });

  it("proposes a new Person, with its role and country, for a name nobody knows", async () => {
    const text = "Turkish Foreign Minister Hakan Yilmazer met Sergei Lavrov in Ankara on Monday.";
    const out = await extractor.extract({ id: "t", title: "t", text, published: "2025-04-02" }, full());
    const person = out.entities.find((e) => e.name === "Hakan Yilmazer");
    expect(person).toMatchObject({ status: "new", type: "Person", method: "new", id: "hakan-yilmazer" });
    expect(out.relations.find((r) => r.type === "HOLDS_ROLE" && r.source === "hakan-yilmazer")?.target).toBe("turkey");
    const met = out.relations.find((r) => r.type === "MET")!;
    expect([met.source, met.target].sort()).toEqual(["hakan-yilmazer", "sergei-lavrov"]);
    expect(met.place).toBe("ankara");
    expect(out.entities.find((e) => e.id === "ankara")).toMatchObject({
      type: "Place",
      status: "new",
      method: "gazetteer",
      country: "turkey",
    });
    expect(met).toMatchObject({ date: "2025-03-31", dateBasis: "relative" });
  });
});

describe("relations", () => {
  it("finds the Trump–Putin phone call with the sentence's exact offsets", async () => {
    const text = textOf(A000);
    const out = await extract(A000, full());
    const call = out.relations.find(
      (r) => r.type === "CALLED" && r.sentence.text.startsWith("US President Donald Trump"),
    )!;
    expect([call.source, call.target].sort()).toEqual(["donald-trump", "vladimir-putin"]);
    expect(call.sentence.start).toBe(385);
    expect(call.sentence.end).toBe(669);
    expect(text.slice(call.trigger.start, call.trigger.end)).toBe(call.trigger.text);
    expect(call.trigger.text).toMatch(/phone call/);
  });

  it("dates 'On Tuesday' from the publication date", async () => {
    const out = await extract(A000, full(), "2025-03-06");
    const reported = out.relations.find(
      (r) => r.type === "REPORTED" && r.source === "interfax" && r.sentence.text.startsWith("On Tuesday"),
    )!;
    expect(reported).toMatchObject({ target: "yuri-ushakov", date: "2025-03-04", dateBasis: "relative" });
    expect(reported.dateNote).toMatch(/publication 2025-03-06/);
  });

  it("falls back to the publication date, and says so", async () => {
    const out = await extract(A000, full(), "2025-03-06");
    const stated = out.relations.find((r) => r.type === "STATED" && r.source === "white-house")!;
    expect(stated).toMatchObject({ date: "2025-03-06", dateBasis: "publication" });
    expect(stated.dateNote).toMatch(/publication/);
  });

  it("codes reported speech as STATED and the outlet as REPORTED", async () => {
    const out = await extract(A000, full());
    expect(out.relations.some((r) => r.type === "STATED" && r.source === "white-house" && r.target === "russia")).toBe(
      true,
    );
    expect(
      out.relations.some((r) => r.type === "REPORTED" && r.source === "bloomberg" && r.target === "dmitry-peskov"),
    ).toBe(true);
  });

  it("lowers confidence for the headline and for hedged sentences", async () => {
    const out = await extract(A000, full());
    const headline = out.relations.find((r) => r.sentence.start === 0)!;
    const plain = out.relations.find((r) => r.type === "SANCTIONS")!;
    expect(headline.confidence).toBeLessThan(plain.confidence);
  });

  it("keeps every relation within its type's allowed end labels", async () => {
    for (const id of [A000, A001]) {
      const out = await extract(id, full());
      const typeOf = new Map(out.entities.map((e) => [e.id, e.type]));
      for (const r of out.relations) {
        const def = relationTypeDef(r.type);
        expect(def.from).toContain(typeOf.get(r.source));
        expect(def.to).toContain(typeOf.get(r.target));
      }
    }
  });
});

describe("dispute cues", () => {
  it("turns 'have not publicly acknowledged' into a cue per speaker", async () => {
    const out = await extract(A001, full());
    const cues = out.cues.filter((c) => c.kind === "not-acknowledged");
    expect(cues.map((c) => c.speaker).sort()).toEqual(["iran", "russia"]);
    expect(cues[0]!.trigger.text).toBe("have not publicly acknowledged");
    expect(cues[0]!.about?.type).toBe("REQUESTED_SUPPORT");
    expect(cues[0]!.position).toMatch(/acknowledged the mediation request/);
  });

  it("finds 'has yet to comment' and 'did not confirm'", async () => {
    const kinds = (await extract(A001, full())).cues.map((c) => `${c.kind}:${c.speaker}`);
    expect(kinds).toEqual(expect.arrayContaining(["no-comment:white-house", "not-confirmed:iran"]));
  });
});

describe("spans", () => {
  it("slices every sentence, mention, trigger and cue span out of the text", async () => {
    for (const article of [A000, A001, "004_3082130f9483ea17"]) {
      const text = textOf(article);
      const out = await extract(article, withoutPeskowSpellings(), "2025-03-06");
      const spans = [
        ...out.sentences,
        ...out.entities.flatMap((e) => e.mentions),
        ...out.relations.flatMap((r) => [r.sentence, r.trigger]),
        ...out.cues.flatMap((c) => [c.sentence, c.trigger]),
      ];
      expect(spans.length).toBeGreaterThan(50);
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("splits sentences as the curated evidence does", async () => {
    const out = await extract(A000, full());
    const evidence = ds.relations.flatMap((r) => r.evidence).filter((e) => e.article === A000);
    const starts = new Set(out.sentences.map((s) => `${s.start}-${s.end}`));
    for (const e of evidence) expect(starts).toContain(`${e.start}-${e.end}`);
  });
});
