// Robustness on unseen storyline phrasing: transliterated names, denials and hedges, titles
// without names, markdown-derived text, reported speech chains and relative dates, read with
// the curated graph as knowledge (its people, offices and aliases).

import { loadCuratedDataset } from "../../../server/dataset/curated.js";
import { deniedRelations } from "../../../server/ingest/denials.js";
import { createRuleExtractor } from "../../../server/ingest/extract/index.js";
import { splitSentences } from "../../../server/ingest/extract/sentences.js";
import type { Extraction } from "../../../server/ingest/extractor.js";
import { indexKnowledge, type KnowledgeIndex } from "../../../server/ingest/knowledge-index.js";
import { loadFixtures } from "./fixture-score.js";

const extractor = createRuleExtractor();
let knowledge: KnowledgeIndex;

beforeAll(async () => {
  const ds = await loadCuratedDataset();
  knowledge = indexKnowledge({ entities: ds.entities, relations: ds.relations });
});

async function extract(text: string, published = "2025-06-12", title = ""): Promise<Extraction> {
  return extractor.extract({ id: "t", title, text, published }, knowledge);
}

/** The entity id a span of the text resolved to. */
function idOf(out: Extraction, text: string): string | undefined {
  return out.entities.find((e) => e.mentions.some((m) => m.text === text))?.id;
}

function relation(out: Extraction, type: string, source: string, target: string) {
  return out.relations.find((r) => r.type === type && r.source === source && r.target === target);
}

describe("transliterated names", () => {
  it.each([
    ["Sergej Lawrow met Marco Rubio in Riyadh.", "Sergej Lawrow", "sergei-lavrov"],
    ["Dmitrij Peskow said the talks were useful.", "Dmitrij Peskow", "dmitry-peskov"],
    ["Abbas Araqchi flew to Moscow.", "Abbas Araqchi", "abbas-araghchi"],
    ["Wladimir Putin spoke with Donald Trump.", "Wladimir Putin", "vladimir-putin"],
    ["Juri Uschakow met Marco Rubio.", "Juri Uschakow", "yuri-ushakov"],
    ["Jurij Uschakow met Marco Rubio.", "Jurij Uschakow", "yuri-ushakov"],
  ])("%s resolves to the existing entity", async (text, span, id) => {
    const out = await extract(text);
    expect(idOf(out, span)).toBe(id);
    expect(out.entities.find((e) => e.id === id)?.status).toBe("existing");
  });

  it("keeps different people with similar names apart", async () => {
    const out = await extract("Sergei Ryabkov met Sergej Lawrow. Andrei Lavrov met Marco Rubio.");
    expect(idOf(out, "Sergei Ryabkov")).toBe("sergei-ryabkov");
    expect(idOf(out, "Sergej Lawrow")).toBe("sergei-lavrov");
    expect(idOf(out, "Andrei Lavrov")).not.toBe("sergei-lavrov");
  });

  it("reads a transliteration of a current official the graph does not know yet", async () => {
    const out = await extract("Massoud Peseschkian met Putin. Wolodymyr Selenskyj met Trump.");
    expect(idOf(out, "Massoud Peseschkian")).toBe("masoud-pezeshkian");
    expect(idOf(out, "Wolodymyr Selenskyj")).toBe("volodymyr-zelensky");
  });

  it("keeps the relation whose subject is a transliterated full name", async () => {
    const out = await extract("Sergej Lawrow met Marco Rubio in Riyadh.");
    expect(relation(out, "MET", "sergei-lavrov", "marco-rubio")).toBeDefined();
  });
});

describe("denials and hedges", () => {
  it.each([
    ["Iran denied supplying drones to Russia.", "denial"],
    ["The Kremlin dismissed reports that Russia had sent troops to Iran.", "denial"],
    ["Tehran rejected claims that it had sent missiles to Russia.", "denial"],
    ["US officials said there was no evidence that Iran had supplied missiles to Russia.", "denial"],
    ["Peskov refused to confirm that Putin had met Witkoff.", "not-confirmed"],
    ["The White House would neither confirm nor deny that Trump had called Putin.", "not-confirmed"],
    ["Russia did not confirm that it had supplied weapons to Iran.", "not-confirmed"],
    ["Araghchi declined to comment on reports that Iran had asked Russia for help.", "not-confirmed"],
    ["Washington has yet to confirm the talks with Iran.", "not-acknowledged"],
    ["Iran has not acknowledged Russia's offer.", "not-acknowledged"],
    ["Araghchi declined to comment.", "no-comment"],
  ])("%s gives a %s cue", async (text, kind) => {
    expect((await extract(text)).cues.map((c) => c.kind)).toContain(kind);
  });

  it("places the denied relation after the cue so that merging treats it as denied", async () => {
    const out = await extract("Iran denied supplying drones to Russia.");
    const denied = [...deniedRelations(out).values()].flat();
    expect(denied.map((r) => `${r.type} ${r.source}>${r.target}`)).toEqual(["SUPPLIES iran>russia"]);
    expect(out.cues[0]?.about).toEqual({ type: "SUPPLIES", source: "iran", target: "russia" });
  });

  it("keeps an office named after the cue asserted: it says who acts, it is not what is denied", async () => {
    const out = await extract("Peskov denied that Russian Foreign Minister Sergei Lavrov had met Rubio.");
    const denied = [...deniedRelations(out).values()].flat();
    expect(denied.map((r) => r.type)).toContain("MET");
    expect(out.relations.map((r) => r.type)).toEqual(expect.arrayContaining(["HOLDS_ROLE"]));
    expect(denied.map((r) => r.type)).not.toContain("HOLDS_ROLE");
  });

  it("reads 'X has not acknowledged Y's offer' as an offer by Y to X", async () => {
    const out = await extract("Iran has not acknowledged Russia's offer to mediate.");
    expect(out.cues[0]?.about).toEqual({ type: "OFFERED_MEDIATION", source: "russia", target: "iran" });
  });

  it("reads the cue's own words as neither an act nor a statement", async () => {
    const types = async (text: string): Promise<string[]> => (await extract(text)).relations.map((r) => r.type);
    expect(await types("Tehran rejected claims that it had sent missiles to Russia.")).not.toContain("OPPOSES");
    expect(await types("Peskov refused to confirm that Putin had met Witkoff.")).not.toContain("STATED");
    expect(await types("Russia did not confirm that it had supplied weapons to Iran.")).not.toContain("STATED");
    expect(await types("Oman is said to have hosted talks between Iran and the United States.")).not.toContain(
      "STATED",
    );
  });

  it("does not take the speaker's own state as the party declined to", async () => {
    const out = await extract("Araghchi declined to comment on reports that Iran had asked Russia for help.");
    expect(relation(out, "DECLINED_COMMENT", "abbas-araghchi", "iran")).toBeUndefined();
    expect(relation(out, "DECLINED_COMMENT", "abbas-araghchi", "russia")).toBeDefined();
  });

  it.each([
    ["Russia reportedly supplied Iran with fighter jets."],
    ["According to sources, Russia supplied Iran with fighter jets."],
    ["Russia is said to have supplied Iran with fighter jets."],
  ])("gives the hedged claim in '%s' lower confidence", async (hedged) => {
    const plain = relation(await extract("Russia supplied Iran with fighter jets."), "SUPPLIES", "russia", "iran");
    const weak = relation(await extract(hedged), "SUPPLIES", "russia", "iran");
    expect(plain && weak).toBeTruthy();
    expect(weak!.confidence).toBeLessThan(plain!.confidence);
  });
});

describe("titles without names", () => {
  it.each([
    ["The Kremlin spokesman said Moscow was ready to help.", "The Kremlin spokesman", "dmitry-peskov"],
    ["The Kremlin aide met Witkoff.", "The Kremlin aide", "yuri-ushakov"],
    ["Russia's top diplomat met Rubio.", "Russia's top diplomat", "sergei-lavrov"],
    ["Iran's foreign minister met Lavrov.", "Iran's foreign minister", "abbas-araghchi"],
    ["The US secretary of state met Lavrov.", "The US secretary of state", "marco-rubio"],
    ["The Russian leader called Trump.", "The Russian leader", "vladimir-putin"],
  ])("%s: the title is its holder at the article's date", async (text, span, id) => {
    expect(idOf(await extract(text, "2025-05-01"), span)).toBe(id);
  });

  it("resolves a president the graph does not know from the reference tables, as a new entity", async () => {
    const out = await extract("The Iranian president met Putin in Moscow.", "2025-05-01");
    const president = out.entities.find((e) => e.mentions.some((m) => m.text === "The Iranian president"));
    expect(president?.status).toBe("new");
    expect(president?.name).toBe("Masoud Pezeshkian");
  });

  it("resolves 'his Iranian counterpart' through the office of the person named before", async () => {
    const out = await extract("Russia's top diplomat met his Iranian counterpart in Moscow.", "2025-05-01");
    expect(relation(out, "MET", "sergei-lavrov", "abbas-araghchi")).toBeDefined();
  });
});

describe("markdown-derived text", () => {
  const text = [
    "# Russia offers to mediate between US and Iran",
    "",
    "## Key points",
    "",
    "- Lavrov met Araghchi in Moscow.",
    "1. Qatar offered to mediate between Iran and the United States",
    "> Putin spoke with Trump.",
    "",
    "Russia offered to mediate between the United States and Iran.",
  ].join("\n");

  it("drops heading hashes, bullets, list numbers and quote marks from the sentences", async () => {
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "Russia offers to mediate between US and Iran",
      "Key points",
      "Lavrov met Araghchi in Moscow.",
      "Qatar offered to mediate between Iran and the United States",
      "Putin spoke with Trump.",
      "Russia offered to mediate between the United States and Iran.",
    ]);
  });

  it("keeps exact offsets", async () => {
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("gives a headline's relation less confidence than the body's", async () => {
    const out = await extract(text, "2025-06-12", "Russia offers to mediate between US and Iran");
    const offers = out.relations.filter(
      (r) => r.type === "OFFERED_MEDIATION" && r.source === "russia" && r.target === "iran",
    );
    const headline = offers.find((r) => r.sentence.text.startsWith("Russia offers"));
    const body = offers.find((r) => r.sentence.text.startsWith("Russia offered"));
    expect(headline && body).toBeTruthy();
    expect(headline!.confidence).toBeLessThan(body!.confidence);
  });

  it("reads a heading anywhere in the article as a headline", async () => {
    const out = await extract("Putin met Trump in Alaska.\n\n## Putin meets Trump\n\nThe talks ended.");
    const [body, heading] = out.relations.filter((r) => r.type === "MET" && r.source === "vladimir-putin");
    expect(heading!.confidence).toBeLessThan(body!.confidence);
  });
});

describe("reported speech chains", () => {
  it("reads the speaker's statement and the reported act, the act with less confidence", async () => {
    const out = await extract("Peskov told reporters that Putin had discussed Iran with Trump.");
    const stated = relation(out, "STATED", "dmitry-peskov", "iran");
    const discussed = relation(out, "DISCUSSED", "vladimir-putin", "donald-trump");
    expect(stated && discussed).toBeTruthy();
    expect(relation(out, "STATED", "dmitry-peskov", "vladimir-putin")).toBeUndefined();
    expect(discussed!.confidence).toBeLessThan(stated!.confidence);
  });

  it("takes the subject of a that-less complement clause as the actor", async () => {
    const out = await extract("Ushakov said Witkoff had met Putin in the Kremlin.");
    expect(relation(out, "MET", "steve-witkoff", "vladimir-putin")).toBeDefined();
    expect(relation(out, "MET", "yuri-ushakov", "vladimir-putin")).toBeUndefined();
  });

  it("keeps an 'according to' outlet out of the speaker's group", async () => {
    const out = await extract("According to Interfax, Lavrov told Araghchi that Russia would support Iran.");
    expect(relation(out, "STATED", "sergei-lavrov", "abbas-araghchi")).toBeDefined();
    expect(relation(out, "REPORTED", "interfax", "sergei-lavrov")).toBeDefined();
  });
});

describe("dates against the publication date", () => {
  const fixture = loadFixtures().find((f) => f.id === "fixture-relative-dates")!;

  it.each([
    ["CALLED", "donald-trump", "vladimir-putin", "2025-03-04", "relative"],
    ["MET", "steve-witkoff", "vladimir-putin", "2025-02-27", "relative"],
    ["MET", "marco-rubio", "sergei-lavrov", "2025-02-18", "stated"],
    ["INVADED", "russia", "ukraine", "2022", "stated"],
    ["SANCTIONS", "european-union", "russia", "2025-03-03", "stated"],
  ])("%s %s>%s is dated %s (%s)", async (type, source, target, date, basis) => {
    const out = await extract(fixture.text, fixture.published!, fixture.title);
    const r = relation(out, type, source, target);
    expect(r?.date).toBe(date);
    expect(r?.dateBasis).toBe(basis);
  });

  it("dates 'earlier this month' to the month of publication", async () => {
    const out = await extract(fixture.text, fixture.published!, fixture.title);
    const met = out.relations.find((r) => r.type === "MET" && r.sentence.text.startsWith("Earlier this month"));
    expect(met?.date).toBe("2025-03");
  });
});
