// Fourth-round classes: statement targets after quotations, warnings addressed to a party, snapback
// sanctions and threatened ones, and opposition to one's own state.

import { curatedReader } from "./curated-facts.js";

const { facts } = curatedReader();

describe("statements attributed after a quotation", () => {
  it.each([
    ['"Washington is making a grave mistake," Lavrov said.', "STATED Sergei Lavrov>United States"],
    ['"Washington is making a grave mistake," said Lavrov.', "STATED Sergei Lavrov>United States"],
  ])("%s", async (text, fact) => {
    expect(await facts(text)).toContain(fact);
  });

  it("the speaker's own state in the quotation gives no statement", async () => {
    expect(
      (await facts('"Russia will keep working on the issue," Lavrov said.')).filter((f) => f.startsWith("STATED")),
    ).toEqual([]);
  });

  it("a name inside the quotation is not taken for the speaker", async () => {
    const found = await facts('"Iran has every right to enrich," said Lavrov.');
    expect(found).toContain("STATED Sergei Lavrov>Iran");
    expect(found.filter((f) => f.startsWith("STATED Iran"))).toEqual([]);
  });
});

describe("warnings", () => {
  it("a warning addressed to a party opposes it and reports nothing about it", async () => {
    const found = await facts("Peskov warned Israel against further escalation.");
    expect(found).toContain("OPPOSES Dmitry Peskov>Israel");
    expect(found).not.toContain("STATED Dmitry Peskov>Israel");
  });

  it("a warning that another party will act opposes it", async () => {
    expect(await facts("Lavrov warned that Washington would regret the decision.")).toContain(
      "OPPOSES Sergei Lavrov>United States",
    );
  });

  it("a person does not oppose the state they serve", async () => {
    const found = await facts(
      "Iran's Supreme Leader Ali Khamenei warned that Tehran would not negotiate under threats.",
    );
    expect(found.filter((f) => f.startsWith("OPPOSES"))).toEqual([]);
  });
});

describe("snapback and threatened sanctions", () => {
  it("those who trigger the snapback sanction Iran, not the UN", async () => {
    const found = await facts(
      "Britain, France and Germany triggered the snapback of UN sanctions on Iran on Thursday.",
    );
    expect(found).toEqual(
      expect.arrayContaining(["SANCTIONS United Kingdom>Iran", "SANCTIONS France>Iran", "SANCTIONS Germany>Iran"]),
    );
    expect(found.filter((f) => f.includes("United Nations"))).toEqual([]);
  });

  it("sanctions that could be imposed are no sanctions", async () => {
    expect(
      (await facts("France said it could impose new sanctions on Iran.")).filter((f) => f.startsWith("SANCTIONS")),
    ).toEqual([]);
    expect(await facts("France imposed new sanctions on Iran.")).toContain("SANCTIONS France>Iran");
  });
});

describe("appeals and briefings", () => {
  it("urging names each addressee; urging restraint names none", async () => {
    expect(await facts("Wang Yi urged Tehran and Washington to return to diplomacy.")).toEqual(
      expect.arrayContaining(["URGED Wang Yi>Iran", "URGED Wang Yi>United States"]),
    );
    expect((await facts("Qatar urged restraint on all sides.")).filter((f) => f.startsWith("URGED"))).toEqual([]);
  });

  it("briefings and shared details go to the listener", async () => {
    expect(await facts("Araghchi briefed Lavrov on the talks in Muscat.")).toContain(
      "BRIEFED Abbas Araghchi>Sergei Lavrov",
    );
    expect(await facts("Witkoff shared details of the meeting with Rubio.")).toContain(
      "BRIEFED Steve Witkoff>Marco Rubio",
    );
  });
});
