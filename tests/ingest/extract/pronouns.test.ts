// Who a pronoun or a plural anaphor stands for: "she" and "he" skip a person of the other gender
// (by a gendered title or a given name), and "the two leaders" are the pair that met, not the host.

import { createRuleExtractor } from "../../../server/ingest/extract/index.js";
import type { Extraction } from "../../../server/ingest/extractor.js";
import { indexKnowledge } from "../../../server/ingest/knowledge-index.js";

const extractor = createRuleExtractor();
const EMPTY = indexKnowledge({ entities: [], relations: [] });

async function facts(text: string): Promise<string[]> {
  const out: Extraction = await extractor.extract({ id: "t", title: "", text, published: "2025-06-02" }, EMPTY);
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations.map((r) => `${r.type} ${name.get(r.source)}>${name.get(r.target)}`);
}

describe("pronoun gender", () => {
  it("'she' skips the man of the previous sentence for the woman named in it", async () => {
    const found = await facts(
      "Tomas Vela met Maria Lindqvist in Oslo on Monday. She criticised Peru over the fishing dispute.",
    );
    expect(found).toContain("OPPOSES Maria Lindqvist>Peru");
    expect(found).not.toContain("OPPOSES Tomas Vela>Peru");
  });

  it("'he' skips a woman who is the sentence's first person", async () => {
    const found = await facts(
      "Maria Lindqvist accused Tomas Vela of stalling, a charge he rejects. Later he criticised Peru.",
    );
    expect(found).toContain("OPPOSES Tomas Vela>Peru");
    expect(found).not.toContain("OPPOSES Maria Lindqvist>Peru");
  });

  it("reads the gender of a title ('spokeswoman') for a given name the lexicon does not know", async () => {
    const found = await facts(
      "Tomas Vela met the foreign ministry spokeswoman, Ilze Kalnina, on Monday. She criticised Peru over the dispute.",
    );
    expect(found).toContain("OPPOSES Ilze Kalnina>Peru");
  });

  it("resolves nothing when no person of that gender was named", async () => {
    const found = await facts("Tomas Vela met Peru's envoy on Monday. She criticised Chile.");
    expect(found.filter((f) => f.startsWith("OPPOSES Tomas Vela"))).toEqual([]);
  });
});

describe("the two people of a meeting", () => {
  it("'the two leaders' are the pair that met, not the host named after them", async () => {
    const found = await facts(
      "Presidents Tomas Vela and Anders Holm met in Doha on Tuesday in talks hosted by Qatar's emir, Tamim bin Hamad Al Thani. The two leaders criticised Peru over the fishing dispute.",
    );
    expect(found).toEqual(expect.arrayContaining(["OPPOSES Tomas Vela>Peru", "OPPOSES Anders Holm>Peru"]));
    expect(found.filter((f) => f.startsWith("OPPOSES Tamim"))).toEqual([]);
  });

  it("'the two ministers' are the last two people named when the previous sentence names one", async () => {
    const found = await facts(
      "Foreign Minister Tomas Vela said the talks were over. Hours later, his counterpart, Anders Holm, agreed. The two ministers criticised Peru over the fishing dispute.",
    );
    expect(found).toEqual(expect.arrayContaining(["OPPOSES Tomas Vela>Peru", "OPPOSES Anders Holm>Peru"]));
  });
});

describe("the two states of a pair", () => {
  it("'the two countries' are the pair named together just before, not two states named since", async () => {
    const found = await facts(
      "Chile and Peru signed a fishing accord on Monday. A Bolivian official said Argentina had helped. Ecuador criticised the two countries over the deal.",
    );
    expect(found).toEqual(expect.arrayContaining(["OPPOSES Ecuador>Chile", "OPPOSES Ecuador>Peru"]));
    expect(found).not.toContain("OPPOSES Ecuador>Argentina");
  });
});
