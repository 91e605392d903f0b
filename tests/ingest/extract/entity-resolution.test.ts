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
