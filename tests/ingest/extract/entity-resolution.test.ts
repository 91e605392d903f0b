// Who a mention is: a state's own body named in lower case, the holder named in apposition after a
// possessive title, ranks and "of <state>" around unknown names, and statements already coded.

import { createRuleExtractor } from "../../../server/ingest/extract/index.js";
import type { Extraction } from "../../../server/ingest/extractor.js";
import { indexKnowledge } from "../../../server/ingest/knowledge-index.js";

const extractor = createRuleExtractor();
const EMPTY = indexKnowledge({ entities: [], relations: [] });

async function extract(text: string): Promise<Extraction> {
  return extractor.extract({ id: "t", title: "", text, published: "2025-06-02" }, EMPTY);
}

/** Relations as "TYPE source>target" with entity names. */
function facts(out: Extraction): string[] {
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations.map((r) => `${r.type} ${name.get(r.source)}>${name.get(r.target)}`);
}

const names = (out: Extraction): string[] => out.entities.map((e) => `${e.type} ${e.name}`);

describe("a state's own bodies", () => {
  it("reads 'Chile's foreign ministry' as a body of Chile that acts, not as Chile", async () => {
    const out = await extract(
      "Chile and Peru met in May. Chile's foreign ministry criticised Peru over the fishing dispute.",
    );
    expect(names(out)).toContain("Organization Chilean foreign ministry");
    expect(facts(out)).toEqual(
      expect.arrayContaining(["OPPOSES Chilean foreign ministry>Peru", "PART_OF Chilean foreign ministry>Chile"]),
    );
    expect(facts(out)).not.toContain("OPPOSES Chile>Peru");
  });

  it("reads 'the Peruvian embassy' after a verb as the embassy, its article left out", async () => {
    const out = await extract("A Chilean diplomat summoned the Peruvian embassy on Friday.");
    const embassy = out.entities.find((e) => e.name === "Peruvian embassy");
    expect(embassy?.type).toBe("Organization");
    expect(embassy?.mentions.map((m) => m.text)).toEqual(["Peruvian embassy"]);
  });

  it("leaves a body followed by an office to the title: the spokesman is the actor", async () => {
    const out = await extract("Chile's foreign ministry spokesman, Rodrigo Vela, criticised Peru on Monday.");
    expect(names(out)).not.toContain("Organization Chilean foreign ministry");
    expect(facts(out)).toContain("OPPOSES Rodrigo Vela>Peru");
  });

  it("keeps a capitalised ministry name whole ('the Chilean Ministry of Mining')", async () => {
    const out = await extract("The Chilean Ministry of Mining criticised Peru on Monday.");
    expect(names(out)).toContain("Organization Chilean Ministry of Mining");
    expect(names(out)).not.toContain("Organization Chilean ministry");
  });
});

describe("titles owned by a person", () => {
  it("makes the holder named in apposition the actor, not the title's owner", async () => {
    const out = await extract("Milei's economic adviser, Tomas Rivero, accused Chile of stalling the talks.");
    expect(facts(out)).toContain("OPPOSES Tomas Rivero>Chile");
    expect(facts(out).filter((f) => f.startsWith("OPPOSES Milei"))).toEqual([]);
  });

  it("finds the appositive holder as the object of a meeting", async () => {
    const out = await extract("Luis Arce met Milei's national security adviser, Tomas Rivero, in La Paz on Monday.");
    expect(facts(out)).toContain("MET Luis Arce>Tomas Rivero");
    expect(facts(out)).not.toContain("MET Luis Arce>Milei");
  });

  it("does not take a place after the comma for the holder", async () => {
    const out = await extract("Milei's economic adviser, Lima, and Quito were named in the report.");
    expect(names(out).filter((n) => n.startsWith("Person Lima"))).toEqual([]);
  });
});

describe("the extent of an unknown name", () => {
  it("drops military ranks before a name", async () => {
    const out = await extract("Brigadier General Teodor Mwansa said the border was calm.");
    expect(names(out)).toContain("Person Teodor Mwansa");
    expect(names(out).filter((n) => n.includes("Brigadier"))).toEqual([]);
  });

  it("keeps a hyphenated given name whole", async () => {
    const out = await extract("South Korean President Lee Dong-hyun met Lula in Brasilia on Tuesday.");
    expect(names(out)).toContain("Person Lee Dong-hyun");
  });

  it("reads 'of <state>' after a name as said of it, unless the name is an organization's", async () => {
    const out = await extract("The envoy met Teodor Mwansa of Zambia and officials of the Bank of Zambia.");
    expect(names(out)).not.toContain("Person Teodor Mwansa of Zambia");
    expect(names(out)).toContain("State Zambia");
  });
});

describe("statements already coded by a more specific relation", () => {
  it("drops STATED when the same sentence reads the same pair's act", async () => {
    const f = facts(await extract("Chile says the plan is dead and accuses Peru of breaking the treaty."));
    expect(f).toContain("OPPOSES Chile>Peru");
    expect(f).not.toContain("STATED Chile>Peru");
  });

  it("keeps STATED when nothing else is read between the pair", async () => {
    const f = facts(await extract("Chile's president said on Monday that Peru was ready to sign the treaty."));
    expect(f.filter((x) => x.startsWith("STATED") && x.endsWith(">Peru"))).toHaveLength(1);
  });
});

describe("states' names", () => {
  it("reads a name without its inner 'the' as the state's ('Saint Vincent and Grenadines')", async () => {
    const out = await extract("Saint Vincent and Grenadines criticised Barbados over the fishing dispute.");
    expect(facts(out)).toContain("OPPOSES Saint Vincent and the Grenadines>Barbados");
  });

  it("reads 'Congo' as the Democratic Republic of the Congo in an article that named it so", async () => {
    const out = await extract(
      "The Democratic Republic of Congo accused Rwanda of backing the rebels in eastern Congo. Congo's army said Kinshasa would not negotiate.",
    );
    const states = out.entities.filter((e) => e.type === "State").map((e) => e.name);
    expect(states.sort()).toEqual(["Democratic Republic of the Congo", "Rwanda"]);
  });

  it("keeps 'Congo' alone for the Republic of the Congo", async () => {
    const out = await extract("Congo criticised Gabon over the border dispute.");
    expect(facts(out)).toContain("OPPOSES Congo>Gabon");
  });

  it("gives a spelling two states share to the one whose name it begins like ('Serbian')", async () => {
    const out = await extract("Serbian officials criticised Kosovo on Monday.");
    expect(names(out)).toContain("State Serbia");
    expect(names(out)).not.toContain("State Montenegro");
  });

  it("mentions the state that owns a body ('Peru's foreign ministry') without making it the actor", async () => {
    const out = await extract("Peru's foreign ministry criticised Chile over the fishing dispute.");
    expect(names(out)).toContain("State Peru");
    expect(facts(out)).toEqual(
      expect.arrayContaining(["OPPOSES Peruvian foreign ministry>Chile", "PART_OF Peruvian foreign ministry>Peru"]),
    );
    expect(facts(out)).not.toContain("OPPOSES Peru>Chile");
  });
});

describe("unknown names typed by the words around them", () => {
  const typed = async (text: string): Promise<string[]> => names(await extract(text));

  it("reads names after 'in' and in 'the towns of A and B' as places", async () => {
    const found = await typed("Rebels who seized the towns of Tarnova and Velsk met the envoys in Ostrovik on Friday.");
    expect(found).toEqual(expect.arrayContaining(["Place Tarnova", "Place Velsk", "Place Ostrovik"]));
  });

  it("does not read a name before a noun ('in Balkan affairs') as a place", async () => {
    expect(await typed("Chile wants a say in Balkan affairs.")).not.toContain("Place Balkan");
  });

  it("reads names after a company word, also in a list after 'such as', as organizations", async () => {
    const found = await typed(
      "The Norwegian firm Halvorsen and companies such as Velta and Ormstad sold radars to Chile.",
    );
    expect(found).toEqual(
      expect.arrayContaining(["Organization Halvorsen", "Organization Velta", "Organization Ormstad"]),
    );
  });

  it("reads a name before 'rebel' as an armed group, and finds it again alone", async () => {
    const out = await extract(
      "The K17 rebel offensive reached the border. Chile accused the K17 of killing civilians.",
    );
    expect(names(out)).toContain("Organization K17");
    expect(facts(out)).toContain("OPPOSES Chile>K17");
  });

  it("reads names joined to a known person or set in apposition to a person's noun as people", async () => {
    const found = await typed(
      "Tomasz Brelik and Xi Jinping met in Beijing. The bloc's foreign policy chief, Ilze Kalnina, criticised Peru. Chile sanctioned Arvo Lepik, the billionaire founder of a bank.",
    );
    expect(found).toEqual(expect.arrayContaining(["Person Tomasz Brelik", "Person Ilze Kalnina", "Person Arvo Lepik"]));
  });
});

describe("where an unknown name starts and ends", () => {
  it("leaves a capitalised title of several words out of the holder's name", async () => {
    const out = await extract("Chief Cabinet Secretary Ilze Kalnina criticised Peru on Monday.");
    expect(names(out)).toContain("Person Ilze Kalnina");
    expect(facts(out)).toContain("OPPOSES Ilze Kalnina>Peru");
  });

  it("ends a name at a spaced dash: 'PUERTO ALTO - Chile said' is a dateline, then Chile", async () => {
    const out = await extract("PUERTO ALTO - Chile criticised Peru on Tuesday over the fishing dispute.");
    expect(facts(out)).toContain("OPPOSES Chile>Peru");
    expect(names(out).filter((n) => n.includes("PUERTO ALTO - Chile"))).toEqual([]);
  });
});
