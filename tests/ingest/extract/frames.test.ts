// Who acts and on whom (frames.ts): a subject found across a relative clause or apposition between
// commas, the name before a bracketed short form, a time phrase inside a relative clause, the actor a
// possessor owns, and actors named by adjectives inside a pattern.

import { curatedReader } from "./curated-facts.js";

const { facts } = curatedReader();

describe("subjects across a clause between commas", () => {
  it("a relative clause closed by a comma does not hide its antecedent, nor lend its own names", async () => {
    const found = await facts("Jordan, which borders both Syria and Iraq, also condemned Iran.");
    expect(found).toContain("OPPOSES Jordan>Iran");
    expect(found.filter((f) => /OPPOSES (Syria|Iraq)/.test(f))).toEqual([]);
  });

  it("an apposition holding a 'that' clause does too", async () => {
    expect(
      await facts(
        "Chad and Niger, both ruled by officers that ousted elected leaders, signed a defence pact with Russia.",
      ),
    ).toEqual(expect.arrayContaining(["COOPERATES_WITH Chad>Russia", "COOPERATES_WITH Niger>Russia"]));
  });

  it("an open relative clause still hides the name before it", async () => {
    const found = await facts("Turkey, which Russia condemned on Monday.");
    expect(found.filter((f) => f.startsWith("OPPOSES Turkey"))).toEqual([]);
  });
});

describe("relative pronouns", () => {
  it("'which' after a bracketed short form refers to the full name", async () => {
    expect(
      await facts(
        "The Economic Community of West African States (ECOWAS), which imposed sanctions on Mali, said nothing.",
      ),
    ).toContain("SANCTIONS Economic Community of West African States>Mali");
  });

  it("a time phrase between the pronoun and its verb does not break the relative clause", async () => {
    expect(await facts("Minsk blamed the European Union, which on Monday imposed sanctions on Belarus.")).toContain(
      "SANCTIONS European Union>Belarus",
    );
  });
});

describe("objects", () => {
  it("a relative pronoun's antecedent is the object of the verb right after the clause's subject", async () => {
    expect(
      await facts("Ethiopia closed its border with Eritrea, which Addis Ababa accuses of arming rebels."),
    ).toContain("OPPOSES Ethiopia>Eritrea");
  });

  it("the actor a possessor owns is the object, not the possessor", async () => {
    const found = await facts("Romania bought 54 tanks from South Korea's Hyundai Rotem.");
    expect(found).toContain("SUPPLIES Hyundai Rotem>Romania");
    expect(found).not.toContain("SUPPLIES South Korea>Romania");
  });

  it("names and adjectives inside a pattern are one list of actors", async () => {
    expect(await facts("Syria condemned the U.S. and British strikes on Aleppo.")).toEqual(
      expect.arrayContaining(["OPPOSES Syria>United States", "OPPOSES Syria>United Kingdom"]),
    );
  });

  it("a trigger after a conjunction is an act of its own, not the object of the one before", async () => {
    expect(
      await facts("Mali pledged to defend Niger against any attack and signed a defence pact with Burkina Faso."),
    ).toContain("COOPERATES_WITH Mali>Burkina Faso");
  });
});
