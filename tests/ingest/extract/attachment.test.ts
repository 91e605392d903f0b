// Argument attachment: unnamed speakers, names that modify a noun, "its" after a sentence about a
// state, the one asked in "asked X to", plural nouns whose "by" names who acts, clauses past "but",
// and indirect questions.

import { curatedReader } from "./curated-facts.js";

const { facts, extract } = curatedReader();

const stated = (found: string[]): string[] => found.filter((f) => f.startsWith("STATED"));

describe("statements", () => {
  it.each([
    "Iran and Turkey have finished the text of a trade accord, both governments said on Thursday.",
    "Iran and Turkey have finished the text of a trade accord, the ministry said on Thursday.",
  ])("an unnamed speaker is not the name earlier in the sentence: %s", async (text) => {
    expect(stated(await facts(text))).toEqual([]);
  });

  it("a possessor still speaks through its ministry", async () => {
    expect(await facts("Russia's foreign ministry said Iran supported the deal.")).toContain(
      "STATED Russian foreign ministry>Iran",
    );
  });

  it.each([
    "Lavrov says he will end Gazprom's Turkey licence.",
    "Lavrov said that Article 5 of the U.S.-Japan security treaty covers the islands.",
  ])("a name modifying a noun is not what the statement is about: %s", async (text) => {
    expect(stated(await facts(text)).filter((f) => /Turkey|Japan/.test(f))).toEqual([]);
  });

  it("'its' at the start of a sentence is the previous sentence's state, not the last one named", async () => {
    const found = await facts(
      "Turkey, which borders both Armenia and Azerbaijan, also welcomed the news. Its foreign ministry said Iran supported the deal.",
    );
    expect(stated(found).filter((f) => f.includes("Azerbaijan"))).toEqual([]);
  });
});

describe("pronouns", () => {
  it("'he' opening a sentence is the previous sentence's subject, not the last person named", async () => {
    const found = await facts(
      "Lavrov said he had spoken with Rubio on Tuesday. He said Iran would not give up enrichment.",
    );
    expect(found).toContain("STATED Sergei Lavrov>Iran");
    expect(found.filter((f) => f.startsWith("STATED Marco Rubio"))).toEqual([]);
  });
});

describe("object pronouns", () => {
  it("'him' is the last other person of the sentence, never its subject", async () => {
    expect(await facts("Putin spoke with Erdogan on Tuesday and thanked him for his help.")).toContain(
      "SUPPORTS Vladimir Putin>Recep Tayyip Erdogan",
    );
  });
});

describe("objects and agents", () => {
  it("'asked X to press Y' urges X", async () => {
    const found = await facts("Egypt asked Washington to press Ethiopia.");
    expect(found).toContain("URGED Egypt>United States");
    expect(found).not.toContain("URGED Egypt>Ethiopia");
  });

  it("a plural noun's 'by' names who acts, and 'on' on whom", async () => {
    expect(await facts("New sanctions by the United States on Iran took effect on Monday.")).toContain(
      "SANCTIONS United States>Iran",
    );
    const found = await facts(
      "Estonia and Latvia imposed entry bans on a businessman, the first sanctions by European Union members this year.",
    );
    expect(found.filter((f) => f.startsWith("SANCTIONS"))).toEqual([]);
  });
});

describe("clauses", () => {
  it("an object is not looked for past 'but'", async () => {
    const found = await facts("Lavrov welcomed the meeting but said Tehran would not negotiate.");
    expect(found.filter((f) => /^(SUPPORTS|MET) /.test(f))).toEqual([]);
  });

  it("the possessor of an object does not speak for the subject", async () => {
    const found = await facts("Lavrov called Trump's move harmful and said it would hurt Iran.");
    expect(found.filter((f) => f.startsWith("STATED Donald Trump"))).toEqual([]);
  });

  it("what a speaker would not say 'whether' happened is not stated as happening", async () => {
    expect(
      await facts("Lavrov did not say whether Iran would suspend relations with the United States."),
    ).not.toContain("SEVERED_RELATIONS Iran>United States");
    expect(await facts("Iran suspended relations with the United States.")).toContain(
      "SEVERED_RELATIONS Iran>United States",
    );
  });

  it("the subject of a 'whether' clause is its own, not the speaker's", async () => {
    expect(await facts("Lavrov declined to say whether the rebels had visited Qatar.")).not.toContain(
      "MET Sergei Lavrov>Qatar",
    );
  });
});

describe("titles", () => {
  it("a government body's spokesperson holds a role of its state once the article has named the state", async () => {
    const found = await facts(
      "The United States condemned the crackdown. State Department spokesman Matthew Miller said Georgia had betrayed its constitution.",
    );
    expect(found).toContain("HOLDS_ROLE Matthew Miller>United States");
    expect(found).not.toContain("HOLDS_ROLE Matthew Miller>State Department");
  });

  it("a spokesperson of an intergovernmental or non-governmental organization holds a role of it, not of a state", async () => {
    for (const [organization, state] of [
      ["European Commission", "Belgium"],
      ["Amnesty International", "United Kingdom"],
    ]) {
      const found = await facts(
        `${state} hosted the talks. ${organization} spokesman Tom Hale said Georgia had betrayed its constitution.`,
      );
      expect(found).toContain(`HOLDS_ROLE Tom Hale>${organization}`);
      expect(found).not.toContain(`HOLDS_ROLE Tom Hale>${state}`);
    }
  });

  it("without the state in the article the body itself is the end (no dangling end)", async () => {
    const out = await extract("State Department spokesman Matthew Miller said Georgia had betrayed its constitution.");
    const ids = new Set(out.entities.map((e) => e.id));
    expect(out.relations.every((r) => ids.has(r.source) && ids.has(r.target))).toBe(true);
  });
});
